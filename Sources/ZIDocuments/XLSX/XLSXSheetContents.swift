/// The cells read from one sheet by ``XLSXReader``. Empty cells are absent.
public struct XLSXSheetContents: Sendable, Equatable {
    /// The tab name.
    public let name: String
    /// Every cell holding a value, by position.
    public let cells: [CellReference: XLSXCellContents]

    public init(name: String, cells: [CellReference: XLSXCellContents]) {
        self.name = name
        self.cells = cells
    }

    /// The cell at `reference`, if it holds a value.
    public subscript(_ reference: CellReference) -> XLSXCellContents? {
        cells[reference]
    }

    /// The numbers of the rows that hold at least one cell, ascending.
    public var rowNumbers: [Int] {
        Set(cells.keys.map(\.row)).sorted()
    }
}

/// One cell read by ``XLSXReader``.
public struct XLSXCellContents: Sendable, Equatable {
    /// The value.
    public let value: XLSXValue
    /// Whether the cell's number format shows the number as a percentage (`0.00%`):
    /// the value is then the fraction (0.75 for 75 %).
    public let isPercentage: Bool

    public init(_ value: XLSXValue, isPercentage: Bool = false) {
        self.value = value
        self.isPercentage = isPercentage
    }
}

/// The sheets read by ``XLSXReader``, in tab order.
public struct XLSXWorkbookContents: Sendable, Equatable {
    /// The sheets, in tab order.
    public let sheets: [XLSXSheetContents]

    public init(sheets: [XLSXSheetContents]) {
        self.sheets = sheets
    }

    /// The sheet named `name`; throws ``XLSXReadError/sheetMissing(_:)`` if there is none.
    public func sheet(named name: String) throws -> XLSXSheetContents {
        guard let sheet = sheets.first(where: { $0.name == name }) else { throw XLSXReadError.sheetMissing(name) }
        return sheet
    }
}
