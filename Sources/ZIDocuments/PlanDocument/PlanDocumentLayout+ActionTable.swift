/// Bab III: the action table, one group row per area (`I. MANAJEMEN PERUBAHAN`, numbered in
/// document order), then a row per action; the indikator and its number span its actions.
extension PlanDocumentLayout {
    var rencanaAksi: DocumentChapter {
        let heading = DocumentBlock.heading("BAB III\nRENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS TAHUN \(document.year)", level: 1)
        guard document.areas.contains(where: { !$0.indikators.isEmpty }) else {
            return DocumentChapter(blocks: [heading, Self.paragraph("Belum ada rencana aksi.")])
        }
        let introduction =
            "Rencana aksi pembangunan Zona Integritas \(document.unitName) Tahun \(document.year) pada setiap area perubahan adalah sebagai berikut."
        return DocumentChapter(blocks: [heading, Self.paragraph(introduction), .table(actionTable)])
    }

    private var actionTable: DocumentTable {
        var columns = [
            DocumentTable.Column(title: "NO", key: "no", weight: 4, isCentered: true),
            DocumentTable.Column(title: "INDIKATOR", key: "indikator", weight: 19),
            DocumentTable.Column(title: "LANGKAH AKSI", key: "langkah-aksi", weight: 25),
            DocumentTable.Column(title: "BUKTI FISIK", key: "bukti-fisik", weight: 22),
            DocumentTable.Column(title: "TARGET WAKTU", key: "target-waktu", weight: 10, isCentered: true),
            DocumentTable.Column(title: "PIC", key: "pic", weight: 10),
        ]
        if document.showRealisasi {
            columns.append(DocumentTable.Column(title: "% REALISASI", key: "realisasi", weight: 10, isCentered: true))
        }
        var rows: [DocumentTable.Row] = []
        for (index, area) in document.areas.filter({ !$0.indikators.isEmpty }).enumerated() {
            rows.append(.group("\(RomanNumeral.string(index + 1)). \(area.name.uppercased())"))
            for (number, indikator) in area.indikators.enumerated() {
                rows += self.rows(indikator, number: number + 1)
            }
        }
        return DocumentTable(kind: "rencana-aksi", columns: columns, rows: rows)
    }

    /// The rows of one indikator: its number and text span its actions (one row of dashes if it
    /// has none).
    private func rows(_ indikator: PlanDocument.Indikator, number: Int) -> [DocumentTable.Row] {
        let actions =
            indikator.actions.isEmpty
            ? [PlanDocument.Action(langkahAksi: MissingValue.dash, buktiFisik: [], targetWaktu: nil, pic: nil, realisasiPercent: nil)]
            : indikator.actions
        var indikatorCell = DocumentTable.Cell(indikator.text, rowSpan: actions.count)
        if let question = indikator.lkeQuestionID { indikatorCell.paragraphs.append("(LKE \(question))") }
        return actions.enumerated().map { index, action in
            let leading = index == 0 ? [DocumentTable.Cell("\(number)", rowSpan: actions.count), indikatorCell] : []
            var cells =
                leading + [
                    DocumentTable.Cell(action.langkahAksi),
                    DocumentTable.Cell(bullets: action.buktiFisik),
                    DocumentTable.Cell(MissingValue.orDash(action.targetWaktu)),
                    DocumentTable.Cell(MissingValue.orDash(action.pic)),
                ]
            if document.showRealisasi {
                cells.append(DocumentTable.Cell(action.realisasiPercent.map(IndonesianNumber.percent) ?? MissingValue.dash))
            }
            return .cells(cells)
        }
    }
}
