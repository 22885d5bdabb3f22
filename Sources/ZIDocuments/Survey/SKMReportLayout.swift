import ZICore

/// The structure of an SKM report's DOCX:
///
/// - portrait: the title, unit, period and date; A. Ringkasan Hasil (the result of every
///   service and of all services together, then their respondents against the Krejcie–Morgan
///   minimum sample); B. Nilai per Unsur Pelayanan; C. Profil Responden;
/// - landscape: D. Rencana Tindak Lanjut; E. Penutup.
///
/// A part without data says so in a sentence instead of an empty table.
struct SKMReportLayout {
    let report: SKMReport
    /// The names of the grades (Indonesian in an official document).
    let names: LabelNames

    var outline: DocumentOutline {
        DocumentOutline(
            title: "Laporan Hasil Survei Kepuasan Masyarakat \(report.unitName) \(report.periodLabel)",
            sections: [
                DocumentSection(orientation: .portrait, chapters: [DocumentChapter(blocks: opening + ringkasan + unsur + profil)]),
                DocumentSection(orientation: .landscape, chapters: [DocumentChapter(blocks: tindakLanjut + penutup)]),
            ]
        )
    }

    private var opening: [DocumentBlock] {
        [
            .title("LAPORAN HASIL\nSURVEI KEPUASAN MASYARAKAT"),
            .paragraph(DocumentParagraph(text: report.unitName.uppercased(), alignment: .center, isBold: true)),
            .paragraph(DocumentParagraph(text: "Periode \(report.periodLabel)", alignment: .center)),
            .paragraph(DocumentParagraph(text: "Tanggal laporan: \(IndonesianDate.format(report.generatedOn))", alignment: .center)),
        ]
    }

    private var ringkasan: [DocumentBlock] {
        let heading = DocumentBlock.heading("A. Ringkasan Hasil", level: 2)
        guard let overall = report.overall else {
            return [heading, .paragraph(DocumentParagraph(text: "Belum ada responden Survei Kepuasan Masyarakat pada periode ini."))]
        }
        let opening =
            "Survei Kepuasan Masyarakat \(report.unitName) periode \(report.periodLabel) mencakup "
            + "\(report.services.count) jenis layanan. \(overall.summary(names: names))"
        return [
            heading, .paragraph(DocumentParagraph(text: opening)), .table(resultTable(overall)),
            .paragraph(DocumentParagraph(text: "Kecukupan jumlah responden dibandingkan sampel minimal menurut tabel Krejcie dan Morgan:")),
            .table(sampleTable),
        ]
    }

    private func resultTable(_ overall: SKMResult) -> DocumentTable {
        let columns = [
            DocumentTable.Column(title: "NO", key: "no", weight: 6, isCentered: true),
            DocumentTable.Column(title: "JENIS LAYANAN", key: "layanan", weight: 28),
            DocumentTable.Column(title: "RESPONDEN", key: "responden", weight: 17, isCentered: true),
            DocumentTable.Column(title: "IKM", key: "ikm", weight: 12, isCentered: true),
            DocumentTable.Column(title: "NILAI KONVERSI", key: "konversi", weight: 17, isCentered: true),
            DocumentTable.Column(title: "MUTU PELAYANAN", key: "mutu", weight: 20, isCentered: true),
        ]
        let rows = serviceRows { service in service.result } + [("", SKMReportText.allServices, overall)]
        return DocumentTable(
            kind: "hasil-skm", columns: columns,
            rows: rows.map { number, name, result in
                .cells([
                    DocumentTable.Cell(number), DocumentTable.Cell(name), DocumentTable.Cell("\(result?.respondents ?? 0)"),
                    DocumentTable.Cell(result.map { SKMReportText.ikm($0.ikm) } ?? MissingValue.dash),
                    DocumentTable.Cell(result.map(SKMReportText.converted) ?? MissingValue.dash),
                    DocumentTable.Cell(result.map { SKMReportText.grade($0, names: names) } ?? MissingValue.dash),
                ])
            })
    }

    private var sampleTable: DocumentTable {
        let columns = [
            DocumentTable.Column(title: "NO", key: "no", weight: 6, isCentered: true),
            DocumentTable.Column(title: "JENIS LAYANAN", key: "layanan", weight: 25),
            DocumentTable.Column(title: "POPULASI", key: "populasi", weight: 15, isCentered: true),
            DocumentTable.Column(title: "SAMPEL MINIMAL", key: "sampel", weight: 15, isCentered: true),
            DocumentTable.Column(title: "RESPONDEN", key: "responden", weight: 17, isCentered: true),
            DocumentTable.Column(title: "KETERANGAN", key: "keterangan", weight: 22, isCentered: true),
        ]
        let total = SKMReport.Service(name: SKMReportText.allServices, result: report.overall, population: report.totalPopulation)
        let rows = serviceRows { $0 } + [("", total.name, total)]
        return DocumentTable(
            kind: "sampel-skm", columns: columns,
            rows: rows.map { number, name, service in
                let count = { (value: Int?) in value.map { "\($0)" } ?? MissingValue.dash }
                let verdict =
                    service.minimumSample == nil ? MissingValue.dash : service.isBelowMinimumSample ? "Belum memenuhi" : "Memenuhi"
                return .cells([
                    DocumentTable.Cell(number), DocumentTable.Cell(name), DocumentTable.Cell(count(service.population)),
                    DocumentTable.Cell(count(service.minimumSample)), DocumentTable.Cell("\(service.respondents)"),
                    DocumentTable.Cell(verdict),
                ])
            })
    }

    /// Per service, its number, name and `value`.
    private func serviceRows<Value>(_ value: (SKMReport.Service) -> Value) -> [(String, String, Value)] {
        report.services.enumerated().map { index, service in ("\(index + 1)", service.name, value(service)) }
    }

    private var penutup: [DocumentBlock] {
        [
            .heading("E. Penutup", level: 2),
            .paragraph(
                DocumentParagraph(
                    text: "Demikian laporan hasil Survei Kepuasan Masyarakat \(report.unitName) periode \(report.periodLabel) "
                        + "ini disusun untuk dipublikasikan kepada masyarakat dan menjadi dasar perbaikan kualitas pelayanan, dimulai dari unsur "
                        + "dengan nilai terendah.")),
        ]
    }
}
