/// Part D of the SKM report: the follow-up plan, and the lowest elements it leaves out.
extension SKMReportLayout {
    var tindakLanjut: [DocumentBlock] {
        var blocks: [DocumentBlock] = [.heading("D. Rencana Tindak Lanjut", level: 2)]
        if report.followUps.isEmpty {
            blocks.append(.paragraph(DocumentParagraph(text: "Belum ada rencana tindak lanjut hasil survei pada periode ini.")))
        } else {
            blocks.append(.table(followUpTable))
        }
        let missing = report.lowestElementsWithoutFollowUp.map(SKMReportText.element)
        if !missing.isEmpty {
            blocks.append(
                .paragraph(
                    DocumentParagraph(
                        text: "Unsur dengan nilai terendah yang belum memiliki rencana tindak lanjut: "
                            + "\(missing.joined(separator: ", "))."))
            )
        }
        return blocks
    }

    private var followUpTable: DocumentTable {
        let columns = [
            DocumentTable.Column(title: "NO", key: "no", weight: 4, isCentered: true),
            DocumentTable.Column(title: "UNSUR", key: "unsur", weight: 16),
            DocumentTable.Column(title: "PERMASALAHAN", key: "permasalahan", weight: 22),
            DocumentTable.Column(title: "RENCANA TINDAK LANJUT", key: "rencana", weight: 24),
            DocumentTable.Column(title: "PENANGGUNG JAWAB", key: "penanggung-jawab", weight: 13),
            DocumentTable.Column(title: "WAKTU", key: "waktu", weight: 11, isCentered: true),
            DocumentTable.Column(title: "STATUS", key: "status", weight: 10, isCentered: true),
        ]
        let rows = report.followUps.enumerated().map { index, followUp in
            DocumentTable.Row.cells([
                DocumentTable.Cell("\(index + 1)"), DocumentTable.Cell(SKMReportText.element(followUp.element)),
                DocumentTable.Cell(followUp.problem), DocumentTable.Cell(followUp.action),
                DocumentTable.Cell(MissingValue.orDash(followUp.owner)), DocumentTable.Cell(MissingValue.orDash(followUp.due)),
                DocumentTable.Cell(followUp.status),
            ])
        }
        return DocumentTable(kind: "tindak-lanjut-skm", columns: columns, rows: rows)
    }
}
