/// One of the nine elements (unsur) of the community satisfaction survey (SKM) of
/// PermenPANRB 14/2017, each asked as one question answered 1 (worst) to 4 (best).
///
/// Dictionaries keyed by an element encode as JSON objects keyed `u1` … `u9`.
public enum SKMElement: String, CaseIterable, Sendable, Codable, CodingKeyRepresentable {
    case u1, u2, u3, u4, u5, u6, u7, u8, u9

    /// The element's number, 1 … 9.
    public var number: Int { Self.allCases.firstIndex(of: self)! + 1 }

    /// The element's code as reports and spreadsheet columns write it: `U1` … `U9`.
    public var code: String { "U\(number)" }

    /// The element's name in the regulation, e.g. `Persyaratan` for U1.
    public var name: String { questionnaire.name }

    /// The question the questionnaire asks for the element.
    public var question: String { questionnaire.question }

    /// The four answers of the question, for the scores 1 to 4 in that order.
    public var answers: [String] { questionnaire.answers }

    /// The questionnaire of PermenPANRB 14/2017 (its sample questionnaire, with the typing slips
    /// of the published text corrected).
    private var questionnaire: (name: String, question: String, answers: [String]) {
        switch self {
        case .u1:
            (
                "Persyaratan",
                "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
                ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"]
            )
        case .u2:
            (
                "Sistem, Mekanisme, dan Prosedur",
                "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
                ["Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"]
            )
        case .u3:
            (
                "Waktu Penyelesaian",
                "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
                ["Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"]
            )
        case .u4:
            (
                "Biaya/Tarif",
                "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
                ["Sangat mahal", "Cukup mahal", "Murah", "Gratis"]
            )
        case .u5:
            (
                "Produk Spesifikasi Jenis Pelayanan",
                "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?",
                ["Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"]
            )
        case .u6:
            (
                "Kompetensi Pelaksana",
                "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
                ["Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"]
            )
        case .u7:
            (
                "Perilaku Pelaksana",
                "Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
                ["Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"]
            )
        case .u8:
            (
                "Penanganan Pengaduan, Saran dan Masukan",
                "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?",
                ["Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"]
            )
        case .u9:
            (
                "Sarana dan Prasarana",
                "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
                ["Buruk", "Cukup", "Baik", "Sangat Baik"]
            )
        }
    }
}
