extension Period {
    /// The period of `unit` that contains `date`.
    init(unit: PeriodUnit, containing date: CalendarDate) {
        // A month 1…12 always falls in one of the year's periods of any unit.
        self.init(unit: unit, year: date.year, index: (date.month - 1) / unit.months + 1)!
    }

    /// The Indonesian name of the period: `Januari 2025`, `Triwulan I 2025`,
    /// `Semester II 2025`, `Tahun 2025`.
    var label: String {
        let name = unit == .month ? PeriodVocabulary.monthName(index) : PeriodVocabulary.capitalised(unit.indonesianName)
        let ordinal = unit.isNamedByOrdinal ? " \(PeriodVocabulary.romanNumeral(index))" : ""
        return "\(name)\(ordinal) \(year)"
    }
}
