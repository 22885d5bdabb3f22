/// One piece of a timing phrase after normalisation by `PeriodLexer`.
enum PeriodToken: Equatable, Sendable {
    /// A run of letters, lower-cased and without diacritics.
    case word(String)
    /// A run of digits with its length (`2021` has 4, `07` has 2).
    case number(Int, digits: Int)
    /// A range connector: `-`, `–`, `—`, `s/d`, `s.d.`, `sd`, `sampai (dengan)`, `hingga`.
    case to
}
