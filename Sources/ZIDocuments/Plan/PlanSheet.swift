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

    /// A sheet of a workbook; rows the file leaves out are empty rows.
    init(_ sheet: XLSXSheetContents) {
        name = sheet.name
        let byRow = Dictionary(grouping: sheet.cells, by: \.key.row)
        let lastRow = byRow.keys.max() ?? 0
        rows = (0..<lastRow).map { index in
            let cells = byRow[index + 1] ?? []
            var row = [XLSXCellContents?](repeating: nil, count: cells.map(\.key.column).max() ?? 0)
            for (reference, contents) in cells { row[reference.column - 1] = contents }
            return Row(number: index + 1, cells: row)
        }
    }
}
