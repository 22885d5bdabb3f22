/// One row of a table read through its header: its outline cells, its action cells and any cell
/// outside the table.
struct PlanRowCells {
    /// A non-empty cell of a known column.
    struct Cell {
        let column: PlanColumn
        let text: String
    }

    /// The non-empty outline cells, in order, leaving out marks standing alone except in the
    /// area column (where `3` or `III` names an area).
    let outline: [Cell]
    /// The marks standing alone in the number, komponen and indikator cells (`I`, `a.`).
    let markers: [PlanMarker]
    /// The non-empty cells of the other known columns.
    let actionCells: [Cell]
    /// The realisasi cell as read, for its number and format.
    let realisasi: XLSXCellContents?
    /// The 1-based column numbers of non-empty cells below no header.
    let outsideColumns: [Int]

    init(_ row: PlanSheet.Row, layout: PlanHeaderLayout) {
        var outline: [Cell] = []
        var markers: [PlanMarker] = []
        var actionCells: [Cell] = []
        var realisasi: XLSXCellContents?
        var outsideColumns: [Int] = []
        for index in row.cells.indices {
            let text = row.text(index)
            guard !text.isEmpty else { continue }
            switch layout.slot(index) {
            case .column(let column) where column.isOutline:
                if column != .area, let marker = PlanMarker(cell: text) {
                    markers.append(marker)
                } else {
                    outline.append(Cell(column: column, text: text))
                }
            case .column(let column):
                actionCells.append(Cell(column: column, text: text))
                if column == .realisasi { realisasi = row.cells[index] }
            case .ignored: break
            case .outside: outsideColumns.append(index + 1)
            }
        }
        self.outline = outline
        self.markers = markers
        self.actionCells = actionCells
        self.realisasi = realisasi
        self.outsideColumns = outsideColumns
    }

    /// Every non-empty cell of a known column.
    var cells: [Cell] { outline + actionCells }

    /// The text of `column`, its cells joined by line breaks; `nil` if all are empty.
    func text(_ column: PlanColumn) -> String? {
        let texts = cells.filter { $0.column == column }.map(\.text)
        return texts.isEmpty ? nil : texts.joined(separator: "\n")
    }

    /// A row that may be a heading.
    struct Heading {
        /// The text, its numbering removed.
        let text: String
        /// The column holding the text.
        let column: PlanColumn
        /// The text's own mark, else a mark standing alone in the row.
        let marker: PlanMarker?
    }

    /// The row as a heading, if it may be one: text in exactly one outline cell, nothing in the
    /// action columns or outside the table.
    var heading: Heading? {
        guard actionCells.isEmpty, outsideColumns.isEmpty, outline.count == 1 else { return nil }
        let (marker, text) = PlanMarker.split(outline[0].text)
        return Heading(text: text, column: outline[0].column, marker: marker ?? markers.first)
    }
}
