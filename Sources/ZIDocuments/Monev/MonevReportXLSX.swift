import ZICore

/// The monev report as a workbook, for filtering and follow-up in a spreadsheet: sheet
/// `Realisasi` with a row per action and sheet `Tindak Lanjut` with a row per finding, each
/// under a bold header row that stays in view and repeats on printed pages.
///
/// ```swift
/// let data = try XLSXWriter.write(MonevReportXLSX.workbook(report))
/// ```
public enum MonevReportXLSX {
    private typealias Sheet = XLSXReportSheet

    /// The header of sheet `Realisasi`.
    static let realisasiHeader = ["NO", "AREA", "INDIKATOR", "LANGKAH AKSI", "TARGET WAKTU", "PIC", "% REALISASI", "LAPORAN", "STATUS"]
    /// The header of sheet `Tindak Lanjut`.
    static let tindakLanjutHeader = ["NO", "TANGGAL RAPAT", "TEMUAN", "TINDAK LANJUT", "PENANGGUNG JAWAB", "BATAS WAKTU", "STATUS"]

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
                Sheet.number(index + 1), Sheet.text(action.area), Sheet.text(action.indikator), Sheet.text(action.langkahAksi),
                Sheet.optionalText(action.targetWaktu), Sheet.optionalText(action.pic),
                action.realisasiPercent.map { XLSXCell(.number($0 / 100), style: Sheet.percent) },
                Sheet.optionalText(action.laporan), Sheet.text(action.status),
            ])
        }
        return Sheet.sheet("Realisasi", header: realisasiHeader, widths: [5, 22, 40, 45, 18, 20, 12, 40, 14], rows: rows)
    }

    private static func tindakLanjut(_ report: MonevReport) -> XLSXSheet {
        let findings = report.meetings.flatMap { meeting in meeting.findings.map { (meeting.date, $0) } }
        let rows = findings.enumerated().map { index, entry in
            let (date, finding) = entry
            return XLSXRow(cells: [
                Sheet.number(index + 1), Sheet.text(IndonesianDate.format(date)), Sheet.text(finding.text),
                Sheet.text(finding.tindakLanjut),
                Sheet.optionalText(finding.owner), finding.dueDate.map { Sheet.text(IndonesianDate.format($0)) },
                Sheet.text(finding.status),
            ])
        }
        return Sheet.sheet("Tindak Lanjut", header: tindakLanjutHeader, widths: [5, 18, 45, 45, 22, 18, 14], rows: rows)
    }
}
