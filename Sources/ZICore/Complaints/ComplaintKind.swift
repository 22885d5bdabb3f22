/// What a member of the public sends, as SP4N-LAPOR! distinguishes it.
public enum ComplaintKind: String, CaseIterable, Sendable, Codable, Labelled {
    case pengaduan, aspirasi
    case permintaanInformasi = "permintaan_informasi"

    public static let labelGroup = "complaint_kind"
}

/// How a complaint reached the unit.
public enum ComplaintChannel: String, CaseIterable, Sendable, Codable, Labelled {
    case web, email, whatsapp, telepon, surat, langsung
    case kotakSaran = "kotak_saran"
    case lapor

    public static let labelGroup = "complaint_channel"
}
