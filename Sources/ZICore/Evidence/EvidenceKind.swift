/// What a piece of evidence (data dukung) is, as units and evaluators classify it.
public enum EvidenceKind: String, CaseIterable, Sendable, Codable, Labelled {
    case sk, sop, notulen
    case daftarHadir = "daftar_hadir"
    case laporan, foto
    case tangkapanLayar = "tangkapan_layar"
    case lainnya

    public static let labelGroup = "evidence_kind"
}
