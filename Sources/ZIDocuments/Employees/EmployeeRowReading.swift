import ZICore

/// One data row of an employee list read through its header: the employee's fields and the
/// problems of the row itself (duplicates across rows are found afterwards).
struct EmployeeRowReading: Sendable {
    /// The row number in the file.
    let number: Int
    /// The NIP, when the cell holds a valid one.
    let nip: NIP?
    /// The name, trimmed; empty when missing.
    let nama: String
    /// The optional text fields, `nil` for an absent column or an empty cell.
    let jabatan: String?, eselon: String?, golongan: String?, unitKerja: String?
    /// The yes/no fields, `nil` for an absent column, an empty cell or an unknown word.
    let wajibLHKPN: Bool?, aktif: Bool?
    /// The row's problems, in column order.
    let problems: [EmployeeImportProblem]

    /// The cells of a NIP stored as a number at least this large have lost digits
    /// (a spreadsheet keeps 15 significant digits).
    private static let smallestLossyNumber = 1e15

    init(_ row: PlanSheet.Row, header: EmployeeHeader, currentYear: Int) {
        func text(_ column: EmployeeColumn) -> String? {
            header.indices[column].map(row.text).flatMap { $0.isEmpty ? nil : $0 }
        }
        var problems: [EmployeeImportProblem] = []
        number = row.number

        var nip: NIP?
        if let raw = text(.nip) {
            if Self.isLossyNumber(row, header.indices[.nip]) || Self.looksScientific(raw) {
                problems.append(.nipStoredAsNumber(row: number))
            } else {
                do {
                    nip = try NIP(raw, currentYear: currentYear)
                } catch {
                    problems.append(.invalidNIP(row: number, problem: error))
                }
            }
        } else {
            problems.append(.missingNIP(row: number))
        }
        self.nip = nip

        nama = text(.nama) ?? ""
        if nama.isEmpty { problems.append(.missingName(row: number)) }
        (jabatan, eselon, golongan, unitKerja) = (text(.jabatan), text(.eselon), text(.golongan), text(.unitKerja))

        wajibLHKPN = text(.wajibLHKPN).flatMap(EmployeeFlagVocabulary.wajibLHKPN.read)
        if let raw = text(.wajibLHKPN), wajibLHKPN == nil { problems.append(.unknownWajibLHKPN(row: number, text: raw)) }
        aktif = text(.status).flatMap(EmployeeFlagVocabulary.status.read)
        if let raw = text(.status), aktif == nil { problems.append(.unknownStatus(row: number, text: raw)) }
        self.problems = problems
    }

    /// Whether the cell at `index` is a number too large to hold a NIP's 18 digits exactly.
    private static func isLossyNumber(_ row: PlanSheet.Row, _ index: Int?) -> Bool {
        guard let index, row.cells.indices.contains(index), case .number(let value)? = row.cells[index]?.value else { return false }
        return value >= smallestLossyNumber
    }

    /// Whether `text` is a number in scientific notation, as a spreadsheet writes a long number
    /// into CSV (`1,98001E+17`, `1.98001E+17`).
    private static func looksScientific(_ text: String) -> Bool {
        let parts = text.uppercased().split(separator: "E", omittingEmptySubsequences: false)
        guard parts.count == 2, let mantissa = parts.first, let exponent = parts.last else { return false }
        return !mantissa.isEmpty && mantissa.allSatisfy { $0.isNumber || $0 == "." || $0 == "," }
            && exponent.hasPrefix("+") && exponent.dropFirst().allSatisfy(\.isNumber) && exponent.count > 1
    }
}
