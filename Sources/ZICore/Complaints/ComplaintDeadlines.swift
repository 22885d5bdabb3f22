/// How many working days each open stage of a complaint may take before it is overdue, per
/// unit (defaults after SP4N-LAPOR!: verification and forwarding 3 working days, the unit's
/// follow-up 5).
public struct ComplaintDeadlines: Sendable, Codable, Equatable {
    /// Working days per open status, counted from the day the complaint entered it.
    public var days: [ComplaintStatus: Int]

    public init(days: [ComplaintStatus: Int]) {
        self.days = days
    }

    /// diterima 3 (verify), diverifikasi 2 (assign), didisposisikan 2 (start), diproses 5 (finish).
    public static let standard = ComplaintDeadlines(days: [.diterima: 3, .diverifikasi: 2, .didisposisikan: 2, .diproses: 5])

    /// The range a stage's deadline may be set to.
    public static let allowedDays = 1...60

    /// The day a complaint that entered `status` on `day` is due to leave it; nil for an ended one.
    public func due(_ status: ComplaintStatus, enteredOn day: CalendarDate, calendar: WorkingCalendar) -> CalendarDate? {
        guard status.isOpen, let days = days[status] else { return nil }
        return calendar.adding(workingDays: days, to: day)
    }
}
