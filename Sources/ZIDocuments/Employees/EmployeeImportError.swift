/// Why ``EmployeeImport`` could not read a list at all. Problems with single rows are not errors
/// but ``EmployeeImportProblem``s.
public enum EmployeeImportError: TableFileFailure, Equatable, Sendable, CustomStringConvertible {
    /// The file cannot be read as a table.
    case file(TableFileError)
    /// No row among the first ``EmployeeImport/headerSearchRows`` non-empty rows (of any sheet)
    /// names every required column; `missing` are those the closest row lacks.
    case missingColumns(missing: [EmployeeColumn])

    /// The explanation, in Indonesian.
    public var description: String {
        switch self {
        case .file(let error):
            error.description
        case .missingColumns(let missing):
            "Kolom \(missing.map(\.title).joined(separator: " dan ")) tidak ditemukan. Baris judul harus memuat kolom NIP "
                + "(atau NIP Baru) dan Nama (atau Nama Lengkap), seperti hasil unduhan SIMPEG/SIASN."
        }
    }
}
