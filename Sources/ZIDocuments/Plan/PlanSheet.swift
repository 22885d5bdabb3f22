/// A table to import, as rows of cells, whatever file it came from.
struct PlanSheet: Sendable {
    /// One row of the table.
    struct Row: Sendable {
        /// The row number in the file (1-based).
        let number: Int
        /// The cells from the first column on; `nil` for an empty cell.
        let cells: [XLSXCellContents?]

        /// The trimmed text of the cell at `index` (0-based); empty for an empty or absent cell.
        func text(_ index: Int) -> String {
            guard cells.indices.contains(index), let cell = cells[index] else { return "" }
            return PlanText.trimmed(cell.value.description)
        }

        /// The trimmed texts of the non-empty cells, in order.
        var texts: [String] {
            cells.indices.map(text).filter { !$0.isEmpty }
        }

        /// Whether every cell is empty or white space.
        var isEmpty: Bool {
            texts.isEmpty
        }
    }

    /// The most cells the rows of a workbook sheet may span together, each row from column A
    /// to its last filled cell: a table of 100,000 rows by 20 columns fits, while a few cells
    /// in column XFD on every row cannot make the import reserve gigabytes.
    static let maxCells = 2_000_000

    /// The sheet's name, for a workbook.
    let name: String?
    /// Every row from the first to the last non-empty one, empty rows included.
    let rows: [Row]

    /// The records of a CSV file, each a row holding text.
    init(csvRecords: [[String]]) {
        name = nil
        rows = csvRecords.enumerated().map { index, fields in
            Row(number: index + 1, cells: fields.map { $0.isEmpty ? nil : XLSXCellContents(.text($0)) })
        }
    }

    /// A sheet of a workbook; rows the file leaves out are empty rows. Throws
    /// ``TableFileError/sheetTooLarge(sheet:lastRow:lastColumn:)`` if its rows, each from
    /// column A to its last filled cell, span more than ``maxCells`` cells.
    init(_ sheet: XLSXSheetContents) throws(TableFileError) {
        name = sheet.name
        let byRow = Dictionary(grouping: sheet.cells, by: \.key.row)
        let widths = byRow.mapValues { cells in cells.map(\.key.column).max() ?? 0 }
        let lastRow = byRow.keys.max() ?? 0
        guard widths.values.reduce(0, +) <= Self.maxCells else {
            throw .sheetTooLarge(sheet: sheet.name, lastRow: lastRow, lastColumn: widths.values.max() ?? 0)
        }
        rows = (0..<lastRow).map { index in
            var row = [XLSXCellContents?](repeating: nil, count: widths[index + 1] ?? 0)
            for (reference, contents) in byRow[index + 1] ?? [] { row[reference.column - 1] = contents }
            return Row(number: index + 1, cells: row)
        }
    }
}
