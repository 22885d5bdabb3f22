/// Reads the tokens of one part of a timing phrase as a `PeriodExpression`, or
/// refuses it. A part is read only when every token fits; there is no partial reading.
///
/// ```
/// part        = recurrence | "sepanjang" "tahun" YEAR? | term ( TO term )?
/// recurrence  = ( every | adjective | unit-once | times-a-year ) year-clause?
///   every        = ("setiap" | "tiap" | "per") count? unit "sekali"?    setiap 3 bulan
///   adjective    = "bulanan" | "triwulanan" | "perbulan" | …
///   unit-once    = (count unit | "sebulan" | "setahun" …) "sekali"     3 bulan sekali
///   times-a-year = (count "kali" | "sekali") "dalam"? one-year        2 kali setahun
/// term        = day month month-year?                    22 November 2026
///             | ("bulan" | "bln")? month month-year?      Bln Februari 2021, Jan-2021
///             | unit "ke"? ordinal year-clause?           Triwulan I 2025, TW 1, Q1, Semester ke-2
///             | point ( month month-year? | "tahun"? YEAR? )   Akhir tahun, Awal Maret
///             | ( year-word "anggaran"? )? YEAR           Tahun 2025, TA 2025, 2025
///             | ordinal year-clause?                      the IV of Triwulan I - IV
/// year-clause = year-word? YEAR          month-year = TO? YEAR | year-clause
/// ```
struct PeriodGrammar {
    private let tokens: [PeriodToken]
    private var position = 0

    private init(tokens: [PeriodToken]) {
        self.tokens = tokens
    }

    /// The expression the tokens make up, or `nil` when they do not all fit the grammar.
    static func expression(in tokens: [PeriodToken]) -> PeriodExpression? {
        let rules: [(inout PeriodGrammar) -> PeriodExpression?] = [
            { $0.recurrence() }, { $0.wholeYear() }, { $0.termOrRange() },
        ]
        for rule in rules {
            var grammar = PeriodGrammar(tokens: tokens)
            if let expression = rule(&grammar), grammar.next() == nil { return expression }
        }
        return nil
    }

    // MARK: Parts

    private mutating func recurrence() -> PeriodExpression? {
        guard
            let interval = attempt({ $0.every() }) ?? attempt({ $0.adjective() })
                ?? attempt({ $0.unitOnce() }) ?? attempt({ $0.timesAYear() }),
            (1...12).contains(interval)
        else { return nil }
        return .recurrence(intervalMonths: interval, year: yearClause())
    }

    /// `sepanjang tahun [2025]`: every month of the year.
    private mutating func wholeYear() -> PeriodExpression? {
        guard take("sepanjang"), take("tahun") else { return nil }
        let year = yearNumber()
        return .range(PeriodTerm(unit: .month, index: 1, year: year), PeriodTerm(unit: .month, index: 12, year: year))
    }

    private mutating func termOrRange() -> PeriodExpression? {
        guard let first = term() else { return nil }
        guard take(.to) else { return .single(first) }
        return term().map { .range(first, $0) }
    }

    // MARK: Recurrences, each giving its interval in months

    private mutating func every() -> Int? {
        guard take(PeriodVocabulary.recurrencePrefixes) != nil else { return nil }
        let count = count() ?? 1
        guard let unit = take(PeriodVocabulary.units) else { return nil }
        _ = take("sekali")
        return count * unit.months
    }

    private mutating func adjective() -> Int? {
        take(PeriodVocabulary.recurrenceWords)?.months
    }

    private mutating func unitOnce() -> Int? {
        let months: Int
        if let unit = take(PeriodVocabulary.singleUnits) {
            months = unit.months
        } else if let count = count(), let unit = take(PeriodVocabulary.units) {
            months = count * unit.months
        } else {
            return nil
        }
        return take("sekali") ? months : nil
    }

    private mutating func timesAYear() -> Int? {
        let times: Int
        if take("sekali") {
            times = 1
        } else if let count = count(), take("kali") {
            times = count
        } else {
            return nil
        }
        _ = take("dalam")
        guard oneYear(), 12 % times == 0 else { return nil }
        return 12 / times
    }

    /// `setahun`, `tahun`, `per tahun`, `pertahun`, `satu tahun`.
    private mutating func oneYear() -> Bool {
        if let unit = take(PeriodVocabulary.singleUnits) ?? take(PeriodVocabulary.recurrenceWords) {
            return unit == .year
        }
        _ = take(PeriodVocabulary.recurrencePrefixes) ?? take(["satu"])
        return take(PeriodVocabulary.units) == .year
    }

