import ZICore

/// What ``LKEWorkbook/import(data:framework:)`` read from a workbook.
public struct LKEWorkbookImport: Sendable, Equatable {
    /// The answers, by question id; each one passed ``LKEQuestion/value(for:)``.
    /// Questions with an empty `Jawaban` cell are unanswered and absent.
    public var answers: [String: LKEAnswer]
    /// The notes (`Catatan`), by question or group id; blank cells are absent.
    public var notes: [String: String]
    /// Every row whose answer or note was not imported, in row order.
    public var issues: [LKEWorkbookIssue]
    /// The unit named in the title block, if present.
    public var unitName: String?
    /// The year in the title block, if present.
    public var year: Int?

    public init(answers: [String: LKEAnswer], notes: [String: String], issues: [LKEWorkbookIssue], unitName: String?, year: Int?) {
        self.answers = answers
        self.notes = notes
        self.issues = issues
        self.unitName = unitName
        self.year = year
    }
}
