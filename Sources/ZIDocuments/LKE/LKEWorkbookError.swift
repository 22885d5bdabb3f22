import ZICore

/// Why ``LKEWorkbook`` could not export or import a workbook as a whole. Problems with single
/// rows of an imported workbook are not errors but ``LKEWorkbookIssue``s.
public enum LKEWorkbookError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Export: an answer does not fit the framework (unknown question, wrong kind, bad value).
    case invalidAnswer(LKEAnswerError)
    /// Export: a note is keyed by an id that is no node of the framework.
    case unknownNoteId(String)
    /// Export: the workbook could not be written (e.g. a note longer than a cell holds).
    case unwritable(XLSXWriterError)
    /// Import: the file is not a readable XLSX file.
    case unreadable(XLSXReadError)
    /// Import: no sheet has the LKE header row (with the `Jawaban`, `Catatan` and `ID` columns).
    case sheetMissing
    /// Official workbook: the framework has no master rows (`soalID`/`excelRow`), e.g. PermenPANRB 90/2021.
    case noMasterRows
    /// Official workbook import: no sheet `Jawaban`; the sheets found are named.
    case officialSheetMissing(found: [String])
    /// Import: the title block names another framework than the one to import into.
    case frameworkMismatch(expected: String, found: String)

    public var description: String {
        switch self {
        case .invalidAnswer(let error): "invalid answer: \(error)"
        case .unknownNoteId(let id): "a note refers to \"\(id)\", which is no node of the framework"
        case .unwritable(let error): "the workbook cannot be written: \(error)"
        case .unreadable(let error): "the file cannot be read: \(error)"
        case .sheetMissing:
            "no sheet has the LKE header row (columns \(LKEWorkbookColumn.required.map(\.header).joined(separator: ", ")))"
        case .frameworkMismatch(let expected, let found): "the workbook is for framework \"\(found)\", not \"\(expected)\""
        case .noMasterRows: "the framework has no rows of the official workbook (no soal_id / Excel row)"
        case .officialSheetMissing(let found): "no sheet \"Jawaban\" (found: \(found.joined(separator: ", ")))"
        }
    }
}
