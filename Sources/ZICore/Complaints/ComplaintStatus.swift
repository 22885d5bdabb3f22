/// Where a public complaint (pengaduan masyarakat) stands, and which steps may follow.
///
/// The path is diterima → diverifikasi → didisposisikan → diproses → selesai; from any open
/// stage a complaint may instead be ditolak (rejected) or dialihkan (forwarded to the body
/// responsible), always with a reason. Ended complaints do not move again.
public enum ComplaintStatus: String, CaseIterable, Sendable, Codable, Labelled {
    case diterima, diverifikasi, didisposisikan, diproses, selesai, ditolak, dialihkan

    public static let labelGroup = "complaint_status"

    /// Whether the complaint still needs work.
    public var isOpen: Bool { ![.selesai, .ditolak, .dialihkan].contains(self) }

    /// The statuses a complaint may move to from this one.
    public var next: [ComplaintStatus] {
        switch self {
        case .diterima: [.diverifikasi, .ditolak, .dialihkan]
        case .diverifikasi: [.didisposisikan, .ditolak, .dialihkan]
        case .didisposisikan: [.diproses, .dialihkan]
        case .diproses: [.selesai, .dialihkan]
        case .selesai, .ditolak, .dialihkan: []
        }
    }

    /// Whether moving to `status` needs a written reason.
    public static func needsReason(_ status: ComplaintStatus) -> Bool {
        status == .ditolak || status == .dialihkan
    }
}
