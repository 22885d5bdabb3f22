import ZICore

/// A report period as its title page writes it.
enum PeriodText {
    /// `label` with its first and last day: `Triwulan I 2025 (1 Januari 2025 s.d. 31 Maret 2025)`.
    static func withDates(_ label: String, from start: CalendarDate, to end: CalendarDate) -> String {
        "\(label) (\(IndonesianDate.format(start)) s.d. \(IndonesianDate.format(end)))"
    }
}
