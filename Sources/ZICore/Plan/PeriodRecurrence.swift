/// A repeating activity (`Setiap bulan`, `setiap 3 bulan`, `Setiap triwulan` …):
/// due at the end of every `intervalMonths`-th month of the year, counted from January.
public struct PeriodRecurrence: Hashable, Sendable, Codable {
    /// Months between two due dates (1 = monthly, 3 = quarterly, 6 = half-yearly, 12 = yearly).
    public let intervalMonths: Int
    /// Indonesian label for display, e.g. `Setiap triwulan` or `Setiap 2 bulan`.
    public let label: String

    /// A recurrence with its label derived from the interval.
    public init(intervalMonths: Int) {
        self.intervalMonths = intervalMonths
        let unit = PeriodUnit.allCases.first { $0.months == intervalMonths }
        label = unit.map { "Setiap \($0.indonesianName)" } ?? "Setiap \(intervalMonths) bulan"
    }
}
