import ZICore

/// Why ``SKMResponseCSV`` could not read a file of SKM responses.
public enum SKMCSVError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file is not UTF-8 text.
    case notUTF8
    /// A quoted cell opened in this row is never closed.
    case unclosedQuote(row: Int)
    /// The header row (the first non-empty row) lacks these element columns.
    case missingColumns([SKMElement])
    /// The header row names this element's column more than once.
    case duplicateColumn(SKMElement)
    /// A cell of an element's column does not hold a score 1–4; `value` is the cell as written.
    case badValue(row: Int, column: SKMElement, value: String)
    /// The file has no respondent's row below the header row.
    case noRows

    /// The explanation, in Indonesian.
    public var description: String {
        switch self {
        case .notUTF8:
            CSVError.notUTF8.description
        case .unclosedQuote(let row):
            CSVError.unclosedQuote(row: row).description
        case .missingColumns(let elements):
            "Kolom \(elements.map(\.code).joined(separator: ", ")) tidak ditemukan pada baris judul."
                + " Baris pertama harus memuat kolom U1 sampai U9."
        case .duplicateColumn(let element):
            "Kolom \(element.code) muncul lebih dari sekali pada baris judul."
        case .badValue(let row, let column, let value):
            "baris \(row), kolom \(column.code): \"\(value)\" \(SKMResponseError.notAScore)"
        case .noRows:
            "Berkas tidak berisi jawaban responden."
        }
    }

    /// The error of a CSV file that cannot be read.
    init(_ error: CSVError) {
        switch error {
        case .notUTF8: self = .notUTF8
        case .unclosedQuote(let row): self = .unclosedQuote(row: row)
        }
    }
}
