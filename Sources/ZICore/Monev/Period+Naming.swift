extension Period {
    /// The period of `unit` that contains `date`.
    init(unit: PeriodUnit, containing date: CalendarDate) {
        // A month 1…12 always falls in one of the year's periods of any unit.
        self.init(unit: unit, year: date.year, index: (date.month - 1) / unit.months + 1)!
    }
}

extension PeriodUnit {
    /// The locale key of the unit's name (`Triwulan`, `Quarter`).
    var labelKey: String { "label.period_unit.\(self)" }
}

extension LabelNames {
    /// The name of a monitoring period: `Januari 2025`, `Triwulan I 2025`, `Semester II 2025`
    /// (`January 2025`, `Quarter I 2025` in English).
    public func callAsFunction(_ period: MonitoringPeriod) -> String {
        let unit = period.period.unit
        let index = period.period.index
        let name = unit == .month ? self(key: "label.month.\(index)") : self(key: unit.labelKey)
        let ordinal = unit.isNamedByOrdinal ? " \(PeriodVocabulary.romanNumeral(index))" : ""
        return "\(name)\(ordinal) \(period.period.year)"
    }

    /// The locale keys a period name may use (tests check that each exists).
    public static var periodKeys: [String] {
        (1...12).map { "label.month.\($0)" } + PeriodUnit.allCases.filter { $0 != .month }.map(\.labelKey)
    }
}
