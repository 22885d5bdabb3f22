/// Dates written the Indonesian way, as official letters and reports write them.
public enum IndonesianDate {
    /// `date` as day, month name and year: `1 Januari 2025`, `22 November 2026`.
    public static func format(_ date: CalendarDate) -> String {
        "\(date.day) \(PeriodVocabulary.monthName(date.month)) \(date.year)"
    }
}
