import ZICore

/// The structure of a complaint evaluation's DOCX, A4 portrait: the title, unit, period and
/// date; A. Ringkasan; B. Rincian Pengaduan (by channel, kind, service and status);
/// C. Waktu Penyelesaian; D. Masukan LKE; E. Penutup. A period without complaints says so
/// instead of showing empty tables.
struct ComplaintEvaluationLayout {
    private typealias Label = ComplaintEvaluation.TimelinessLabel

    let evaluation: ComplaintEvaluation
    /// The names of channels, kinds and statuses (Indonesian in an official document).
    let names: LabelNames

    var outline: DocumentOutline {
        DocumentOutline(
            title: "Evaluasi Penanganan Pengaduan Masyarakat \(evaluation.unitName) \(evaluation.periodLabel)",
            sections: [
                DocumentSection(
                    orientation: .portrait,
                    chapters: [
                        DocumentChapter(blocks: opening + ringkasan + rincian + penyelesaian + masukanLKE + penutup)
                    ])
            ]
        )
    }

    private var opening: [DocumentBlock] {
        [
            .title("EVALUASI PENANGANAN\nPENGADUAN MASYARAKAT"),
            .paragraph(DocumentParagraph(text: evaluation.unitName.uppercased(), alignment: .center, isBold: true)),
            .paragraph(DocumentParagraph(text: "Periode \(evaluation.periodText)", alignment: .center)),
            .paragraph(DocumentParagraph(text: "Tanggal evaluasi: \(IndonesianDate.format(evaluation.generatedOn))", alignment: .center)),
        ]
    }

    private var ringkasan: [DocumentBlock] {
        let timeliness = evaluation.timeliness
        var text =
            evaluation.received == 0
            ? "Tidak ada pengaduan yang diterima pada periode ini."
            : "Pada periode \(evaluation.periodLabel), \(evaluation.unitName) menerima \(evaluation.received) pengaduan masyarakat. "
                + "Sebanyak \(timeliness.finished) pengaduan telah selesai, \(timeliness.finishedOnTime) di antaranya tepat waktu "
                + "(\(IndonesianNumber.share(timeliness.finishedOnTime, of: timeliness.finished)))."
        if timeliness.overdueOpen > 0 {
            text += " Sebanyak \(timeliness.overdueOpen) pengaduan belum selesai dan telah melewati batas waktu."
        }
        return [.heading("A. Ringkasan", level: 2), .paragraph(DocumentParagraph(text: text))]
    }

    private var rincian: [DocumentBlock] {
        let heading = DocumentBlock.heading("B. Rincian Pengaduan", level: 2)
        guard evaluation.received > 0 else {
            return [
                heading,
                .paragraph(
                    DocumentParagraph(
                        text: "Tidak ada rincian menurut kanal, jenis, layanan, dan status "
                            + "karena tidak ada pengaduan yang diterima.")),
            ]
        }
        return [heading]
            + evaluation.breakdowns(names).enumerated().flatMap { index, group -> [DocumentBlock] in
                let title = DocumentBlock.heading("\(index + 1). Menurut \(group.title)", level: 3)
                guard !group.counts.isEmpty else {
                    return [
                        title, .paragraph(DocumentParagraph(text: "Belum ada pengaduan yang dicatat menurut \(group.title.lowercased()).")),
                    ]
                }
                return [title, .table(.counts(group.counts, labelTitle: group.title.uppercased(), kind: "rincian-pengaduan"))]
            }
    }

    private var penyelesaian: [DocumentBlock] {
        let timeliness = evaluation.timeliness
        let days = { (value: Double?) in value.map { DecimalText.format($0, decimals: 2, trimmingZeros: true) } ?? MissingValue.dash }
        let rows = [
            (
                Label.verifiedOnTime, "\(timeliness.verifiedOnTime)",
                IndonesianNumber.share(timeliness.verifiedOnTime, of: timeliness.verified)
            ),
            (Label.verifiedLate, "\(timeliness.verifiedLate)", IndonesianNumber.share(timeliness.verifiedLate, of: timeliness.verified)),
            (Label.onTime, "\(timeliness.finishedOnTime)", IndonesianNumber.share(timeliness.finishedOnTime, of: timeliness.finished)),
            (Label.late, "\(timeliness.finishedLate)", IndonesianNumber.share(timeliness.finishedLate, of: timeliness.finished)),
            (Label.average, days(timeliness.averageWorkingDays), MissingValue.dash),
            (Label.maximum, days(timeliness.maximumWorkingDays.map(Double.init)), MissingValue.dash),
            (Label.overdue, "\(timeliness.overdueOpen)", MissingValue.dash),
        ]
        let columns = [
            DocumentTable.Column(title: "URAIAN", key: "uraian", weight: 60),
            DocumentTable.Column(title: "NILAI", key: "nilai", weight: 20, isCentered: true),
            DocumentTable.Column(title: "PERSENTASE", key: "persentase", weight: 20, isCentered: true),
        ]
        return [
            .heading("C. Waktu Penyelesaian", level: 2),
            .paragraph(
                DocumentParagraph(
                    text: "Persentase verifikasi dihitung dari pengaduan yang telah melewati verifikasi; persentase penyelesaian "
                        + "dari pengaduan yang telah selesai pada periode ini. Tepat waktu berarti dalam batas unit: verifikasi dan "
                        + "penerusan sejak diterima, tindak lanjut sejak diteruskan (SP4N-LAPOR!).")),
            .table(
                DocumentTable(
                    kind: "penyelesaian", columns: columns,
                    rows: rows.map { label, value, share in
                        .cells([DocumentTable.Cell(label), DocumentTable.Cell(value), DocumentTable.Cell(share)])
                    })),
        ]
    }

    private var masukanLKE: [DocumentBlock] {
        let columns = [
            DocumentTable.Column(title: "URAIAN", key: "uraian", weight: 80),
            DocumentTable.Column(title: "JUMLAH", key: "jumlah", weight: 20, isCentered: true),
        ]
        return [
            .heading("D. Masukan LKE", level: 2),
            .paragraph(
                DocumentParagraph(
                    text: "Angka berikut menjadi masukan pertanyaan LKE “Persentase penanganan pengaduan masyarakat” "
                        + "(PermenPANRB 90/2021).")),
            .table(
                DocumentTable(
                    kind: "masukan-lke", columns: columns,
                    rows: evaluation.lkeCounts.map { entry in
                        .cells([DocumentTable.Cell(entry.label), DocumentTable.Cell("\(entry.count)")])
                    })),
        ]
    }

    private var penutup: [DocumentBlock] {
        [
            .heading("E. Penutup", level: 2),
            .paragraph(
                DocumentParagraph(
                    text: "Demikian evaluasi penanganan pengaduan masyarakat \(evaluation.unitName) periode "
                        + "\(evaluation.periodLabel) ini disusun sebagai bahan perbaikan pengelolaan pengaduan pada periode berikutnya.")),
        ]
    }
}
