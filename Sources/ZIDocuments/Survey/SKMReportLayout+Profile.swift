/// Part C of the SKM report: the respondents by age group, sex, education and occupation.
extension SKMReportLayout {
    var profil: [DocumentBlock] {
        let heading = DocumentBlock.heading("C. Profil Responden", level: 2)
        let groups = report.profile.groups
        guard groups.contains(where: { !$0.counts.isEmpty }) else {
            return [heading, .paragraph(DocumentParagraph(text: "Belum ada data profil responden pada periode ini."))]
        }
        return [heading]
            + groups.enumerated().flatMap { index, group -> [DocumentBlock] in
                let title = DocumentBlock.heading("\(index + 1). \(group.title)", level: 3)
                guard !group.counts.isEmpty else {
                    return [title, .paragraph(DocumentParagraph(text: "Belum ada data \(group.title.lowercased()) responden."))]
                }
                return [title, .table(.counts(group.counts, labelTitle: group.title.uppercased(), kind: "profil"))]
            }
    }
}
