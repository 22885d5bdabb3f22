/// The columns of the LKE sheet, in order, headed as in the regulation's worksheet,
/// plus the `ID` column that maps rows back to the framework.
///
/// | column | group row | question row | `Jumlah` row |
/// |---|---|---|---|
/// | Penilaian | id and name | id and text | input label (with its group) |
/// | Bobot | weight | own weight (hasil items), else empty | — |
/// | Penjelasan | — | the options' penjelasan (`a. …`), or the explanation | — |
/// | Pilihan Jawaban | — | answer type: `Ya/Tidak`, `A/B/C`, …, `%`, `Nilai (0-4)` | `Jumlah` |
/// | Jawaban | — | option code, percentage (`0.00%`) or survey value | the count |
/// | Nilai | node score | value 0–1, or weight × value for weighted items | — |
/// | % | score ÷ weight | — | — |
/// | Catatan | note | note | — |
/// | ID | node id | question id | `<question id>#<input id>` |
public enum LKEWorkbookColumn: Int, CaseIterable, Sendable {
    case penilaian = 1
    case bobot
    case penjelasan
    case pilihanJawaban
    case jawaban
    case nilai
    case persen
    case catatan
    case id

    /// The header text.
    public var header: String {
        switch self {
        case .penilaian: "Penilaian"
        case .bobot: "Bobot"
        case .penjelasan: "Penjelasan"
        case .pilihanJawaban: "Pilihan Jawaban"
        case .jawaban: "Jawaban"
        case .nilai: "Nilai"
        case .persen: "%"
        case .catatan: "Catatan"
        case .id: "ID (jangan diubah)"
        }
    }

    /// The column width in characters.
    var width: Double {
        switch self {
        case .penilaian, .penjelasan: 60
        case .bobot, .nilai: 9
        case .pilihanJawaban, .jawaban, .persen: 12
        case .catatan: 40
        case .id: 22
        }
    }

    /// The columns the import cannot do without.
    static let required: [LKEWorkbookColumn] = [.jawaban, .catatan, .id]
}
