/// A column of a work-plan table, recognised by its header.
///
/// Headers are compared ignoring case, accents, spacing and punctuation, against each column's synonyms; a header matches when it equals a synonym or
/// starts with one followed by more words (`Target Waktu Pelaksanaan`, `Realisasi (%)`).
/// Exact matches win over prefix matches.
///
/// | column | synonyms |
/// |---|---|
/// | number | `No`, `Nomor` |
/// | area | `Area`, `Area Perubahan`, `Area Pengungkit` |
/// | komponen | `Komponen`, `Komponen/Area`, `Area/Komponen`, `Sub Area`, `Sub Indikator`, `Program` |
///
/// A `Komponen/Area` column is read as komponen: its cells that name one of the six change
/// areas set the area, the others are komponen.
/// | indikator | `Indikator`, `Indikator Penilaian` |
/// | langkahAksi | `Langkah Aksi`, `Langkah-langkah Aksi`, `Rencana Aksi`, `Kegiatan`, `Rencana Kegiatan`, `Uraian Kegiatan`, `Aksi` |
/// | buktiFisik | `Bukti Fisik`, `Bukti Dukung`, `Data Dukung`, `Output`, `Keluaran` |
/// | targetWaktu | `Target Waktu`, `Waktu`, `Jadwal`, `Tenggat`, `Batas Waktu`, `Target Penyelesaian` |
/// | realisasi | `% Realisasi`, `Realisasi`, `Persentase Realisasi`, `Capaian`, `Persentase Capaian`, `Progres` |
public enum PlanColumn: String, CaseIterable, Sendable {
    /// `NO`: only read for the numbering of headings.
    case number
    /// The change area of each row.
    case area
    /// A group of indicators inside an area (LKE 52/2014 "komponen", LKE 90/2021 "sub-indikator").
    case komponen
    /// The indicator each action serves.
    case indikator
    /// The action step.
    case langkahAksi
    /// The evidence the action produces.
    case buktiFisik
    /// When the action is due, in free Indonesian text.
    case targetWaktu
    /// How much of the action is done, in percent.
    case realisasi

    /// The columns a table must have to be imported.
    public static let required: [PlanColumn] = [.indikator, .langkahAksi, .targetWaktu]

    /// The column's name as the user interface shows it.
    public var title: String {
        switch self {
        case .number: "No"
        case .area: "Area"
        case .komponen: "Komponen"
        case .indikator: "Indikator"
        case .langkahAksi: "Langkah Aksi"
        case .buktiFisik: "Bukti Fisik"
        case .targetWaktu: "Target Waktu"
        case .realisasi: "% Realisasi"
        }
    }

    /// Whether the column places a row in the plan's outline (number, area, komponen, indikator)
    /// rather than describing the action. Such a header may span several cells (a merged
    /// `Indikator Penilaian` over the numbering columns): empty header cells to its right belong to it.
    var isOutline: Bool {
        switch self {
        case .number, .area, .komponen, .indikator: true
        case .langkahAksi, .buktiFisik, .targetWaktu, .realisasi: false
        }
    }

    /// The column a header names, if any.
    static func matching(header: String) -> PlanColumn? {
        let key = PlanText.key(header)
        guard !key.isEmpty else { return nil }
        return allCases.first { $0.synonyms.contains(key) }
            ?? allCases.first { column in column.synonyms.contains { key.hasPrefix($0 + " ") } }
    }

    /// The synonyms, as ``PlanText/key(_:)`` gives them.
    private var synonyms: [String] {
        switch self {
        case .number: ["no", "nomor"]
        case .area: ["area", "area perubahan", "area pengungkit"]
        case .komponen: ["komponen", "komponen area", "area komponen", "sub area", "sub indikator", "program"]
        case .indikator: ["indikator", "indikator penilaian"]
        case .langkahAksi:
            ["langkah aksi", "langkah langkah aksi", "rencana aksi", "kegiatan", "rencana kegiatan", "uraian kegiatan", "aksi"]
        case .buktiFisik: ["bukti fisik", "bukti dukung", "data dukung", "output", "keluaran"]
        case .targetWaktu: ["target waktu", "waktu", "jadwal", "tenggat", "batas waktu", "target penyelesaian"]
        case .realisasi: ["realisasi", "persentase realisasi", "capaian", "persentase capaian", "progres"]
        }
    }
}
