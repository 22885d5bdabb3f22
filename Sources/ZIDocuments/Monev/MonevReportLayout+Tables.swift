import ZICore

/// Parts B and C of the monev report: the realisation table and the meetings.
extension MonevReportLayout {
    var realisasi: [DocumentBlock] {
        let heading = DocumentBlock.heading("B. Realisasi Rencana Aksi", level: 2)
        guard !report.actions.isEmpty else {
            return [heading, .paragraph(DocumentParagraph(text: "Tidak ada rencana aksi yang dilaporkan pada periode ini."))]
        }
        let columns = [
            DocumentTable.Column(title: "NO", key: "no", weight: 4, isCentered: true),
            DocumentTable.Column(title: "INDIKATOR", key: "indikator", weight: 17),
            DocumentTable.Column(title: "LANGKAH AKSI", key: "langkah-aksi", weight: 20),
            DocumentTable.Column(title: "TARGET WAKTU", key: "target-waktu", weight: 10, isCentered: true),
            DocumentTable.Column(title: "PIC", key: "pic", weight: 10),
            DocumentTable.Column(title: "% REALISASI", key: "realisasi", weight: 10, isCentered: true),
            DocumentTable.Column(title: "LAPORAN", key: "laporan", weight: 19),
            DocumentTable.Column(title: "STATUS", key: "status", weight: 10, isCentered: true),
        ]
        var rows: [DocumentTable.Row] = []
        var number = 0
        for area in report.actions.consecutiveRuns(by: \.area) {
            rows.append(.group(area[0].area.uppercased()))
            for indikator in area.consecutiveRuns(by: \.indikator) {
                for (index, action) in indikator.enumerated() {
                    number += 1
                    let leading = index == 0 ? [DocumentTable.Cell(action.indikator, rowSpan: indikator.count)] : []
                    rows.append(
                        .cells(
                            [DocumentTable.Cell("\(number)")] + leading + [
                                DocumentTable.Cell(action.langkahAksi),
                                DocumentTable.Cell(MissingValue.orDash(action.targetWaktu)),
                                DocumentTable.Cell(MissingValue.orDash(action.pic)),
                                DocumentTable.Cell(action.realisasiPercent.map(IndonesianNumber.percent) ?? MissingValue.dash),
                                DocumentTable.Cell(MissingValue.orDash(action.laporan)),
                                DocumentTable.Cell(action.status),
                            ]))
                }
            }
        }
        return [heading, .table(DocumentTable(kind: "realisasi", columns: columns, rows: rows))]
    }

    var rapat: [DocumentBlock] {
        let heading = DocumentBlock.heading("C. Rapat Monitoring dan Evaluasi", level: 2)
        guard !report.meetings.isEmpty else {
            return [heading, .paragraph(DocumentParagraph(text: "Belum ada rapat monitoring dan evaluasi pada periode ini."))]
        }
        return [heading] + report.meetings.enumerated().flatMap { index, meeting in meetingBlocks(meeting, number: index + 1) }
    }

    private func meetingBlocks(_ meeting: MonevReport.Meeting, number: Int) -> [DocumentBlock] {
        let attendees = meeting.attendees.isEmpty ? MissingValue.dash : meeting.attendees.joined(separator: ", ")
        var blocks: [DocumentBlock] = [
            .heading("\(number). Rapat tanggal \(IndonesianDate.format(meeting.date))", level: 3),
            .paragraph(DocumentParagraph(text: "Pimpinan hadir: \(meeting.pimpinanHadir ? "Ya" : "Tidak")", alignment: .left)),
            .paragraph(DocumentParagraph(text: "Peserta: \(attendees)", alignment: .left)),
            .paragraph(DocumentParagraph(text: "Notulen:", alignment: .left, isBold: true)),
        ]
        let notulen = NarrativeText.blocks(meeting.notulen)
        blocks += notulen.isEmpty ? [.paragraph(DocumentParagraph(text: MissingValue.dash))] : notulen
        blocks.append(.paragraph(DocumentParagraph(text: "Temuan dan tindak lanjut:", alignment: .left, isBold: true)))
        guard !meeting.findings.isEmpty else {
            return blocks + [.paragraph(DocumentParagraph(text: "Tidak ada temuan."))]
        }
        let columns = [
            DocumentTable.Column(title: "TEMUAN", key: "temuan", weight: 26),
            DocumentTable.Column(title: "TINDAK LANJUT", key: "tindak-lanjut", weight: 26),
            DocumentTable.Column(title: "PENANGGUNG JAWAB", key: "penanggung-jawab", weight: 19),
            DocumentTable.Column(title: "BATAS WAKTU", key: "batas-waktu", weight: 15, isCentered: true),
            DocumentTable.Column(title: "STATUS", key: "status", weight: 14, isCentered: true),
        ]
        let rows = meeting.findings.map { finding in
            DocumentTable.Row.cells([
                DocumentTable.Cell(finding.text), DocumentTable.Cell(finding.tindakLanjut),
                DocumentTable.Cell(MissingValue.orDash(finding.owner)),
                DocumentTable.Cell(finding.dueDate.map(IndonesianDate.format) ?? MissingValue.dash),
                DocumentTable.Cell(finding.status),
            ])
        }
        return blocks + [.table(DocumentTable(kind: "temuan", columns: columns, rows: rows))]
    }
}
