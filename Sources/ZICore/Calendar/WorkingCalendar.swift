/// Which days a government office works, for time limits counted in working days (hari kerja):
/// Monday to Friday, except holidays. Saturdays and Sundays are never working days.
///
/// Holidays are data an administrator keeps year by year: national holidays (libur nasional) and
/// collective leave (cuti bersama) alike. A holiday that falls on a weekend changes nothing.
/// Encodes as `{"holidays": ["2025-01-01", …]}`, the dates sorted.
public struct WorkingCalendar: Sendable, Codable, Equatable {
    /// The days off on top of the weekends.
    public let holidays: Set<CalendarDate>

    /// A calendar with these holidays.
    public init(holidays: Set<CalendarDate>) {
        self.holidays = holidays
    }

    /// Whether `date` is a weekday that is not a holiday.
    public func isWorkingDay(_ date: CalendarDate) -> Bool {
        !date.weekday.isWeekend && !holidays.contains(date)
    }

    /// The due date of a time limit of `workingDays` (≥ 0) working days starting on `date`: the
    /// `workingDays`-th working day after `date`, which itself does not count (3 working days
    /// from Friday 3 January 2025 end on Wednesday 8 January). With 0, `date` itself if it is a
    /// working day, otherwise the next working day: the first day on which work can be done.
    /// Never goes past 9999-12-31.
    public func adding(workingDays: Int, to date: CalendarDate) -> CalendarDate {
        precondition(workingDays >= 0, "a time limit cannot have a negative number of working days")
        var day = date
        var counted = 0
        while counted < workingDays || !isWorkingDay(day) {
            let next = day.adding(days: 1)
            guard next != day else { return day }
            day = next
            if isWorkingDay(day) { counted += 1 }
        }
        return day
    }

    /// The number of working days after `from` up to and including `to`: how many working days
    /// of a time limit starting on `from` have passed on `to`. 0 when `to` is not after `from`.
    public func workingDays(from: CalendarDate, to: CalendarDate) -> Int {
        guard from < to else { return 0 }
        let holidaysBetween = holidays.filter { from < $0 && $0 <= to && !$0.weekday.isWeekend }.count
        return Self.weekdays(through: to.dayNumber) - Self.weekdays(through: from.dayNumber) - holidaysBetween
    }

    /// The number of working days in `year` (1–9999).
    public func workingDays(inYear year: Int) -> Int {
        let first = CalendarDate.startOf(year: year, month: 1)
        return workingDays(from: first, to: CalendarDate.endOf(year: year, month: 12)) + (isWorkingDay(first) ? 1 : 0)
    }

    /// The number of Mondays to Fridays from Monday 1970-01-05 (day number 4) up to and
    /// including the day numbered `dayNumber`; negative for days before it.
    private static func weekdays(through dayNumber: Int) -> Int {
        let daysFromMonday = dayNumber - 4
        let dayOfWeek = daysFromMonday.modulo(7) // 0 for Monday … 6 for Sunday
        return (daysFromMonday - dayOfWeek) / 7 * 5 + min(dayOfWeek + 1, 5)
    }

    private enum CodingKeys: String, CodingKey { case holidays }

    /// Encodes the holidays sorted, so that the same calendar always gives the same text.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(holidays.sorted(), forKey: .holidays)
    }
}
