import ZICore
/// Where a gratification report stands: reported to the UPG, under its review, forwarded to
/// KPK, decided by KPK, handed over (a gift declared state property), or closed by the UPG
/// without forwarding (with a note, e.g. a gift the rules exempt).
enum GratificationStatus: String, CaseIterable, Codable, Sendable, Labelled {
    case dilaporkan, ditelaah, diteruskan, ditetapkan, diserahkan, ditutup

    static let labelGroup = "gratification_status"

    /// The steps the UPG may take from here.
    var next: [GratificationStatus] {
        switch self {
        case .dilaporkan: [.ditelaah, .diteruskan, .ditutup]
        case .ditelaah: [.diteruskan, .ditutup]
        case .diteruskan: [.ditetapkan]
        case .ditetapkan: [.diserahkan]
        case .diserahkan, .ditutup: []
        }
    }
}
