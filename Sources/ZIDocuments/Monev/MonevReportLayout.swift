import ZICore

/// The structure of a monev report's DOCX:
///
/// - portrait: the title, unit and period; A. Ringkasan;
/// - landscape: B. Realisasi Rencana Aksi, one group row per run of actions of an area, the
///   indikator spanning its consecutive actions;
/// - portrait: C. Rapat Monitoring dan Evaluasi (per meeting: date, whether the head attended,
///   attendees, minutes and the findings table); D. Penutup.
struct MonevReportLayout {
    let report: MonevReport

    var outline: DocumentOutline {
        DocumentOutline(
            title: "Laporan Monitoring dan Evaluasi Pembangunan Zona Integritas \(report.unitName) \(report.periodLabel)",
            sections: [
                DocumentSection(orientation: .portrait, chapters: [DocumentChapter(blocks: opening + ringkasan)]),
                DocumentSection(orientation: .landscape, chapters: [DocumentChapter(blocks: realisasi)]),
                DocumentSection(orientation: .portrait, chapters: [DocumentChapter(blocks: rapat + penutup)]),
            ]
        )
    }

    private var period: String {
        PeriodText.withDates(report.periodLabel, from: report.periodStart, to: report.periodEnd)
    }

    private var opening: [DocumentBlock] {
        [
            .title("LAPORAN MONITORING DAN EVALUASI\nPEMBANGUNAN ZONA INTEGRITAS"),
            .paragraph(DocumentParagraph(text: report.unitName.uppercased(), alignment: .center, isBold: true)),
            .paragraph(DocumentParagraph(text: "Periode \(period)", alignment: .center)),
        ]
    }

    private var ringkasan: [DocumentBlock] {
        let summary = report.summary
        let columns = [
            DocumentTable.Column(title: "URAIAN", key: "uraian", weight: 60),
            DocumentTable.Column(title: "JUMLAH", key: "jumlah", weight: 20, isCentered: true),
            DocumentTable.Column(title: "PERSENTASE", key: "persentase", weight: 20, isCentered: true),
        ]
        let rows: [(String, Int, String)] = [
            ("Rencana aksi yang jatuh tempo pada periode ini", summary.actionsDue, "100%"),
            ("Rencana aksi yang telah selesai", summary.actionsDone, IndonesianNumber.share(summary.actionsDone, of: summary.actionsDue)),
            ("Tindak lanjut hasil monitoring dan evaluasi", summary.followUpsTotal, "100%"),
            (
                "Tindak lanjut yang telah selesai", summary.followUpsDone,
                IndonesianNumber.share(summary.followUpsDone, of: summary.followUpsTotal)
            ),
        ]
        let text =
            "Pada periode \(report.periodLabel), \(summary.actionsDone) dari \(summary.actionsDue) rencana aksi yang jatuh tempo telah selesai "
            + "(\(IndonesianNumber.share(summary.actionsDone, of: summary.actionsDue))), dan \(summary.followUpsDone) dari \(summary.followUpsTotal) "
            + "tindak lanjut hasil monitoring dan evaluasi telah selesai (\(IndonesianNumber.share(summary.followUpsDone, of: summary.followUpsTotal)))."
        return [
            .heading("A. Ringkasan", level: 2),
            .paragraph(DocumentParagraph(text: text)),
            .table(
                DocumentTable(
                    kind: "ringkasan", columns: columns,
                    rows: rows.map { label, count, share in
                        .cells([DocumentTable.Cell(label), DocumentTable.Cell("\(count)"), DocumentTable.Cell(share)])
                    })),
        ]
    }

    private var penutup: [DocumentBlock] {
        [
            .heading("D. Penutup", level: 2),
            .paragraph(
                DocumentParagraph(
                    text: "Demikian laporan monitoring dan evaluasi pembangunan Zona Integritas \(report.unitName) periode "
                        + "\(report.periodLabel) ini disusun sebagai bahan evaluasi pimpinan dan dasar tindak lanjut pada periode berikutnya."
                )),
        ]
    }
}
