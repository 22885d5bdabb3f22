/// The height a row with wrapped text needs, estimated from text length and column width.
///
/// Not every application fits row heights when it opens a file (LibreOffice keeps the default
/// height), so the writer stores an estimate for rows that need more than one line. The
/// estimate is not marked custom, so an application refits the row once a cell is edited.
enum XLSXRowHeight {
    /// The height of one line of the default font (Calibri 11), in points.
    static let lineHeight = 15.0
    /// The width of a column without an ``XLSXColumn`` entry, in characters.
    static let defaultColumnWidth = 8.43
    /// Average characters of running text per unit of column width (the width of a `0`).
    private static let charactersPerWidthUnit = 1.1
    /// The width one indentation step takes, in width units.
    private static let indentWidth = 1.5

    /// The estimated height of `row`, or `nil` if its wrapped cells fit on one line.
    static func estimate(_ row: XLSXRow, columns: [XLSXColumn]) -> Double? {
        let lines =
            row.cells.enumerated().map { index, cell -> Int in
                guard let cell, cell.style.wrapsText, case .text(let text) = cell.value else { return 1 }
                let width = index < columns.count ? columns[index].width : defaultColumnWidth
                let usable = max(1, width - Double(cell.style.indent) * indentWidth)
                return lineCount(of: text, charactersPerLine: max(1, Int(usable * charactersPerWidthUnit)))
            }.max() ?? 1
        return lines > 1 ? min(Double(lines) * lineHeight, XLSXValidation.maxRowHeight) : nil
    }

    /// The lines `text` takes when each paragraph wraps at word boundaries after `charactersPerLine`.
    private static func lineCount(of text: String, charactersPerLine: Int) -> Int {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { paragraph in
            var lines = 1
            var used = 0
            for word in paragraph.split(separator: " ") {
                if used > 0, used + 1 + word.count <= charactersPerLine {
                    used += 1 + word.count
                    continue
                }
                if used > 0 { lines += 1 }
                lines += (word.count - 1) / charactersPerLine
                used = (word.count - 1) % charactersPerLine + 1
            }
            return lines
        }.reduce(0, +)
    }
}
