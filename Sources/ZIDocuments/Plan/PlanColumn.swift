/// A column of a work-plan table, recognised by its header.
///
/// Headers are compared ignoring case, accents, spacing, punctuation and the joining words
/// `dan`, `and`, `&`, `atau`, `or` (`Target dan Waktu` ≡ `Target/Waktu` ≡ `target waktu`), against
/// each column's synonyms, Indonesian and English; a header matches when it equals a synonym or
/// starts with one followed by more words (`Target Waktu Pelaksanaan`, `Realisasi (%)`).
/// Exact matches win over prefix matches. A row of column numbers under the header (`1 2 3 …`,
/// `(1) (2) …`) is skipped.
///
/// | column | synonyms |
/// |---|---|
/// | number | `No`, `Nomor`, `Number` |
/// | area | `Area`, `Area Perubahan`, `Area Pengungkit`, `Change Area` |
/// | komponen | `Komponen`, `Komponen/Area`, `Area/Komponen`, `Sub Area`, `Sub Indikator`, `Program`, `Component` |
/// | indikator | `Indikator`, `Indikator Penilaian`, `Indicator` |
/// | langkahAksi | `Langkah Aksi`, `Langkah-langkah Aksi`, `Rencana Aksi`, `Kegiatan`, `Rencana Kegiatan`, `Uraian Kegiatan`, `Aksi`, `Langkah Kerja`, `Action`, `Action Plan`, `Activity` |
/// | buktiFisik | `Bukti Fisik`, `Bukti Dukung`, `Data Dukung`, `Dokumen Pendukung`, `Output`, `Keluaran`, `Evidence` |
/// | targetWaktu | `Target Waktu`, `Waktu`, `Jadwal`, `Tenggat`, `Batas Waktu`, `Target Penyelesaian`, `Jangka Waktu`, `Deadline`, `Due Date`, `Timeline`, `Time Frame`, `Schedule` |
/// | realisasi | `% Realisasi`, `Realisasi`, `Persentase Realisasi`, `Capaian`, `Persentase Capaian`, `Progres`, `Realization`, `Progress` |
///
/// A `Komponen/Area` column is read as komponen: its cells that name one of the six change
/// areas set the area, the others are komponen.
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
        let key = PlanText.headerKey(header)
        guard !key.isEmpty else { return nil }
        return allCases.first { $0.synonyms.contains(key) }
            ?? allCases.first { column in column.synonyms.contains { key.hasPrefix($0 + " ") } }
    }

    /// The synonyms, as ``PlanText/key(_:)`` gives them.
    private var synonyms: [String] {
        switch self {
        case .number: ["no", "nomor", "number"]
        case .area: ["area", "area perubahan", "area pengungkit", "change area"]
        case .komponen: ["komponen", "komponen area", "area komponen", "sub area", "sub indikator", "program", "component"]
        case .indikator: ["indikator", "indikator penilaian", "indicator", "indicators"]
        case .langkahAksi:
            [
                "langkah aksi", "langkah langkah aksi", "rencana aksi", "kegiatan", "rencana kegiatan", "uraian kegiatan", "aksi",
                "langkah kerja", "action", "actions", "action plan", "activity", "activities",
            ]
        case .buktiFisik: ["bukti fisik", "bukti dukung", "data dukung", "dokumen pendukung", "output", "keluaran", "evidence"]
        case .targetWaktu:
            [
                "target waktu", "waktu", "jadwal", "tenggat", "batas waktu", "target penyelesaian", "jangka waktu", "deadline",
                "due date", "timeline", "time frame", "timeframe", "schedule",
            ]
        case .realisasi: ["realisasi", "persentase realisasi", "capaian", "persentase capaian", "progres", "realization", "progress"]
        }
    }
}
