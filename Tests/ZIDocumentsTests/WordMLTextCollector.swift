import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The text of a WordprocessingML part as a reader sees it, collected with `XMLParser`
/// independently of the code under test: `w:t` content, `w:br` as a line break, `w:tab` as a
/// tab, and a line break after every paragraph.
final class WordMLTextCollector: NSObject, XMLParserDelegate {
    private var text = ""
    private var inText = false

    /// The text of `data`, or `nil` if it is not well-formed XML.
    static func text(of data: Data) -> String? {
        let collector = WordMLTextCollector()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        return parser.parse() ? collector.text : nil
    }

    /// `text` with every run of white space (line breaks and tabs included) made one space, so
    /// that text split over lines, paragraphs and cells compares equal to the original.
    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        switch elementName {
        case "w:t": inText = true
        case "w:br": text += "\n"
        case "w:tab": text += "\t"
        default: break
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        switch elementName {
        case "w:t": inText = false
        case "w:p": text += "\n"
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { text += string }
    }
}
