/// One period of a calendar year: a month, a quarter, a caturwulan, a semester or the year.
struct Period: Comparable, Sendable {
    let unit: PeriodUnit
    let year: Int
    /// Position within the year, from 1 to `unit.periodsPerYear`.
    let index: Int

    /// A period, or `nil` when the year has no such period (`Triwulan V`, `Semester 3`).
    init?(unit: PeriodUnit, year: Int, index: Int) {
        guard (1...unit.periodsPerYear).contains(index) else { return nil }
        self.unit = unit
        self.year = year
        self.index = index
    }

    /// First day of the period.
    var start: CalendarDate { .startOf(year: year, month: (index - 1) * unit.months + 1) }

    /// Last day of the period: its due date.
    var end: CalendarDate { .endOf(year: year, month: index * unit.months) }

    /// The periods of the same unit from this one through `last`, both included;
    /// empty when `last` is of another unit or comes before this one.
    func through(_ last: Period) -> [Period] {
        guard unit == last.unit, self <= last else { return [] }
        return Array(sequence(first: self) { $0 < last ? $0.following : nil })
    }

    private var following: Period {
        index < unit.periodsPerYear
            ? Period(unit: unit, year: year, index: index + 1)!
            : Period(unit: unit, year: year + 1, index: 1)!
    }

    static func < (lhs: Period, rhs: Period) -> Bool {
        (lhs.year, lhs.index) < (rhs.year, rhs.index)
    }
}
