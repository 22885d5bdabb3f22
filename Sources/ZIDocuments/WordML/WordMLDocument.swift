/// A ``DocumentOutline`` as `word/document.xml`.
///
/// Each section but the last ends with a paragraph holding its `w:sectPr` (a next-page section
/// break); the last section's `w:sectPr` closes the body, as WordprocessingML places them.
/// Chapters after the first of a section start with a page break before their first paragraph;
/// a cover's content starts lower on the page.
struct WordMLDocument {
    let outline: DocumentOutline

    /// The space above a cover's content (about 6 cm), in twentieths of a point.
    private static let coverTopSpace = 3400
    /// How far list items are indented, their mark hanging in the indentation.
    private static let listIndent = 567
    /// How far the signature block is indented from the left margin, as a share of the text width.
    private static let signatureIndentShare = 0.5
    /// The empty lines left to sign in.
    private static let signatureRoomLines = 3

    var xml: String {
        var body = ""
        for (index, section) in outline.sections.enumerated() {
            let setup = WordMLSection(orientation: section.orientation)
            for (chapterIndex, chapter) in section.chapters.enumerated() {
                var elements = chapter.blocks.flatMap { self.elements($0, in: setup) }
                if chapter.isCover { Self.lowerOnPage(&elements) }
                if chapterIndex > 0 { Self.breakPage(before: &elements) }
                body += elements.map(\.xml).joined()
            }
            let isLast = index == outline.sections.count - 1
            body += isLast ? setup.xml : WordMLParagraph(ending: setup).xml
        }
        return OOXMLPackage.declaration
            + #"<w:document xmlns:w="\#(WordMLNamespace.main)" xmlns:r="\#(OOXMLPackage.relationshipsNamespace)">"#
            + "<w:body>\(body)</w:body></w:document>"
    }

    /// A body element: a paragraph, whose properties can still change, or a finished table.
    private enum Element {
        case paragraph(WordMLParagraph)
        case table(String)

        var xml: String {
            switch self {
            case .paragraph(let paragraph): paragraph.xml
            case .table(let xml): xml
            }
        }
    }

    /// Moves a cover's content down the page: space above its first paragraph.
    private static func lowerOnPage(_ elements: inout [Element]) {
        guard case .paragraph(var first)? = elements.first else { return }
        first.spaceBefore = coverTopSpace
        elements[0] = .paragraph(first)
    }

    /// Makes `elements` start on a new page: their first paragraph breaks the page, or an empty
    /// one is put before a leading table.
    private static func breakPage(before elements: inout [Element]) {
        if case .paragraph(var first)? = elements.first {
            first.breaksPageBefore = true
            elements[0] = .paragraph(first)
        } else {
            var breaker = WordMLParagraph("")
            breaker.breaksPageBefore = true
            elements.insert(.paragraph(breaker), at: 0)
        }
    }

    private func elements(_ block: DocumentBlock, in section: WordMLSection) -> [Element] {
        switch block {
        case .title(let text):
            return [.paragraph(WordMLParagraph(text, style: "Title"))]
        case .heading(let text, let level):
            return [.paragraph(WordMLParagraph(text, style: "Heading\(level)"))]
        case .paragraph(let paragraph):
            return [
                .paragraph(
                    WordMLParagraph(paragraph.text, alignment: WordMLParagraph.alignment(paragraph.alignment), isBold: paragraph.isBold))
            ]
        case .list(let items):
            return items.map { item in
                var paragraph = WordMLParagraph("")
                paragraph.indent = (Self.listIndent, Self.listIndent)
                paragraph.runs = WordMLRun.xml(item.marker) + WordMLRun.tab + WordMLRun.xml(item.text)
                return .paragraph(paragraph)
            }
        case .table(let table):
            // A paragraph after the table keeps it apart from whatever follows (another table
            // would otherwise join it).
            return [.table(WordMLTable(table: table, width: section.textWidth).xml), .paragraph(WordMLParagraph(""))]
        case .signature(let signature):
            let indent = Int(Double(section.textWidth) * Self.signatureIndentShare)
            let room = Array(repeating: WordMLParagraph(""), count: Self.signatureRoomLines)
            let lines =
                [WordMLParagraph(""), WordMLParagraph(signature.placeAndDate), WordMLParagraph(signature.title)] + room
                + [WordMLParagraph(signature.name, isBold: true)] + (signature.nip.map { [WordMLParagraph($0)] } ?? [])
            return lines.map { line in
                var paragraph = line
                paragraph.alignment = "left"
                paragraph.indent = (indent, 0)
                return .paragraph(paragraph)
            }
        }
    }
}
