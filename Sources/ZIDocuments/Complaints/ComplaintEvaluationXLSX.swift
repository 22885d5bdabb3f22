import ZICore

/// The complaint evaluation as a spreadsheet: sheet `Evaluasi`, under the title, unit and
/// period, a row per figure — received; by channel, kind, service and status with their share
/// of the group's total; finished on time and late with their share of those finished; average
/// and longest working days; overdue open complaints; the three LKE inputs. Every figure is a
/// number cell, shares are percentages.
///
/// ```swift
/// let data = try XLSXWriter.write(ComplaintEvaluationXLSX.workbook(evaluation))
/// ```
public enum ComplaintEvaluationXLSX {
    private typealias Sheet = XLSXReportSheet
    private typealias Label = ComplaintEvaluation.TimelinessLabel

    /// The header of sheet `Evaluasi`, below the three title rows and an empty row.
    static let header = ["BAGIAN", "URAIAN", "JUMLAH", "PERSENTASE"]

    /// A workbook holding only the evaluation sheet.
    public static func workbook(_ evaluation: ComplaintEvaluation, names: LabelNames) -> XLSXWorkbook {
        XLSXWorkbook(
            sheets: [sheet(evaluation, names: names)],
            title: "Evaluasi Penanganan Pengaduan \(evaluation.unitName) \(evaluation.periodLabel)", creator: "SIZI"
        )
    }

    /// Sheet `Evaluasi`; to combine with other sheets, such as ``ComplaintRegisterXLSX/sheet(_:names:)``.
    public static func sheet(_ evaluation: ComplaintEvaluation, names: LabelNames) -> XLSXSheet {
        let titleRows = [
            XLSXRow(cells: [XLSXCell(.text("EVALUASI PENANGANAN PENGADUAN MASYARAKAT"), style: Sheet.header)]),
            XLSXRow(cells: [XLSXCell(.text(evaluation.unitName))]),
            XLSXRow(cells: [XLSXCell(.text("Periode \(evaluation.periodText)"))]),
            XLSXRow(),
        ]
        let received = [row("Ringkasan", "Pengaduan diterima", Sheet.number(evaluation.received))]
        let breakdowns = evaluation.breakdowns(names).flatMap { group in
            let total = group.counts.map(\.count).reduce(0, +)
            return group.counts.map { row(group.title, $0.label, Sheet.number($0.count), Sheet.share($0.count, of: total)) }
        }
        let timeliness = evaluation.timeliness
        let finishing = [
            row(
                "Verifikasi", Label.verifiedOnTime, Sheet.number(timeliness.verifiedOnTime),
                Sheet.share(timeliness.verifiedOnTime, of: timeliness.verified)),
            row(
                "Verifikasi", Label.verifiedLate, Sheet.number(timeliness.verifiedLate),
                Sheet.share(timeliness.verifiedLate, of: timeliness.verified)),
            row(
                "Penyelesaian", Label.onTime, Sheet.number(timeliness.finishedOnTime),
                Sheet.share(timeliness.finishedOnTime, of: timeliness.finished)),
            row(
                "Penyelesaian", Label.late, Sheet.number(timeliness.finishedLate),
                Sheet.share(timeliness.finishedLate, of: timeliness.finished)),
            row("Penyelesaian", Label.average, timeliness.averageWorkingDays.map { XLSXCell(.number($0), style: Sheet.twoDecimals) }),
            row("Penyelesaian", Label.maximum, timeliness.maximumWorkingDays.map(Sheet.number)),
            row("Penyelesaian", Label.overdue, Sheet.number(timeliness.overdueOpen)),
        ]
        let lke = evaluation.lkeCounts.map { row("Masukan LKE", $0.label, Sheet.number($0.count)) }
        return Sheet.sheet(
            "Evaluasi", titleRows: titleRows, header: header, widths: [16, 55, 10, 13],
            rows: received + breakdowns + finishing + lke)
    }

    private static func row(_ part: String, _ label: String, _ value: XLSXCell?, _ share: XLSXCell? = nil) -> XLSXRow {
        XLSXRow(cells: [Sheet.text(part), Sheet.text(label), value, share])
    }
}
