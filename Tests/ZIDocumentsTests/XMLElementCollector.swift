import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The elements of an XML document (qualified name and attributes, in document order),
/// collected with `XMLParser` independently of the code under test.
final class XMLElementCollector: NSObject, XMLParserDelegate {
    private(set) var elements: [(name: String, attributes: [String: String])] = []

    /// The elements of `data`, or `nil` if it is not well-formed XML.
    static func elements(of data: Data) -> [(name: String, attributes: [String: String])]? {
        let collector = XMLElementCollector()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        return parser.parse() ? collector.elements : nil
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        elements.append((elementName, attributes))
    }
}
