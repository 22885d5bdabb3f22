/// Why ``XLSXReader`` could not read a file.
public enum XLSXReadError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The data is not an XLSX file: not a ZIP archive, or no spreadsheet workbook inside.
    case notXLSX(reason: String)
    /// A part the workbook refers to is absent from the archive.
    case missingPart(String)
    /// A part is damaged: bad compression, wrong checksum, malformed XML or an invalid value.
    case malformedPart(String, reason: String)
    /// The archive's content exceeds the uncompressed size limit (zip-bomb guard).
    case tooLarge(limitBytes: Int)
    /// The archive holds more entries than allowed.
    case tooManyEntries(limit: Int)
    /// A sheet holds more rows than allowed.
    case tooManyRows(sheet: String, limit: Int)
    /// No sheet has the requested name.
    case sheetMissing(String)

    public var description: String {
        switch self {
        case .notXLSX(let reason): "not an XLSX file: \(reason)"
        case .missingPart(let part): "the XLSX file lacks its part \(part)"
        case .malformedPart(let part, let reason): "the XLSX part \(part) is damaged: \(reason)"
        case .tooLarge(let limit): "the XLSX file unpacks to more than \(limit / 1_048_576) MB"
        case .tooManyEntries(let limit): "the XLSX file holds more than \(limit) entries"
        case .tooManyRows(let sheet, let limit): "sheet \"\(sheet)\" has more than \(limit) rows"
        case .sheetMissing(let name): "the workbook has no sheet named \"\(name)\""
        }
    }
}
