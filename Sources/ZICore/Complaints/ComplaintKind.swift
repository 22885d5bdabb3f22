/// What a member of the public sends, as SP4N-LAPOR! distinguishes it.
public enum ComplaintKind: String, CaseIterable, Sendable, Codable {
    case pengaduan, aspirasi
    case permintaanInformasi = "permintaan_informasi"

    /// The Indonesian name.
    public var label: String {
        switch self {
        case .pengaduan: "Pengaduan"
        case .aspirasi: "Aspirasi"
        case .permintaanInformasi: "Permintaan informasi"
        }
    }
}

/// How a complaint reached the unit.
public enum ComplaintChannel: String, CaseIterable, Sendable, Codable {
    case web, email, whatsapp, telepon, surat, langsung
    case kotakSaran = "kotak_saran"
    case lapor

    /// The Indonesian name.
    public var label: String {
        switch self {
        case .web: "Formulir web"
        case .email: "Surel"
        case .whatsapp: "WhatsApp"
        case .telepon: "Telepon"
        case .surat: "Surat"
        case .langsung: "Datang langsung"
        case .kotakSaran: "Kotak saran"
        case .lapor: "SP4N-LAPOR!"
        }
    }
}
