/// Places the cells of a ``DocumentTable``'s body rows in its columns, keeping track of the
/// columns that cells spanning rows cover in the rows below.
struct DocumentTableGrid {
    private let columnCount: Int
    /// Per column, how many more rows a cell above covers.
    private var rowsCovered: [Int: Int] = [:]

    init(columnCount: Int) {
        self.columnCount = columnCount
    }

    /// The next row, one entry per column: the cell that starts there, or `nil` where a cell
    /// from a row above covers the column (or the row has too few cells).
    mutating func place(_ cells: [DocumentTable.Cell]) -> [DocumentTable.Cell?] {
        var remaining = cells[...]
        return (0..<columnCount).map { column in
            if let rows = rowsCovered[column], rows > 0 {
                rowsCovered[column] = rows - 1
                return nil
            }
            let cell = remaining.popFirst()
            rowsCovered[column] = (cell?.rowSpan ?? 1) - 1
            return cell
        }
    }
}
