/// The position of a cell: a 1-based row and column, written `A1` … `XFD1048576`.
public struct CellReference: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The last row a sheet can have.
    public static let maxRow = 1_048_576
    /// The last column a sheet can have (`XFD`).
    public static let maxColumn = 16_384

    /// The row number, 1 … ``maxRow``.
    public let row: Int
    /// The column number, 1 (`A`) … ``maxColumn`` (`XFD`).
    public let column: Int

    /// The cell at `row` and `column` (both 1-based).
    ///
    /// - Precondition: the cell lies on a sheet: `1...maxRow` and `1...maxColumn`.
    public init(row: Int, column: Int) {
        precondition(
            (1...Self.maxRow).contains(row) && (1...Self.maxColumn).contains(column),
            "cell (\(row), \(column)) lies outside a sheet")
        self.row = row
        self.column = column
    }

    /// Parses a reference such as `AB12` (letters in either case); `nil` if it is not one
    /// or lies outside a sheet.
    public init?(_ text: String) {
        let letters = text.prefix { $0.isASCII && $0.isLetter }
        let digits = text.dropFirst(letters.count)
        guard !letters.isEmpty, letters.count <= 3, !digits.isEmpty, digits.first != "0",
            digits.allSatisfy({ $0.isASCII && $0.isNumber }),
            let row = Int(digits), row <= Self.maxRow
        else { return nil }
        let column = letters.uppercased().unicodeScalars.reduce(0) { $0 * 26 + Int($1.value - 64) }
        guard column <= Self.maxColumn else { return nil }
        self.init(row: row, column: column)
    }

    /// The letters of a column number: 1 → `A`, 27 → `AA`.
    public static func columnName(_ column: Int) -> String {
        var name = ""
        var remaining = column
        while remaining > 0 {
            let digit = (remaining - 1) % 26
            name.insert(Character(Unicode.Scalar(UInt8(65 + digit))), at: name.startIndex)
            remaining = (remaining - 1) / 26
        }
        return name
    }

    public var description: String {
        Self.columnName(column) + String(row)
    }

    public static func < (lhs: CellReference, rhs: CellReference) -> Bool {
        (lhs.row, lhs.column) < (rhs.row, rhs.column)
    }
}

/// A rectangular block of cells, written `A1:C3`.
public struct CellRange: Hashable, Sendable, CustomStringConvertible {
    /// The top-left cell.
    public let first: CellReference
    /// The bottom-right cell.
    public let last: CellReference

    /// The block spanned by two opposite corners, in either order.
    public init(_ corner: CellReference, _ opposite: CellReference) {
        first = CellReference(row: min(corner.row, opposite.row), column: min(corner.column, opposite.column))
        last = CellReference(row: max(corner.row, opposite.row), column: max(corner.column, opposite.column))
    }

    /// Whether the block is a single cell.
    public var isSingleCell: Bool { first == last }

    /// Whether the two blocks share a cell.
    public func overlaps(_ other: CellRange) -> Bool {
        first.row <= other.last.row && other.first.row <= last.row
            && first.column <= other.last.column && other.first.column <= last.column
    }

    public var description: String {
        isSingleCell ? first.description : "\(first):\(last)"
    }
}
