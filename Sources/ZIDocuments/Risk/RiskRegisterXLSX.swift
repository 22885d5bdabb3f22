import ZICore

/// The risk register as a spreadsheet: sheet `Register Risiko` with a row per risk under a bold
/// header row that stays in view and repeats on printed pages; ratings and scores are numbers,
/// levels are read from the matrix; text is never a formula.
///
/// ```swift
/// let data = try XLSXWriter.write(RiskRegisterXLSX.workbook(rows, matrix: matrix, title: "Register Risiko Balai Contoh 2026"))
/// ```
public enum RiskRegisterXLSX {
    private typealias Sheet = XLSXReportSheet

    /// The header of sheet `Register Risiko`.
    static let header = [
        "NO", "SASARAN", "RISIKO", "PENYEBAB", "DAMPAK YANG DITIMBULKAN", "KEMUNGKINAN", "DAMPAK", "SKOR", "LEVEL RISIKO",
        "PENGENDALIAN YANG ADA", "RENCANA TINDAK PENGENDALIAN", "KEMUNGKINAN RESIDUAL", "DAMPAK RESIDUAL", "SKOR RESIDUAL",
        "LEVEL RISIKO RESIDUAL",
    ]

    /// A workbook holding the register sheet; `title` goes into the file's properties.
    public static func workbook(_ rows: [RiskExportRow], matrix: RiskMatrix, title: String) -> XLSXWorkbook {
        XLSXWorkbook(sheets: [sheet(rows, matrix: matrix)], title: title, creator: "SIZI")
    }

    /// Sheet `Register Risiko` of `rows`, in the order given.
    public static func sheet(_ rows: [RiskExportRow], matrix: RiskMatrix) -> XLSXSheet {
        let body = rows.enumerated().map { index, row in
            let risk: [XLSXCell?] = [
                Sheet.number(index + 1), Sheet.text(row.objective), Sheet.text(row.statement), Sheet.text(row.cause),
                Sheet.text(row.effect),
            ]
            let controls: [XLSXCell?] = [
                Sheet.optionalText(row.existingControls),
                Sheet.optionalText(row.controlActions.isEmpty ? nil : row.controlActions.joined(separator: "\n")),
            ]
            let residual = row.residual.map { rating($0, matrix: matrix) } ?? [nil, nil, nil, nil]
            return XLSXRow(cells: risk + rating(row.inherent, matrix: matrix) + controls + residual)
        }
        return Sheet.sheet(
            "Register Risiko", header: header, widths: [5, 30, 34, 28, 28, 12, 10, 8, 14, 30, 40, 12, 10, 8, 14], rows: body)
    }

    /// Likelihood, impact, score and level of `cell`.
    private static func rating(_ cell: RiskCell, matrix: RiskMatrix) -> [XLSXCell?] {
        [
            Sheet.number(cell.likelihood), Sheet.number(cell.impact), matrix.score(cell).map(Sheet.number),
            matrix.level(cell).map { Sheet.text($0.label) },
        ]
    }
}
