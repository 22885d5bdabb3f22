/// The state of a follow-up (tindak lanjut) agreed in a monev meeting.
public enum FollowUpStatus: String, CaseIterable, Codable, Sendable {
    case terbuka, dalamProses, selesai, dibatalkan

    /// Indonesian label for display.
    public var label: String {
        switch self {
        case .terbuka: "Terbuka"
        case .dalamProses: "Dalam proses"
        case .selesai: "Selesai"
        case .dibatalkan: "Dibatalkan"
        }
    }

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
