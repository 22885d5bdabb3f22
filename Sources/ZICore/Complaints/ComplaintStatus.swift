/// Where a public complaint (pengaduan masyarakat) stands, and which steps may follow.
///
/// The path is diterima → diverifikasi → didisposisikan → diproses → selesai; from any open
/// stage a complaint may instead be ditolak (rejected) or dialihkan (forwarded to the body
/// responsible), always with a reason. Ended complaints do not move again.
public enum ComplaintStatus: String, CaseIterable, Sendable, Codable {
    case diterima, diverifikasi, didisposisikan, diproses, selesai, ditolak, dialihkan

    /// The Indonesian name shown to staff and to the public.
    public var label: String {
        switch self {
        case .diterima: "Diterima"
        case .diverifikasi: "Diverifikasi"
        case .didisposisikan: "Didisposisikan"
        case .diproses: "Diproses"
        case .selesai: "Selesai"
        case .ditolak: "Ditolak"
        case .dialihkan: "Dialihkan"
        }
    }

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
