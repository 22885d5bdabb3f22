/// The calendar periods a work plan counts in: a month and the parts of a year
/// made of whole months (triwulan = quarter, caturwulan = four months,
/// semester = half year) and the year itself.
enum PeriodUnit: Int, CaseIterable, Sendable {
    case month = 1
    case quarter = 3
    case caturwulan = 4
    case semester = 6
    case year = 12

    /// Length of one period in months.
    var months: Int { rawValue }

    /// How many periods of this unit make up a year.
    var periodsPerYear: Int { 12 / months }

    /// Whether periods of this unit are named by an ordinal (`Triwulan II`, `Semester 1`),
    /// so that a lone ordinal (`II`) can stand for one.
    var isNamedByOrdinal: Bool { self != .month && self != .year }

    /// The Indonesian word for the unit, as used in `Setiap triwulan`.
    var indonesianName: String {
        switch self {
        case .month: "bulan"
        case .quarter: "triwulan"
        case .caturwulan: "caturwulan"
        case .semester: "semester"
        case .year: "tahun"
        }
    }
}
