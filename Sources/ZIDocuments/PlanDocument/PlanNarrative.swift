/// The editable text of a plan document's chapters.
///
/// Each section is free text: paragraphs separated by blank lines; a line starting with a list
/// mark (`1.`, `a.`, `-`) is a list item, shown with a hanging indent.
public struct PlanNarrative: Sendable, Equatable, Codable {
    /// A term of the Pengertian Umum, printed as "<term> adalah <definition>".
    public struct Term: Sendable, Equatable, Codable {
        /// The term, with its abbreviation if any: `Zona Integritas (ZI)`.
        public var term: String
        /// What it means, without a leading `adalah`.
        public var definition: String

        public init(term: String, definition: String) {
            self.term = term
            self.definition = definition
        }
    }

    /// Kata Pengantar.
    public var kataPengantar: String
    /// Bab I A. Latar Belakang.
    public var latarBelakang: String
    /// Bab I B. Dasar Hukum: the regulations, one per item.
    public var dasarHukum: [String]
    /// Bab I C. Maksud dan Tujuan.
    public var maksudTujuan: String
    /// Bab I D. Pengertian Umum.
    public var pengertianUmum: [Term]
    /// Bab II A. Pencanangan Pembangunan Zona Integritas.
    public var pencanangan: String
    /// Bab II B. Proses Pembangunan Zona Integritas.
    public var prosesPembangunan: String
    /// Bab IV Monitoring dan Evaluasi.
    public var monitoringEvaluasi: String
    /// Bab V Penutup.
    public var penutup: String
    /// Lampiran I: how the Tim Kerja is appointed.
    public var mekanismeTimKerja: String
    /// Lampiran II: how the Agen Perubahan are appointed.
    public var mekanismeAgenPerubahan: String

    public init(
        kataPengantar: String, latarBelakang: String, dasarHukum: [String], maksudTujuan: String, pengertianUmum: [Term],
        pencanangan: String, prosesPembangunan: String, monitoringEvaluasi: String, penutup: String,
        mekanismeTimKerja: String, mekanismeAgenPerubahan: String
    ) {
        self.kataPengantar = kataPengantar
        self.latarBelakang = latarBelakang
        self.dasarHukum = dasarHukum
        self.maksudTujuan = maksudTujuan
        self.pengertianUmum = pengertianUmum
        self.pencanangan = pencanangan
        self.prosesPembangunan = prosesPembangunan
        self.monitoringEvaluasi = monitoringEvaluasi
        self.penutup = penutup
        self.mekanismeTimKerja = mekanismeTimKerja
        self.mekanismeAgenPerubahan = mekanismeAgenPerubahan
    }
}
