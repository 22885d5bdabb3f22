/// The checks ``XLSXWriter`` makes before writing, so that no application has to repair the file.
enum XLSXValidation {
    /// The most characters a cell can hold.
    static let maxTextLength = 32_767
    /// The widest a column can be, in characters.
    static let maxColumnWidth = 255.0
    /// The tallest a row can be, in points.
    static let maxRowHeight = 409.0

    static func validate(_ workbook: XLSXWorkbook) throws(XLSXWriterError) {
        guard !workbook.sheets.isEmpty else { throw .noSheets }
        var names: Set<String> = []
        for sheet in workbook.sheets {
            try validateName(sheet.name)
            guard names.insert(sheet.name.lowercased()).inserted else { throw .duplicateSheetName(sheet.name) }
            try validateLayout(of: sheet)
            try validateCells(of: sheet)
            try validateMerges(of: sheet)
        }
    }

    static func validateName(_ name: String) throws(XLSXWriterError) {
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
        if name.isEmpty { throw .invalidSheetName(name, reason: "it is empty") }
        if name.utf16.count > 31 { throw .invalidSheetName(name, reason: "it is longer than 31 characters") }
        if let character = name.first(where: forbidden.contains) {
            throw .invalidSheetName(name, reason: "it contains \"\(character)\"")
        }
        if name.hasPrefix("'") || name.hasSuffix("'") {
            throw .invalidSheetName(name, reason: "it starts or ends with an apostrophe")
        }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 || !XMLEscaping.isAllowed($0) }) {
            throw .invalidSheetName(name, reason: "it contains a control character")
        }
    }

    private static func validateLayout(of sheet: XLSXSheet) throws(XLSXWriterError) {
        if sheet.rows.count > CellReference.maxRow {
            throw .sheetTooLarge(sheet: sheet.name, reason: "\(sheet.rows.count) rows, at most \(CellReference.maxRow)")
        }
        let columnCount = max(sheet.columns.count, sheet.rows.map(\.cells.count).max() ?? 0)
        if columnCount > CellReference.maxColumn {
            throw .sheetTooLarge(sheet: sheet.name, reason: "\(columnCount) columns, at most \(CellReference.maxColumn)")
        }
        if !(0..<CellReference.maxRow).contains(sheet.frozenRows) {
            throw .invalidLayout(sheet: sheet.name, reason: "\(sheet.frozenRows) frozen rows")
        }
        if let rows = sheet.printSetup?.repeatedRows, rows.lowerBound < 1 || rows.upperBound > CellReference.maxRow {
            throw .invalidLayout(sheet: sheet.name, reason: "repeated print rows \(rows) lie outside the sheet")
        }
        for (index, column) in sheet.columns.enumerated() where !(0...maxColumnWidth).contains(column.width) {
            throw .invalidLayout(
                sheet: sheet.name, reason: "column \(CellReference.columnName(index + 1)) has width \(column.width), allowed 0…255")
        }
        for (index, row) in sheet.rows.enumerated() {
            if let height = row.height, !(0...maxRowHeight).contains(height) {
                throw .invalidLayout(sheet: sheet.name, reason: "row \(index + 1) has height \(height), allowed 0…409")
            }
        }
    }

    private static func validateCells(of sheet: XLSXSheet) throws(XLSXWriterError) {
        for (rowIndex, row) in sheet.rows.enumerated() {
            for (columnIndex, cell) in row.cells.enumerated() {
                guard let cell else { continue }
                let reference = { CellReference(row: rowIndex + 1, column: columnIndex + 1).description }
                switch cell.value {
                case .number(let number) where !number.isFinite:
                    throw .nonFiniteNumber(sheet: sheet.name, cell: reference())
                case .text(let text) where text.utf16.count > maxTextLength:
                    throw .textTooLong(sheet: sheet.name, cell: reference(), length: text.utf16.count)
                default:
                    break
                }
                if !(0...XLSXStyle.maxIndent).contains(cell.style.indent) {
                    throw .invalidLayout(
                        sheet: sheet.name, reason: "cell \(reference()) has indent \(cell.style.indent), allowed 0…\(XLSXStyle.maxIndent)")
                }
            }
        }
    }

    private static func validateMerges(of sheet: XLSXSheet) throws(XLSXWriterError) {
        for (index, range) in sheet.mergedRanges.enumerated() {
            if range.isSingleCell {
                throw .invalidMerge(sheet: sheet.name, range: range.description, reason: "a merged range needs at least two cells")
            }
            if let other = sheet.mergedRanges[..<index].first(where: range.overlaps) {
                throw .invalidMerge(sheet: sheet.name, range: range.description, reason: "it overlaps \(other)")
            }
        }
    }
}
