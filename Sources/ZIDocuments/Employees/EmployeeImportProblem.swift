/// A row of an employee list that is not imported, with the column at fault and a message in
/// Indonesian saying what to fix. A row with any problem is left out; the others are imported.
public struct EmployeeImportProblem: Sendable, Codable, Equatable, CustomStringConvertible {
    /// What went wrong; stable, for programs.
    public enum Code: String, Sendable, Codable {
        /// The NIP cell is empty.
        case missingNIP
        /// The NIP is not a valid NIP (length, characters, birth date, TMT CPNS, sex digit).
        case invalidNIP
        /// The NIP was stored as a number, so its last digits are lost.
        case nipStoredAsNumber
        /// The NIP appears on more than one row; every such row is left out.
        case duplicateNIP
        /// The name cell is empty.
        case missingName
        /// The Wajib LHKPN cell holds a word that is neither yes nor no.
        case unknownWajibLHKPN
        /// The status cell holds a word that is neither active nor inactive.
        case unknownStatus
    }

    /// The row number in the file (spreadsheet row, or CSV record counted from 1).
    public let row: Int
    /// The column at fault.
    public let column: EmployeeColumn
    /// What went wrong, for programs.
    public let code: Code
    /// The explanation, in Indonesian.
    public let message: String

    /// A problem with every field given.
    public init(row: Int, column: EmployeeColumn, code: Code, message: String) {
        self.row = row
        self.column = column
        self.code = code
        self.message = message
    }

    /// `baris 4 (NIP): …`.
    public var description: String {
        "baris \(row) (\(column.title)): \(message)"
    }
}
