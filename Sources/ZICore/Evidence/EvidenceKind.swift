/// What a piece of evidence (data dukung) is, as units and evaluators classify it.
public enum EvidenceKind: String, CaseIterable, Sendable, Codable {
    case sk, sop, notulen
    case daftarHadir = "daftar_hadir"
    case laporan, foto
    case tangkapanLayar = "tangkapan_layar"
    case lainnya

    /// The Indonesian name shown in forms and lists.
    public var label: String {
        switch self {
        case .sk: "Surat Keputusan (SK)"
        case .sop: "SOP"
        case .notulen: "Notulen"
        case .daftarHadir: "Daftar hadir"
        case .laporan: "Laporan"
        case .foto: "Foto"
        case .tangkapanLayar: "Tangkapan layar"
        case .lainnya: "Lainnya"
        }
    }
}
