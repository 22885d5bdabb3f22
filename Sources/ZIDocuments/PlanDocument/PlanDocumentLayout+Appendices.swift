import ZICore

/// The appendices: Lampiran I Tim Kerja and II Agen Perubahan (the appointment procedure, the
/// decree and the members), Lampiran III Target Prioritas.
extension PlanDocumentLayout {
    var appendices: [DocumentChapter] {
        [
            team(
                heading: "LAMPIRAN I\nMEKANISME PENETAPAN TIM KERJA PEMBANGUNAN ZONA INTEGRITAS",
                procedure: document.narrative.mekanismeTimKerja, membersHeading: "Susunan Tim Kerja", team: document.timKerja
            ),
            team(
                heading: "LAMPIRAN II\nMEKANISME PENETAPAN AGEN PERUBAHAN",
                procedure: document.narrative.mekanismeAgenPerubahan, membersHeading: "Daftar Agen Perubahan", team: document.agenPerubahan
            ),
            DocumentChapter(blocks: [
                .heading("LAMPIRAN III\nTARGET PRIORITAS PEMBANGUNAN ZONA INTEGRITAS TAHUN \(document.year)", level: 1),
                Self.numberedOrNotYetSet(document.targetPrioritas),
            ]),
        ]
    }

    private func team(heading: String, procedure: String, membersHeading: String, team: PlanDocument.Team?) -> DocumentChapter {
        var blocks = [DocumentBlock.heading(heading, level: 1)] + NarrativeText.blocks(procedure)
        blocks.append(.heading(membersHeading, level: 2))
        if let decree = team.flatMap(Self.decree) { blocks.append(Self.paragraph(decree)) }
        guard let members = team?.members, !members.isEmpty else {
            return DocumentChapter(blocks: blocks + [Self.paragraph(Self.notYetSet)])
        }
        let columns = [
            DocumentTable.Column(title: "NO", key: "no", weight: 6, isCentered: true),
            DocumentTable.Column(title: "NAMA", key: "nama", weight: 34),
            DocumentTable.Column(title: "NIP", key: "nip", weight: 24, isCentered: true),
            DocumentTable.Column(title: "PERAN", key: "peran", weight: 36),
        ]
        let rows = members.enumerated().map { index, member in
            DocumentTable.Row.cells([
                DocumentTable.Cell("\(index + 1)"), DocumentTable.Cell(member.name),
                DocumentTable.Cell(MissingValue.orDash(member.nip)), DocumentTable.Cell(member.role),
            ])
        }
        return DocumentChapter(blocks: blocks + [.table(DocumentTable(kind: "tim", columns: columns, rows: rows))])
    }

    /// The sentence naming the decree that appointed a team, if its number or date is known.
    private static func decree(_ team: PlanDocument.Team) -> String? {
        let number = team.skNumber.map { " Nomor \($0)" } ?? ""
        let date = team.skDate.map { " tanggal \(IndonesianDate.format($0))" } ?? ""
        return number.isEmpty && date.isEmpty ? nil : "Ditetapkan dengan Surat Keputusan\(number)\(date)."
    }
}
