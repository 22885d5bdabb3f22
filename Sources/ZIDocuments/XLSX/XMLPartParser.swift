import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif

/// One event of an XML part. Names carry no namespace prefix (`x:row` → `row`, `r:id` → `id`),
/// since writers differ in the prefixes they choose for the same namespaces.
enum XMLEvent {
    case start(name: String, attributes: [String: String])
    case end(name: String)
    case text(String)
}

/// Streams the events of one XML part to a handler, with `XMLParser`.
///
/// A part with a document type declaration is refused: package parts never need one, and
/// entity definitions could expand a small part into a huge one.
enum XMLPartParser {
    static func parse(_ data: Data, part: String, handler: (XMLEvent) throws -> Void) throws {
        if data.range(of: Data("<!DOCTYPE".utf8)) != nil {
            throw XLSXReadError.malformedPart(part, reason: "a document type declaration is not allowed")
        }
        try withoutActuallyEscaping(handler) { handler in
            let delegate = Delegate(handler: handler)
            let parser = XMLParser(data: data)
            parser.shouldProcessNamespaces = false
            parser.shouldResolveExternalEntities = false
            parser.delegate = delegate
            let succeeded = parser.parse()
            if let error = delegate.handlerError { throw error }
            // FoundationXML on Linux may return true after recovering from an error, and does not
            // report unclosed elements at all: check the error and the element balance too.
            if let error = delegate.parseError ?? parser.parserError {
                throw XLSXReadError.malformedPart(
                    part, reason: "not well-formed XML (error \((error as NSError).code), line \(delegate.errorLine))")
            }
            guard succeeded, delegate.isComplete else {
                throw XLSXReadError.malformedPart(part, reason: "not well-formed XML (unexpected end)")
            }
        }
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        let handler: (XMLEvent) throws -> Void
        var handlerError: (any Error)?
        var parseError: (any Error)?
        var errorLine = 0
        /// How many elements are open, and whether the root element has been seen.
        private var depth = 0
        private var sawRoot = false

        /// Whether a root element was opened and every element closed.
        var isComplete: Bool { sawRoot && depth == 0 }

        init(handler: @escaping (XMLEvent) throws -> Void) {
            self.handler = handler
        }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
            qualifiedName: String?, attributes: [String: String] = [:]
        ) {
            depth += 1
            sawRoot = true
            let local = Dictionary(attributes.map { (Self.localName($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
            send(.start(name: Self.localName(elementName), attributes: local), parser)
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            depth -= 1
            send(.end(name: Self.localName(elementName)), parser)
        }

        func parser(_ parser: XMLParser, parseErrorOccurred error: any Error) {
            guard parseError == nil else { return }
            parseError = error
            errorLine = parser.lineNumber
            parser.abortParsing()
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            send(.text(string), parser)
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            send(.text(String(decoding: CDATABlock, as: UTF8.self)), parser)
        }

        private func send(_ event: XMLEvent, _ parser: XMLParser) {
            guard handlerError == nil, parseError == nil else { return }
            do {
                try handler(event)
            } catch {
                handlerError = error
                parser.abortParsing()
            }
        }

        private static func localName(_ name: String) -> String {
            name.split(separator: ":", maxSplits: 1).last.map(String.init) ?? name
        }
    }
}
