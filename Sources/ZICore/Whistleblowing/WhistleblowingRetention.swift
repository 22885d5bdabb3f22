/// How long a closed report's content is kept. Each report carries its own period in months
/// (set when it is submitted, changeable by its handlers); once that many months have passed
/// since it was closed, its content, messages, notes and attachments are deleted and only the
/// clear metadata (unit, status, dates) stays for the statistics.
public enum WhistleblowingRetention {
    /// The periods a report may have, in months.
    public static let months = 1...120

    /// The first day the content of a report closed on `closedOn` may be deleted: the same day
    /// `months` months later, or the last day of that month when it is shorter.
    public static func purgeDate(closedOn: CalendarDate, months: Int) -> CalendarDate {
        let total = closedOn.year * 12 + (closedOn.month - 1) + months
        let year = min(total / 12, CalendarDate.years.upperBound)
        let month = total / 12 > CalendarDate.years.upperBound ? 12 : total % 12 + 1
        let last = CalendarDate.endOf(year: year, month: month)
        return CalendarDate(year: year, month: month, day: min(closedOn.day, last.day)) ?? last
    }
}
