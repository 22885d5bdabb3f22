import Foundation
import ZICore

/// Reads an employee list as SIMPEG or SIASN export it (CSV or XLSX) into a dry-run
/// ``EmployeeImportPreview``: which employees would be created or updated, keyed by NIP, and
/// every problem with its row and column.
///
/// The header row is found among the first ``headerSearchRows`` non-empty rows (of the first
/// sheet that has one) and must name NIP and Nama (see ``EmployeeColumn`` for every header
/// understood). Each non-empty row below it is one employee. A row is left out, with a problem
/// for each fault, when its NIP is missing, invalid or stored as a number, when its NIP appears
/// on another row too (every such row is left out: which one is right is for the user to say),
/// when its name is missing, or when its Wajib LHKPN or Status is a word not understood. The
/// other rows are imported: as an update when their NIP is among `existingNIPs`, otherwise as a
/// new employee.
///
/// ```swift
/// let preview = try EmployeeImport.preview(xlsx: data, existingNIPs: unitNIPs, currentYear: 2026)
/// print(preview.summary.text)   // "12 baris dibaca: 8 pegawai baru, 2 diperbarui, 2 baris tidak diimpor."
/// for problem in preview.problems { print(problem) }   // "baris 7 (NIP): NIP harus 18 digit angka (tertulis 17 digit)."
/// ```
public enum EmployeeImport {
    /// How many non-empty rows at the top of a sheet are searched for the header row.
    public static let headerSearchRows = 15

    /// The preview of a CSV list: UTF-8 with or without a byte-order mark, separated by `,`, `;` or
    /// tabs. `existingNIPs` are the 18 digits (``NIP/digits``) of the unit's employees;
    /// `currentYear` bounds the TMT CPNS year of a NIP.
    public static func preview(csv: Data, existingNIPs: Set<String>, currentYear: Int) throws(EmployeeImportError) -> EmployeeImportPreview
    {
        try preview(TableFile.sheets(csv: csv, as: EmployeeImportError.self), existingNIPs: existingNIPs, currentYear: currentYear)
    }

    /// The preview of the first sheet of an XLSX workbook that has a header row.
    public static func preview(xlsx: Data, existingNIPs: Set<String>, currentYear: Int) throws(EmployeeImportError) -> EmployeeImportPreview
    {
        try preview(TableFile.sheets(xlsx: xlsx, as: EmployeeImportError.self), existingNIPs: existingNIPs, currentYear: currentYear)
    }

    private static func preview(_ sheets: [PlanSheet], existingNIPs: Set<String>, currentYear: Int) throws(EmployeeImportError)
        -> EmployeeImportPreview
    {
        var closest: EmployeeHeader?
        for sheet in sheets {
            guard let (header, index) = EmployeeHeader.find(in: sheet) else { continue }
            if header.isComplete {
                return preview(sheet, header: header, headerIndex: index, existingNIPs: existingNIPs, currentYear: currentYear)
            }
            if header.indices.count > closest?.indices.count ?? 0 { closest = header }
        }
        throw .missingColumns(missing: EmployeeColumn.required.filter { closest?.indices[$0] == nil })
    }

    /// The rows below the header of `sheet`, read and checked.
    private static func preview(
        _ sheet: PlanSheet, header: EmployeeHeader, headerIndex: Int, existingNIPs: Set<String>, currentYear: Int
    ) -> EmployeeImportPreview {
        let below = sheet.rows.dropFirst(headerIndex + 1)
        let readings = below.filter { !$0.isEmpty }.map { EmployeeRowReading($0, header: header, currentYear: currentYear) }
        let rowsByNIP = Dictionary(grouping: readings.filter { $0.nip != nil }) { $0.nip?.digits ?? "" }.mapValues { $0.map(\.number) }

        var rows: [EmployeeImportPreview.Row] = []
        var problems: [EmployeeImportProblem] = []
        var rejected = 0
        for reading in readings {
            var rowProblems = reading.problems
            if let nip = reading.nip, let sameNIP = rowsByNIP[nip.digits], sameNIP.count > 1 {
                rowProblems.insert(.duplicateNIP(row: reading.number, nip: nip, otherRows: sameNIP.filter { $0 != reading.number }), at: 0)
            }
            guard rowProblems.isEmpty, let nip = reading.nip else {
                problems += rowProblems
                rejected += 1
                continue
            }
            rows.append(
                EmployeeImportPreview.Row(
                    sourceRow: reading.number, action: existingNIPs.contains(nip.digits) ? .update : .create, nip: nip, nama: reading.nama,
                    jabatan: reading.jabatan, eselon: reading.eselon, golongan: reading.golongan, unitKerja: reading.unitKerja,
                    wajibLHKPN: reading.wajibLHKPN, aktif: reading.aktif))
        }
        let summary = EmployeeImportPreview.Summary(
            rowsRead: readings.count, toCreate: rows.filter { $0.action == .create }.count,
            toUpdate: rows.filter { $0.action == .update }.count,
            rejected: rejected, skippedEmptyRows: below.count - readings.count)
        return EmployeeImportPreview(
            rows: rows, problems: problems, summary: summary, headerRow: sheet.rows[headerIndex].number,
            sheetName: sheet.name, ignoredColumns: header.ignored)
    }
}
