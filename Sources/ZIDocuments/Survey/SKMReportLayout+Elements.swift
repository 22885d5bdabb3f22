import ZICore

/// Part B of the SKM report: the NRR of every element, for all services and, when there are
/// several, per service; the lowest elements marked.
extension SKMReportLayout {
    var unsur: [DocumentBlock] {
        let heading = DocumentBlock.heading("B. Nilai per Unsur Pelayanan", level: 2)
        guard let overall = report.overall else {
            return [heading, .paragraph(DocumentParagraph(text: "Belum ada nilai unsur pelayanan karena belum ada responden."))]
        }
        let lowest = overall.lowestElements.map { "\(SKMReportText.element($0)) (NRR \(SKMReportText.nrr(overall.nrr[$0] ?? 0)))" }
        var blocks: [DocumentBlock] = [
            heading,
            .paragraph(
                DocumentParagraph(
                    text: "Unsur dengan nilai terendah, yang ditindaklanjuti lebih dahulu: \(lowest.joined(separator: ", ")).")),
            .heading(SKMReportText.allServices, level: 3),
            .table(elementTable(overall)),
        ]
        guard report.services.count > 1 else { return blocks }
        for (index, service) in report.services.enumerated() {
            blocks.append(.heading("\(index + 1). \(service.name)", level: 3))
            blocks.append(
                service.result.map { .table(elementTable($0)) }
                    ?? .paragraph(DocumentParagraph(text: "Belum ada responden untuk layanan ini.")))
        }
        return blocks
    }

    private func elementTable(_ result: SKMResult) -> DocumentTable {
        let columns = [
            DocumentTable.Column(title: "KODE", key: "kode", weight: 9, isCentered: true),
            DocumentTable.Column(title: "UNSUR PELAYANAN", key: "unsur", weight: 38),
            DocumentTable.Column(title: "NRR", key: "nrr", weight: 12, isCentered: true),
            DocumentTable.Column(title: "NRR TERTIMBANG", key: "nrr-tertimbang", weight: 20, isCentered: true),
            DocumentTable.Column(title: "KETERANGAN", key: "keterangan", weight: 21, isCentered: true),
        ]
        let rows = SKMElement.allCases.map { element in
            DocumentTable.Row.cells([
                DocumentTable.Cell(element.code), DocumentTable.Cell(element.name),
                DocumentTable.Cell(SKMReportText.nrr(result.nrr[element] ?? 0)),
                DocumentTable.Cell(SKMReportText.ikm(result.weightedNRR[element] ?? 0)),
                DocumentTable.Cell(result.lowestElements.contains(element) ? "Terendah" : ""),
            ])
        }
        let total = DocumentTable.Row.cells([
            DocumentTable.Cell(""), DocumentTable.Cell("IKM (jumlah NRR tertimbang)"), DocumentTable.Cell(""),
            DocumentTable.Cell(SKMReportText.ikm(result.ikm)), DocumentTable.Cell("Konversi \(SKMReportText.converted(result))"),
        ])
        return DocumentTable(kind: "unsur-skm", columns: columns, rows: rows + [total])
    }
}
