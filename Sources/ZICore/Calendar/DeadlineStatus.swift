/// Where a task with a due date stands on a given day, for time limits in working days.
///
/// An open task is ``overdue`` once today is past its due date, ``dueSoon`` when at most
/// `dueSoonWithin` working days are left (the due date itself included), otherwise ``onTime``.
/// A task done on or before its due date is ``doneOnTime``, after it ``doneLate``.
public enum DeadlineStatus: String, Sendable, Codable, CaseIterable, Labelled {
    /// Open, with more than the warning margin left.
    case onTime
    /// Open, due within the warning margin (or today).
    case dueSoon
    /// Open, and the due date has passed.
    case overdue
    /// Done on or before the due date.
    case doneOnTime
    /// Done after the due date.
    case doneLate

    /// The default warning margin: 3 working days.
    public static let defaultDueSoonWithin = 3

    /// The status of a task due on `due`, done on `doneOn` (nil while open), seen on `today`.
    public static func evaluate(
        due: CalendarDate, doneOn: CalendarDate?, today: CalendarDate, calendar: WorkingCalendar,
        dueSoonWithin: Int = defaultDueSoonWithin
    ) -> DeadlineStatus {
        if let doneOn { return doneOn <= due ? .doneOnTime : .doneLate }
        if today > due { return .overdue }
        return calendar.workingDays(from: today, to: due) <= dueSoonWithin ? .dueSoon : .onTime
    }

    public static let labelGroup = "deadline_status"
}
