import ZICore

/// The monev report as a workbook, for filtering and follow-up in a spreadsheet: sheet
/// `Realisasi` with a row per action and sheet `Tindak Lanjut` with a row per finding, each
/// under a bold header row that stays in view and repeats on printed pages.
///
/// ```swift
/// let data = try XLSXWriter.write(MonevReportXLSX.workbook(report))
/// ```
public enum MonevReportXLSX {
    /// The header of sheet `Realisasi`.
    static let realisasiHeader = ["NO", "AREA", "INDIKATOR", "LANGKAH AKSI", "TARGET WAKTU", "PIC", "% REALISASI", "LAPORAN", "STATUS"]
    /// The header of sheet `Tindak Lanjut`.
    static let tindakLanjutHeader = ["NO", "TANGGAL RAPAT", "TEMUAN", "TINDAK LANJUT", "PENANGGUNG JAWAB", "BATAS WAKTU", "STATUS"]

    private static let header = XLSXStyle(isBold: true, wrapsText: true)
    private static let wrapped = XLSXStyle(wrapsText: true)
    private static let percent = XLSXStyle(numberFormat: .percentTwoDecimals)

    /// The workbook of `report`; realisasi is stored as a percentage (75 % as 0.75).
    public static func workbook(_ report: MonevReport) -> XLSXWorkbook {
        XLSXWorkbook(
            sheets: [realisasi(report), tindakLanjut(report)],
            title: "Laporan Monev Zona Integritas \(report.unitName) \(report.periodLabel)", creator: "SIZI"
        )
    }

    private static func realisasi(_ report: MonevReport) -> XLSXSheet {
        let rows = report.actions.enumerated().map { index, action in
            XLSXRow(cells: [
                XLSXCell(.number(Double(index + 1))), text(action.area), text(action.indikator), text(action.langkahAksi),
                optionalText(action.targetWaktu), optionalText(action.pic),
                action.realisasiPercent.map { XLSXCell(.number($0 / 100), style: percent) },
                optionalText(action.laporan), text(action.status),
            ])
        }
        return sheet("Realisasi", header: realisasiHeader, widths: [5, 22, 40, 45, 18, 20, 12, 40, 14], rows: rows)
    }

    private static func tindakLanjut(_ report: MonevReport) -> XLSXSheet {
        let findings = report.meetings.flatMap { meeting in meeting.findings.map { (meeting.date, $0) } }
        let rows = findings.enumerated().map { index, entry in
            let (date, finding) = entry
            return XLSXRow(cells: [
                XLSXCell(.number(Double(index + 1))), text(IndonesianDate.format(date)), text(finding.text), text(finding.tindakLanjut),
                optionalText(finding.owner), finding.dueDate.map { text(IndonesianDate.format($0)) }, text(finding.status),
            ])
        }
        return sheet("Tindak Lanjut", header: tindakLanjutHeader, widths: [5, 18, 45, 45, 22, 18, 14], rows: rows)
    }

    private static func sheet(_ name: String, header: [String], widths: [Double], rows: [XLSXRow]) -> XLSXSheet {
        XLSXSheet(
            name: name, columns: widths.map { XLSXColumn(width: $0) },
            rows: [XLSXRow(cells: header.map { XLSXCell(.text($0), style: Self.header) })] + rows,
            frozenRows: 1, printSetup: XLSXPrintSetup(isLandscape: true, fitsToPageWidth: true, repeatedRows: 1...1)
        )
    }

    private static func text(_ value: String) -> XLSXCell {
        XLSXCell(.text(value), style: wrapped)
    }

    private static func optionalText(_ value: String?) -> XLSXCell? {
        value.map(text)
    }
}
