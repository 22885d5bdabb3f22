/// A period as written in a phrase, before the year and unit left implicit are filled in.
struct PeriodTerm: Equatable, Sendable {
    /// `nil` when only an ordinal was written (the `IV` of `Triwulan I - IV`).
    var unit: PeriodUnit?
    /// Position within its year: month 1–12, quarter 1–4, caturwulan 1–3, semester 1–2, year 1.
    var index: Int
    /// The day of a full date (`22 November 2026`); `nil` for a whole period.
    var day: Int? = nil
    var year: Int? = nil
    /// Only a year number was written (`2021`), which may be the year of the months before it.
    var isBareYear = false

    /// The first month of the period, for ordering two terms within a year.
    var firstMonth: Int? { unit.map { (index - 1) * $0.months + 1 } }
}

/// What one part of a phrase says, as read by `PeriodGrammar`.
enum PeriodExpression: Equatable, Sendable {
    /// One period or date: `Januari 2021`, `Triwulan I 2025`, `2025`, `22 November 2026`.
    case single(PeriodTerm)
    /// From one period through another: `Januari s/d Oktober 2021`.
    case range(PeriodTerm, PeriodTerm)
    /// A repetition every `intervalMonths` months within a year: `setiap 3 bulan`.
    case recurrence(intervalMonths: Int, year: Int?)

    /// The years written in this part, in order.
    var writtenYears: [Int] {
        switch self {
        case .single(let term): [term.year].compactMap { $0 }
        case .range(let first, let last): [first.year, last.year].compactMap { $0 }
        case .recurrence(_, let year): [year].compactMap { $0 }
        }
    }

    /// The unit of the last period written, if any.
    var lastUnit: PeriodUnit? {
        switch self {
        case .single(let term), .range(_, let term): term.unit
        case .recurrence: nil
        }
    }

    /// Fills a missing unit from the other end of a range (`Triwulan I - IV`),
    /// else from `carried`, the unit of the part before (`Semester I dan II`).
    /// Only units named by ordinals are lent: the `3` of `Januari - 3` stays unreadable.
    func withUnits(carried: PeriodUnit?) -> PeriodExpression {
        let lendable = { (unit: PeriodUnit?) in unit.flatMap { $0.isNamedByOrdinal ? $0 : nil } }
        switch self {
        case .single(var term):
            term.unit = term.unit ?? lendable(carried)
            return .single(term)
        case .range(var first, var last):
            first.unit = first.unit ?? lendable(last.unit) ?? lendable(carried)
            last.unit = last.unit ?? lendable(first.unit)
            return .range(first, last)
        case .recurrence:
            return self
        }
    }

    /// Fills missing years. Within a range, an end without a year takes the other end's
    /// (`Januari s/d Oktober 2021`), stepping back a year when the range crosses the
    /// turn of the year (`Oktober - Februari 2025` starts in October 2024). Whatever is
    /// still without a year takes `inherited`.
    func withYears(inherited: Int) -> PeriodExpression {
        switch self {
        case .single(var term):
            term.year = term.year ?? inherited
            return .single(term)
        case .range(var first, var last):
            let crossesYear = (first.firstMonth ?? 0) > (last.firstMonth ?? 0)
            let step = crossesYear ? 1 : 0
            if let year = last.year, first.year == nil { first.year = year - step }
            if let year = first.year, last.year == nil { last.year = year + step }
            last.year = last.year ?? inherited
            first.year = first.year ?? last.year.map { $0 - step }
            return .range(first, last)
        case .recurrence(let interval, let year):
            return .recurrence(intervalMonths: interval, year: year ?? inherited)
        }
    }
}
