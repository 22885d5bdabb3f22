/// The state of a follow-up (tindak lanjut) agreed in a monev meeting.
public enum FollowUpStatus: String, CaseIterable, Codable, Sendable, Labelled {
    case terbuka, dalamProses, selesai, dibatalkan

    public static let labelGroup = "follow_up_status"

    /// Whether work on the follow-up is still expected (terbuka or dalam proses).
    public var isOpen: Bool {
        self == .terbuka || self == .dalamProses
    }

    /// Whether a follow-up is overdue on `today`: still open and its due date is before
    /// `today` (on the due date itself it is not yet). Without a due date it never is.
    public static func isOverdue(status: FollowUpStatus, dueDate: CalendarDate?, today: CalendarDate) -> Bool {
        guard status.isOpen, let dueDate else { return false }
        return dueDate < today
    }
}
