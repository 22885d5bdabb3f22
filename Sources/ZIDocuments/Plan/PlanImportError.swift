/// Why ``PlanTableImport`` could not read a table at all. Problems with single rows are not
/// errors but ``PlanImportProblem``s.
public enum PlanImportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The CSV file is not UTF-8 text.
    case notUTF8
    /// A quoted CSV cell opened in this record (1-based) is never closed.
    case unclosedQuote(row: Int)
    /// The workbook cannot be read.
    case unreadableWorkbook(XLSXReadError)
    /// The file holds no non-empty row.
    case empty
    /// No row among the first ``PlanTableImport/headerSearchRows`` non-empty rows (of any sheet)
    /// has all ``PlanColumn/required`` columns. `row`, `sheet` and `found` describe the row that
    /// came closest, if any row named a known column.
    case missingColumns(missing: [PlanColumn], found: [PlanColumn], row: Int?, sheet: String?)

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
        case .missingColumns(let missing, let found, let row, let sheet):
            if let row {
                "Kolom wajib tidak ditemukan: \(Self.list(missing)). Baris judul yang paling mendekati"
                    + (sheet.map { " (lembar \"\($0)\")" } ?? "") + " adalah baris \(row), berisi kolom \(Self.list(found))."
            } else {
                "Baris judul kolom tidak ditemukan. Tabel harus memiliki kolom \(Self.list(PlanColumn.required))."
            }
        }
    }

    private static func list(_ columns: [PlanColumn]) -> String {
        columns.map(\.title).joined(separator: ", ")
    }
}
