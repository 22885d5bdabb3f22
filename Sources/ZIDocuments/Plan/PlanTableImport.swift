import Foundation

/// Imports the action table of a "Dokumen Rencana Kerja Pembangunan Zona Integritas" from a CSV
/// file or an XLSX workbook.
///
/// The table has a header row among its first ``headerSearchRows`` non-empty rows naming at
/// least the ``PlanColumn/required`` columns (see ``PlanColumn`` for the names understood).
/// Below it, each row is an action (``PlanImportRow``), a heading (``PlanImportHeading``), the
/// header again, or is left out with a ``PlanImportProblem`` saying why; entirely empty rows are
/// only counted. Empty area, komponen and indikator cells take their value from the rows above,
/// as merged cells would show them.
///
/// ```swift
/// let result = try PlanTableImport.parse(csv: data)
/// for row in result.rows { print(row.area, row.indikator, row.langkahAksi) }
/// for problem in result.problems { print(problem) }   // "baris 12 (Langkah Aksi): …"
/// ```
public enum PlanTableImport {
    /// The most characters a cell may hold; a longer one leaves its row out.
    public static let maxCellLength = 2000
    /// How many non-empty rows at the top of a sheet are searched for the header row.
    public static let headerSearchRows = 15

    /// Imports a CSV file: UTF-8 with or without a byte-order mark, separated by `,`, `;` or tabs
    /// (detected), quoted cells holding separators and line breaks allowed.
    /// Row numbers are record numbers.
    public static func parse(csv: Data) throws(PlanImportError) -> PlanImportResult {
        try parse(TableFile.sheets(csv: csv, as: PlanImportError.self))
    }

    /// Imports the first sheet of an XLSX workbook that has a header row. Row numbers are the
    /// sheet's; a cell formatted as a percentage gives its realisasi in percent.
    public static func parse(xlsx: Data) throws(PlanImportError) -> PlanImportResult {
        try parse(TableFile.sheets(xlsx: xlsx, as: PlanImportError.self))
    }

    /// The table of the first sheet with a complete header row.
    private static func parse(_ sheets: [PlanSheet]) throws(PlanImportError) -> PlanImportResult {
        var closest: (sheet: PlanSheet, layout: PlanHeaderLayout, index: Int)?
        for sheet in sheets {
            guard let found = PlanHeaderLayout.find(in: sheet) else { continue }
            if found.isComplete {
                var interpreter = PlanTableInterpreter(sheet: sheet, layout: found.layout, headerIndex: found.index)
                return interpreter.run()
            }
            if found.layout.columns.count > closest?.layout.columns.count ?? 0 { closest = (sheet, found.layout, found.index) }
        }
        throw .missingColumns(
            missing: PlanColumn.required.filter { !(closest?.layout.columns.contains($0) ?? false) },
            found: closest?.layout.columns ?? [], row: closest.map { $0.sheet.rows[$0.index].number }, sheet: closest?.sheet.name
        )
    }
}
