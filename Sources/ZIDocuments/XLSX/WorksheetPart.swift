import Foundation

/// A worksheet part (`xl/worksheets/sheet<n>.xml`): the cells of `<sheetData>`.
///
/// Reads every cell type: shared strings (`s`), inline strings (`inlineStr`), formula text
/// results (`str`), booleans (`b`), numbers (`n` or no type), errors (`e`) and ISO dates (`d`)
/// as text. Formulas are ignored in favour of their cached values. Rows and cells without an
/// `r` attribute follow the previous one, as the format allows.
struct WorksheetPart {
    let cells: [CellReference: XLSXCellContents]

    /// What the parser knows about the `<c>` element it is inside.
    private struct PendingCell {
        let reference: CellReference
        let type: String
        let style: Int
        var value = ""
        var inlineText = ""
    }

    init(
        data: Data, path: String, sheetName: String, sharedStrings: [String], styles: StylesPart?,
        limits: XLSXReader.Limits
    ) throws {
        var cells: [CellReference: XLSXCellContents] = [:]
        var rowCount = 0
        var row = 0
        var column = 0
        var cell: PendingCell?
        var collecting: WritableKeyPath<PendingCell, String>?
        var phoneticDepth = 0
        let malformed = { (reason: String) in XLSXReadError.malformedPart(path, reason: reason) }
        try XMLPartParser.parse(data, part: path) { event in
            switch event {
            case .start("row", let attributes):
                rowCount += 1
                guard rowCount <= limits.maxRowsPerSheet else {
                    throw XLSXReadError.tooManyRows(sheet: sheetName, limit: limits.maxRowsPerSheet)
                }
                if let text = attributes["r"] {
                    guard let number = Int(text), (1...CellReference.maxRow).contains(number) else {
                        throw malformed("row number \"\(text)\"")
                    }
                    row = number
                } else {
                    guard row < CellReference.maxRow else { throw malformed("a row lies outside the sheet") }
                    row += 1
                }
                column = 0
            case .start("c", let attributes):
                let reference: CellReference
                if let text = attributes["r"] {
                    guard let parsed = CellReference(text) else { throw malformed("cell reference \"\(text)\"") }
                    reference = parsed
                } else {
                    guard row >= 1, column < CellReference.maxColumn else { throw malformed("a cell lies outside the sheet") }
                    reference = CellReference(row: row, column: column + 1)
                }
                column = reference.column
                cell = PendingCell(reference: reference, type: attributes["t"] ?? "n", style: attributes["s"].flatMap(Int.init) ?? 0)
            case .start("v", _): collecting = \.value
            case .start("t", _) where cell != nil && phoneticDepth == 0: collecting = \.inlineText
            case .start("rPh", _): phoneticDepth += 1
            case .end("rPh"): phoneticDepth -= 1
            case .end("v"), .end("t"): collecting = nil
            case .text(let text):
                if let collecting { cell?[keyPath: collecting] += text }
            case .end("c"):
                if let pending = cell, let value = try Self.value(of: pending, sharedStrings: sharedStrings, malformed: malformed) {
                    let isPercentage = if case .number = value { styles?.percentageFormats.contains(pending.style) ?? false } else { false }
                    cells[pending.reference] = XLSXCellContents(value, isPercentage: isPercentage)
                }
                cell = nil
            default: break
            }
        }
        self.cells = cells
    }

    /// The value of a finished `<c>` element; `nil` for a cell that only carries a style.
    private static func value(of cell: PendingCell, sharedStrings: [String], malformed: (String) -> XLSXReadError) throws -> XLSXValue? {
        switch cell.type {
        case "s":
            guard let index = Int(cell.value.trimmingCharacters(in: .whitespaces)), sharedStrings.indices.contains(index) else {
                throw malformed("cell \(cell.reference) refers to shared string \"\(cell.value)\", which does not exist")
            }
            return .text(sharedStrings[index])
        case "inlineStr":
            return .text(XMLEscaping.decodeSpreadsheetString(cell.inlineText))
        case "str", "e", "d":
            return .text(XMLEscaping.decodeSpreadsheetString(cell.value))
        case "b":
            switch cell.value.trimmingCharacters(in: .whitespaces) {
            case "1", "true": return .boolean(true)
            case "0", "false": return .boolean(false)
            default: throw malformed("cell \(cell.reference) holds the boolean \"\(cell.value)\"")
            }
        case "n":
            let text = cell.value.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { return nil }
            guard let number = Double(text), number.isFinite else {
                throw malformed("cell \(cell.reference) holds the number \"\(text)\"")
            }
            return .number(number)
        default:
            throw malformed("cell \(cell.reference) has the unknown type \"\(cell.type)\"")
        }
    }
}
