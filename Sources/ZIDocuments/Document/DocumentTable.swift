/// A table: a header row repeated on every printed page, then group and body rows whose cells
/// may span columns and rows (as in HTML: a cell covered by a span above is left out of its row).
struct DocumentTable: Equatable {
    /// A column: its heading, its relative width and how its cells are aligned.
    struct Column: Equatable {
        /// The heading text.
        var title: String
        /// A stable name, for the HTML column class (`col-<key>`).
        var key: String
        /// The width relative to the other columns.
        var weight: Int
        /// Whether the column's body cells are centred (numbers, dates, marks).
        var isCentered = false
    }

    /// A row: a group heading spanning all columns, or ordinary cells.
    enum Row: Equatable {
        /// A heading over the rows below it (`I. MANAJEMEN PERUBAHAN`).
        case group(String)
        /// Cells from the first column on, leaving out those covered by a row span above.
        case cells([Cell])
    }

    /// A body cell.
    struct Cell: Equatable {
        /// The paragraphs of the cell; each may hold line breaks.
        var paragraphs: [String]
        /// Whether the paragraphs are items of a bulleted list (pieces of evidence).
        var isBulleted = false
        /// How many rows the cell covers, itself included.
        var rowSpan = 1

        /// A cell of one paragraph.
        init(_ text: String, rowSpan: Int = 1) {
            paragraphs = [text]
            self.rowSpan = rowSpan
        }

        /// A cell listing `items` as bullets, or `-` when there are none.
        init(bullets items: [String]) {
            paragraphs = items.isEmpty ? ["-"] : items
            isBulleted = !items.isEmpty
        }
    }

    /// A CSS class naming the kind of table (`rencana-aksi`), for the HTML.
    var kind: String
    var columns: [Column]
    var rows: [Row]
}
