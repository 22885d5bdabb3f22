/// Why ``XLSXWriter`` refused a workbook; each case names the sheet and, where it applies, the cell.
public enum XLSXWriterError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A workbook needs at least one sheet.
    case noSheets
    /// The sheet name breaks a rule of ``XLSXSheet/name``.
    case invalidSheetName(String, reason: String)
    /// Two sheets share a name (compared regardless of case).
    case duplicateSheetName(String)
    /// The sheet has more rows or columns than a spreadsheet can hold.
    case sheetTooLarge(sheet: String, reason: String)
    /// A number is NaN or infinite; spreadsheets cannot store it.
    case nonFiniteNumber(sheet: String, cell: String)
    /// A text is longer than the 32,767 characters a cell can hold.
    case textTooLong(sheet: String, cell: String, length: Int)
    /// A column width, row height, indentation or frozen-row count is out of range.
    case invalidLayout(sheet: String, reason: String)
    /// A merged block is a single cell or overlaps another.
    case invalidMerge(sheet: String, range: String, reason: String)
    /// The ZIP container could not be written.
    case archiveFailed(reason: String)

    public var description: String {
        switch self {
        case .noSheets: "a workbook needs at least one sheet"
        case .invalidSheetName(let name, let reason): "invalid sheet name \"\(name)\": \(reason)"
        case .duplicateSheetName(let name): "two sheets are named \"\(name)\""
        case .sheetTooLarge(let sheet, let reason): "sheet \"\(sheet)\" is too large: \(reason)"
        case .nonFiniteNumber(let sheet, let cell): "sheet \"\(sheet)\", cell \(cell): the number is not finite"
        case .textTooLong(let sheet, let cell, let length):
            "sheet \"\(sheet)\", cell \(cell): \(length) characters exceed the limit of 32767"
        case .invalidLayout(let sheet, let reason): "sheet \"\(sheet)\": \(reason)"
        case .invalidMerge(let sheet, let range, let reason): "sheet \"\(sheet)\", merged range \(range): \(reason)"
        case .archiveFailed(let reason): "the XLSX container could not be written: \(reason)"
        }
    }
}
