/// Why ``EmployeeImport`` could not read a list at all. Problems with single rows are not errors
/// but ``EmployeeImportProblem``s.
public enum EmployeeImportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The CSV file is not UTF-8 text.
    case notUTF8
    /// A quoted CSV cell opened in this record (1-based) is never closed.
    case unclosedQuote(row: Int)
    /// The workbook cannot be read.
    case unreadableWorkbook(XLSXReadError)
    /// The file holds no non-empty row.
    case empty
    /// No row among the first ``EmployeeImport/headerSearchRows`` non-empty rows (of any sheet)
    /// names every required column; `missing` are those the closest row lacks.
    case missingColumns(missing: [EmployeeColumn])

    /// The error of a CSV file that cannot be read.
    init(_ error: CSVError) {
        switch error {
        case .notUTF8: self = .notUTF8
        case .unclosedQuote(let row): self = .unclosedQuote(row: row)
        }
    }

    /// The explanation, in Indonesian.
    public var description: String {
        switch self {
        case .notUTF8:
            CSVError.notUTF8.description
        case .unclosedQuote(let row):
            CSVError.unclosedQuote(row: row).description
        case .unreadableWorkbook(let error):
            "Berkas XLSX tidak dapat dibaca: \(error)"
        case .empty:
            "Berkas tidak berisi data."
        case .missingColumns(let missing):
            "Kolom \(missing.map(\.title).joined(separator: " dan ")) tidak ditemukan. Baris judul harus memuat kolom NIP "
                + "(atau NIP Baru) dan Nama (atau Nama Lengkap), seperti hasil unduhan SIMPEG/SIASN."
        }
    }
}