    // MARK: Terms

    private mutating func term() -> PeriodTerm? {
        attempt({ $0.dayTerm() }) ?? attempt({ $0.monthTerm() }) ?? attempt({ $0.partOfYearTerm() })
            ?? attempt({ $0.pointOfYearTerm() }) ?? attempt({ $0.yearTerm() }) ?? attempt({ $0.ordinalTerm() })
    }

    private mutating func dayTerm() -> PeriodTerm? {
        guard case .number(let day, let digits)? = next(), digits <= 2, (1...31).contains(day) else { return nil }
        position += 1
        guard var term = monthTerm() else { return nil }
        term.day = day
        return term
    }

    private mutating func monthTerm() -> PeriodTerm? {
        _ = take(PeriodVocabulary.monthFillers)
        guard let month = take(PeriodVocabulary.months) else { return nil }
        let spreadsheetYear = attempt { grammar in grammar.take(.to) ? grammar.yearNumber() : nil }
        return PeriodTerm(unit: .month, index: month, year: spreadsheetYear ?? yearClause())
    }

    private mutating func partOfYearTerm() -> PeriodTerm? {
        guard let unit = take(PeriodVocabulary.units), unit != .month, unit != .year else { return nil }
        _ = take("ke")
        guard let index = ordinal() else { return nil }
        return PeriodTerm(unit: unit, index: index, year: yearClause())
    }

    private mutating func pointOfYearTerm() -> PeriodTerm? {
        guard let month = take(PeriodVocabulary.pointsOfYear) else { return nil }
        if let named = attempt({ $0.monthTerm() }) { return named }
        let saidYear = take(PeriodVocabulary.yearWords) != nil
        let year = yearNumber()
        guard saidYear || year != nil else { return nil }
        return PeriodTerm(unit: .month, index: month, year: year)
    }

    private mutating func yearTerm() -> PeriodTerm? {
        let saidYear = take(PeriodVocabulary.yearWords) != nil
        if saidYear { _ = take("anggaran") }
        guard let year = yearNumber() else { return nil }
        return PeriodTerm(unit: .year, index: 1, year: year, isBareYear: !saidYear)
    }

    private mutating func ordinalTerm() -> PeriodTerm? {
        ordinal().map { PeriodTerm(unit: nil, index: $0, year: yearClause()) }
    }

    // MARK: Numbers

    /// `2025` or `tahun 2025`; nothing is consumed when there is no year.
    private mutating func yearClause() -> Int? {
        attempt { grammar in
            _ = grammar.take(PeriodVocabulary.yearWords)
            return grammar.yearNumber()
        }
    }

    private mutating func yearNumber() -> Int? {
        guard case .number(let year, 4)? = next(), PeriodVocabulary.years.contains(year) else { return nil }
        position += 1
        return year
    }

    /// A small number in digits or words: `3`, `tiga`.
    private mutating func count() -> Int? {
        if case .number(let value, let digits)? = next(), digits <= 2, value > 0 {
            position += 1
            return value
        }
        return take(PeriodVocabulary.numbers)
    }

    /// `1`, `I`, `pertama`, `satu`.
    private mutating func ordinal() -> Int? {
        count() ?? take(PeriodVocabulary.ordinals)
    }

    // MARK: Reading tokens

    private func next() -> PeriodToken? {
        position < tokens.count ? tokens[position] : nil
    }

    private mutating func take(_ token: PeriodToken) -> Bool {
        guard next() == token else { return false }
        position += 1
        return true
    }

    private mutating func take(_ word: String) -> Bool {
        take(.word(word))
    }

    private mutating func take(_ words: Set<String>) -> String? {
        guard case .word(let word)? = next(), words.contains(word) else { return nil }
        position += 1
        return word
    }

    private mutating func take<Value>(_ table: [String: Value]) -> Value? {
        guard case .word(let word)? = next(), let value = table[word] else { return nil }
        position += 1
        return value
    }

    /// Runs a rule and rewinds when it fails, so that the next alternative starts afresh.
    private mutating func attempt<Result>(_ rule: (inout PeriodGrammar) -> Result?) -> Result? {
        let start = position
        if let result = rule(&self) { return result }
        position = start
        return nil
    }
}
