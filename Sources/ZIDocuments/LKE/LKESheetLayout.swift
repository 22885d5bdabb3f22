import Foundation

/// Where things are in a sheet being imported: the header row, the column of each known
/// header, and the values of the title block above the header.
struct LKESheetLayout {
    let sheet: XLSXSheetContents
    let headerRow: Int
    private let columns: [LKEWorkbookColumn: Int]

    /// How far down a sheet the header row is looked for.
    private static let headerSearchRows = 100

    /// The first sheet with a header row holding the required columns, trying the sheet named
    /// ``LKEWorkbook/sheetName`` first; `nil` if there is none.
    static func locate(in workbook: XLSXWorkbookContents) -> LKESheetLayout? {
        let named = workbook.sheets.filter { $0.name == LKEWorkbook.sheetName }
        let others = workbook.sheets.filter { $0.name != LKEWorkbook.sheetName }
        for sheet in named + others {
            let topRows = Dictionary(grouping: sheet.cells.filter { $0.key.row <= headerSearchRows }, by: \.key.row)
            for (row, cells) in topRows.sorted(by: { $0.key < $1.key }) {
                let columns = headerColumns(cells)
                if LKEWorkbookColumn.required.allSatisfy({ columns[$0] != nil }) {
                    return LKESheetLayout(sheet: sheet, headerRow: row, columns: columns)
                }
            }
        }
        return nil
    }

    /// The columns whose header text (trimmed, ignoring case) is among the cells of one row,
    /// by their first occurrence.
    private static func headerColumns(_ cells: [(key: CellReference, value: XLSXCellContents)]) -> [LKEWorkbookColumn: Int] {
        var columns: [LKEWorkbookColumn: Int] = [:]
        for (reference, cell) in cells.sorted(by: { $0.key < $1.key }) {
            let text = cell.value.description.trimmingCharacters(in: .whitespacesAndNewlines)
            if let column = LKEWorkbookColumn.allCases.first(where: { $0.header.caseInsensitiveCompare(text) == .orderedSame }),
                columns[column] == nil
            {
                columns[column] = reference.column
            }
        }
        return columns
    }

    /// The rows below the header that hold any cell, ascending.
    var dataRows: [Int] {
        sheet.rowNumbers.filter { $0 > headerRow }
    }

    /// The cell of `row` in `column`, unless it is absent or blank text.
    func cell(_ row: Int, _ column: LKEWorkbookColumn) -> XLSXCellContents? {
        guard let index = columns[column], let cell = sheet[CellReference(row: row, column: index)] else { return nil }
        if case .text(let text) = cell.value, text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return nil }
        return cell
    }

    /// The value next to `label` (column B beside column A) in the title block.
    func titleValue(_ label: String) -> XLSXValue? {
        let labelCell = sheet.cells.first { reference, cell in
            reference.row < headerRow && reference.column == 1
                && cell.value.description.trimmingCharacters(in: .whitespaces).caseInsensitiveCompare(label) == .orderedSame
        }
        return labelCell.flatMap { sheet[CellReference(row: $0.key.row, column: 2)]?.value }
    }
}
