import ZICore

/// The dry run of an employee import as data: the employees to create or update (keyed by
/// NIP), every problem, and a summary — what a user reviews before committing the import.
public struct EmployeeImportPreview: Codable, Sendable, Equatable {
    /// What importing a row does.
    public enum Action: String, Codable, Sendable {
        /// A NIP the unit does not have yet: a new employee.
        case create
        /// A NIP the unit already has: its data is replaced by the row's.
        case update
    }

    /// One employee as it would be imported. Optional fields are `nil` when the column is absent
    /// or the cell empty; the server then keeps what it has.
    public struct Row: Codable, Sendable, Equatable {
        /// The row number in the file.
        public let sourceRow: Int
        /// What importing the row does.
        public let action: Action
        /// The NIP, the key.
        public let nip: NIP
        /// The full name, as written.
        public let nama: String
        /// The position.
        public let jabatan: String?
        /// The echelon.
        public let eselon: String?
        /// The rank and grade.
        public let golongan: String?
        /// The work unit.
        public let unitKerja: String?
        /// Whether the employee must file an LHKPN.
        public let wajibLHKPN: Bool?
        /// Whether the employee is active.
        public let aktif: Bool?
    }

    /// The counts of the dry run.
    public struct Summary: Codable, Sendable, Equatable {
        /// Non-empty rows below the header.
        public let rowsRead: Int
        /// Rows that create an employee.
        public let toCreate: Int
        /// Rows that update an employee.
        public let toUpdate: Int
        /// Rows left out because of a problem.
        public let rejected: Int
        /// Empty rows skipped.
        public let skippedEmptyRows: Int

        /// The summary in Indonesian: `12 baris dibaca: 8 pegawai baru, 2 diperbarui, 2 baris tidak diimpor.`
        public var text: String {
            "\(rowsRead) baris dibaca: \(toCreate) pegawai baru, \(toUpdate) diperbarui, \(rejected) baris tidak diimpor."
        }
    }

    /// The rows to import, in file order.
    public let rows: [Row]
    /// Every problem, by row, then in column order.
    public let problems: [EmployeeImportProblem]
    /// The counts.
    public let summary: Summary
    /// The row number of the header row.
    public let headerRow: Int
    /// For a workbook, the sheet the list was read from.
    public let sheetName: String?
    /// Headers that name no known column (or one already found); their cells are not imported.
    public let ignoredColumns: [String]
}
