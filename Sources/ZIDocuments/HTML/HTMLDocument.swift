/// A ``DocumentOutline`` as a complete HTML5 page for screen and print.
///
/// Styling comes only from the stylesheet through classes — no `style` attributes, no scripts —
/// so the page passes a strict Content Security Policy. Every chapter is a `<section
/// class="chapter">` (the stylesheet starts each on a new page); chapters of a landscape
/// section also carry `landscape`. The document title is `<h1>`, chapter headings `<h2>`,
/// their parts `<h3>` and `<h4>`. Tables keep their header in `<thead>`, which browsers repeat
/// on every printed page. All text is escaped.
struct HTMLDocument {
    let outline: DocumentOutline
    /// The stylesheet to link, if any.
    let stylesheetHref: String?

    var html: String {
        var html =
            "<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<title>\(XMLEscaping.escape(outline.title))</title>\n"
        if let stylesheetHref { html += "<link rel=\"stylesheet\" href=\"\(XMLEscaping.escape(stylesheetHref))\">\n" }
        html += "</head>\n<body>\n<main>\n"
        for section in outline.sections {
            for chapter in section.chapters {
                let classes = ["chapter"] + (chapter.isCover ? ["cover"] : []) + (section.orientation == .landscape ? ["landscape"] : [])
                html += "<section class=\"\(classes.joined(separator: " "))\">\n"
                html += chapter.blocks.map(Self.block).joined()
                html += "</section>\n"
            }
        }
        return html + "</main>\n</body>\n</html>\n"
    }

    /// `text` escaped, its line breaks as `<br>`.
    static func text(_ text: String) -> String {
        NarrativeText.normalizedLines(text).map { XMLEscaping.escape(String($0)) }.joined(separator: "<br>")
    }

    static func block(_ block: DocumentBlock) -> String {
        switch block {
        case .title(let title):
            return "<h1 class=\"title\">\(text(title))</h1>\n"
        case .heading(let heading, let level):
            return "<h\(level + 1)>\(text(heading))</h\(level + 1)>\n"
        case .paragraph(let paragraph):
            return "<p\(classAttribute(paragraphClasses(paragraph)))>\(text(paragraph.text))</p>\n"
        case .list(let items):
            let entries = items.map {
                "<li><span class=\"marker\">\(text($0.marker))</span><span class=\"item\">\(text($0.text))</span></li>\n"
            }
            return "<ol class=\"marked\">\n\(entries.joined())</ol>\n"
        case .table(let table):
            return HTMLTable(table: table).html
        case .signature(let signature):
            let nip = signature.nip.map { "<p>\(text($0))</p>\n" } ?? ""
            return
                "<div class=\"signature\">\n<p>\(text(signature.placeAndDate))</p>\n<p class=\"signer-title\">\(text(signature.title))</p>\n"
                + "<p class=\"signer-name\">\(text(signature.name))</p>\n\(nip)</div>\n"
        }
    }

    private static func paragraphClasses(_ paragraph: DocumentParagraph) -> [String] {
        let alignment: [String] =
            switch paragraph.alignment {
            case .justified: []
            case .left: ["left"]
            case .center: ["center"]
            }
        return alignment + (paragraph.isBold ? ["bold"] : [])
    }

    /// ` class="…"`, or nothing for no classes.
    static func classAttribute(_ classes: [String]) -> String {
        classes.isEmpty ? "" : " class=\"\(classes.map(XMLEscaping.escape).joined(separator: " "))\""
    }
}
