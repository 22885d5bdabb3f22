import ZICore

/// KemenPANRB's LKE workbook as the LKE ZI 2026 master describes it: sheet `Jawaban`, one row
/// per master row (`excel_baris`), the unit's answer in K, its note in L, its evidence in M, the
/// TPI's answer in N and its note in Q. A `%` question's rows are its `Jumlah` inputs.
public enum LKEOfficialLayout {
    public static let sheetName = "Jawaban"

    /// The columns the master names for every row (1-based, as in ``CellReference``).
    public enum Column: Int, CaseIterable, Sendable {
        case unitAnswer = 11
        case unitNote = 12
        case evidence = 13
        case tpiAnswer = 14
        case tpiNote = 17

        /// The column's letter (`K`).
        public var letter: String { CellReference.columnName(rawValue) }
    }

    /// Columns SIZI writes for people reading the file; the import ignores them.
    static let soalColumn = 1
    static let idColumn = 2
    static let textColumn = 3
    static let headerRow = 5

    /// One master row: the question it belongs to and, for a `%` question, the input.
    public struct Row: Sendable, Equatable {
        public let excelRow: Int
        public let question: LKEQuestion
        public let input: LKEInput?
        /// The row's `soal_id`.
        public let soalID: Int
    }

    /// Every master row of `framework`, in row order (empty for a framework without a master).
    public static func rows(of framework: LKEFramework) -> [Row] {
        framework.questions.flatMap { question -> [Row] in
            if question.answerType == .percentage {
                return question.inputs.compactMap { input in
                    guard let row = input.excelRow, let soal = input.soalID else { return nil }
                    return Row(excelRow: row, question: question, input: input, soalID: soal)
                }
            }
            guard let row = question.excelRow, let soal = question.soalID else { return [] }
            return [Row(excelRow: row, question: question, input: nil, soalID: soal)]
        }.sorted { $0.excelRow < $1.excelRow }
    }
}
