/// Where a gratification report stands: reported to the UPG, under its review, forwarded to
/// KPK, decided by KPK, handed over (a gift declared state property), or closed by the UPG
/// without forwarding (with a note, e.g. a gift the rules exempt).
enum GratificationStatus: String, CaseIterable, Codable, Sendable {
    case dilaporkan, ditelaah, diteruskan, ditetapkan, diserahkan, ditutup

    var label: String {
        switch self {
        case .dilaporkan: "Dilaporkan ke UPG"
        case .ditelaah: "Ditelaah UPG"
        case .diteruskan: "Diteruskan ke KPK"
        case .ditetapkan: "Ditetapkan KPK"
        case .diserahkan: "Diserahkan ke negara"
        case .ditutup: "Ditutup UPG"
        }
    }

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
