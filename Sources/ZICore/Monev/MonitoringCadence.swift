/// How often a work unit monitors and evaluates (monev) its work plan: every month,
/// every quarter (triwulan) or every half year (semester). Each cadence divides a
/// calendar year into whole-month monitoring periods counted from January.
public enum MonitoringCadence: String, CaseIterable, Sendable, Codable, Labelled {
    case bulanan, triwulan, semester

    /// Length of one monitoring period in months (1, 3 or 6).
    public var months: Int { unit.months }

    public static let labelGroup = "monitoring_cadence"

    /// The monitoring periods of `year` in order (12, 4 or 2 of them); empty for a year
    /// a ``CalendarDate`` cannot have.
    public func periods(year: Int) -> [MonitoringPeriod] {
        guard CalendarDate.years.contains(year) else { return [] }
        return (1...unit.periodsPerYear).compactMap { MonitoringPeriod(cadence: self, year: year, index: $0) }
    }

    /// The monitoring period in which `date` falls.
    public func period(containing date: CalendarDate) -> MonitoringPeriod {
        MonitoringPeriod(cadence: self, period: Period(unit: unit, containing: date))
    }

    /// The periods of `year` that have ended by `today`: those whose last day is before
    /// `today` (the period in progress is not counted). Feeds
    /// ``PlanMonitoringFacts/elapsedPeriods``.
    public func elapsedPeriods(year: Int, today: CalendarDate) -> [MonitoringPeriod] {
        periods(year: year).filter { $0.span.end < today }
    }

    /// The calendar unit of one period.
    var unit: PeriodUnit {
        switch self {
        case .bulanan: .month
        case .triwulan: .quarter
        case .semester: .semester
        }
    }

    /// The letter that marks the cadence in a ``MonitoringPeriod/key``.
    var keyLetter: Character {
        switch self {
        case .bulanan: "M"
        case .triwulan: "Q"
        case .semester: "S"
        }
    }

    /// Digits of the index in a ``MonitoringPeriod/key``: 2 for months, 1 otherwise.
    var keyIndexWidth: Int { String(unit.periodsPerYear).count }
}
