/// Why ``PlanTableImport`` could not read a table at all. Problems with single rows are not
/// errors but ``PlanImportProblem``s.
public enum PlanImportError: TableFileFailure, Equatable, Sendable, CustomStringConvertible {
    /// The file cannot be read as a table.
    case file(TableFileError)
    /// No row among the first ``PlanTableImport/headerSearchRows`` non-empty rows (of any sheet)
    /// has all ``PlanColumn/required`` columns. `row`, `sheet` and `found` describe the row that
    /// came closest, if any row named a known column.
    case missingColumns(missing: [PlanColumn], found: [PlanColumn], row: Int?, sheet: String?)

    /// The explanation, in Indonesian.
    public var description: String {
        switch self {
        case .file(let error):
            error.description
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
