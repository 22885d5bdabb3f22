/// One problem in a risk matrix file, found by ``RiskMatrixValidator``; ``description`` says in
/// Indonesian what to fix, naming the scale, the level or the cell.
public enum RiskMatrixIssue: Equatable, Sendable, CustomStringConvertible {
    /// A required text (`id`, `version`, `source`, a scale's `name`) is empty.
    case emptyField(String)
    /// A scale has fewer than two points.
    case scaleTooShort(scale: String)
    /// A scale's point at this position (0-based) is not rated position + 1.
    case pointOutOfSequence(scale: String, position: Int, value: Int)
    /// A scale's point has an empty label or description.
    case emptyPointText(scale: String, value: Int)
    /// The scores have another number of rows than the likelihood scale has points.
    case rowCount(expected: Int, found: Int)
    /// A row of scores has another number of cells than the impact scale has points.
    case cellCount(likelihood: Int, expected: Int, found: Int)
    /// There is no level at all.
    case noLevels
    /// A level has an empty id or label.
    case emptyLevelText(level: String)
    /// Two levels share an id.
    case duplicateLevel(String)
    /// A level's band starts above its end.
    case reversedBand(level: String)
    /// A level's band does not start right after the previous one's end (gap, overlap or wrong order).
    case bandNotContiguous(level: String, expectedMin: Int, found: Int)
    /// A level's colour is not `#RRGGBB`.
    case invalidColor(level: String, color: String)
    /// A cell's score lies in no level's band.
    case scoreWithoutLevel(RiskCell, score: Int)
    /// A cell scores lower than the cell one step less likely or one step less severe.
    case scoreDecreases(RiskCell, score: Int, below: RiskCell, belowScore: Int)

    /// The problem in Indonesian.
    public var description: String {
        switch self {
        case .emptyField(let field):
            "isian \"\(field)\" kosong"
        case .scaleTooShort(let scale):
            "skala \(scale) harus memiliki sedikitnya 2 tingkat"
        case .pointOutOfSequence(let scale, let position, let value):
            "skala \(scale): tingkat ke-\(position + 1) harus bernilai \(position + 1), tertulis \(value)"
        case .emptyPointText(let scale, let value):
            "skala \(scale), nilai \(value): label atau uraian kosong"
        case .rowCount(let expected, let found):
            "scores harus memiliki \(expected) baris (satu per tingkat kemungkinan), tertulis \(found)"
        case .cellCount(let likelihood, let expected, let found):
            "scores baris kemungkinan \(likelihood) harus memiliki \(expected) sel (satu per tingkat dampak), tertulis \(found)"
        case .noLevels:
            "belum ada level risiko"
        case .emptyLevelText(let level):
            "level \(level): id atau label kosong"
        case .duplicateLevel(let level):
            "level \(level): id dipakai lebih dari sekali"
        case .reversedBand(let level):
            "level \(level): minScore lebih besar daripada maxScore"
        case .bandNotContiguous(let level, let expectedMin, let found):
            "level \(level): minScore harus \(expectedMin) (tepat sesudah maxScore level sebelumnya), tertulis \(found)"
        case .invalidColor(let level, let color):
            "level \(level): warna harus ditulis #RRGGBB, tertulis \"\(color)\""
        case .scoreWithoutLevel(let cell, let score):
            "sel kemungkinan \(cell.likelihood) × dampak \(cell.impact): skor \(score) tidak masuk rentang level mana pun"
        case .scoreDecreases(let cell, let score, let below, let belowScore):
            "sel kemungkinan \(cell.likelihood) × dampak \(cell.impact): skor \(score) lebih rendah daripada skor \(belowScore) "
                + "pada sel kemungkinan \(below.likelihood) × dampak \(below.impact) yang risikonya lebih kecil"
        }
    }
}
