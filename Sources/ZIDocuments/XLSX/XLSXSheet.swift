/// A worksheet to write: named rows of cells with column widths, frozen header rows and
/// merged blocks.
public struct XLSXSheet: Sendable, Equatable {
    /// The tab name: 1–31 characters, none of `[ ] : * ? / \`, not starting or ending with `'`,
    /// unique in the workbook regardless of case.
    public var name: String
    /// The columns from `A` on; columns without an entry keep the default width.
    public var columns: [XLSXColumn]
    /// The rows from row 1 on.
    public var rows: [XLSXRow]
    /// How many rows at the top stay in view while scrolling (0: none).
    public var frozenRows: Int
    /// Blocks of at least two cells shown as one; they must not overlap.
    public var mergedRanges: [CellRange]
    /// How the sheet prints; `nil` leaves it to the application (portrait, unscaled).
    public var printSetup: XLSXPrintSetup?

    public init(
        name: String, columns: [XLSXColumn] = [], rows: [XLSXRow] = [], frozenRows: Int = 0,
        mergedRanges: [CellRange] = [], printSetup: XLSXPrintSetup? = nil
    ) {
        self.name = name
        self.columns = columns
        self.rows = rows
        self.frozenRows = frozenRows
        self.mergedRanges = mergedRanges
        self.printSetup = printSetup
    }
}

/// One row to write.
public struct XLSXRow: Sendable, Equatable {
    /// The cells from column `A` on; `nil` leaves a cell empty.
    public var cells: [XLSXCell?]
    /// The height in points (0 … 409); `nil` lets the application fit the row to its content.
    public var height: Double?

    public init(cells: [XLSXCell?] = [], height: Double? = nil) {
        self.cells = cells
        self.height = height
    }
}

/// The layout of one column.
public struct XLSXColumn: Sendable, Equatable {
    /// The width in characters of the default font (0 … 255).
    public var width: Double
    /// Whether the column is hidden.
    public var isHidden: Bool

    public init(width: Double, isHidden: Bool = false) {
        self.width = width
        self.isHidden = isHidden
    }
}
