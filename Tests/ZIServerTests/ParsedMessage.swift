import Foundation

/// A rendered or received message taken apart for assertions: unfolded headers and the base64 body decoded.
struct ParsedMessage {
    /// Header values by name, unfolded and with RFC 2047 words decoded.
    let headers: [String: String]
    /// The header lines exactly as written, folded lines included.
    let headerLines: [String]
    /// The body after base64 decoding.
    let body: String

    /// Splits `raw` (CRLF line endings) into headers and body.
    init(_ raw: String) throws {
        guard let separator = raw.range(of: "\r\n\r\n") else {
            throw CocoaError(.coderReadCorrupt, userInfo: [NSLocalizedDescriptionKey: "no blank line after the headers"])
        }
        let headerBlock = String(raw[..<separator.lowerBound])
        headerLines = headerBlock.components(separatedBy: "\r\n")
        var headers: [String: String] = [:]
        for line in headerBlock.replacingOccurrences(of: "\r\n ", with: " ").components(separatedBy: "\r\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let value = line[line.index(after: colon)...].drop(while: { $0 == " " })
            headers[String(line[..<colon])] = Self.decodingEncodedWords(String(value))
        }
        self.headers = headers
        let base64 = raw[separator.upperBound...].replacingOccurrences(of: "\r\n", with: "")
        guard let bytes = Data(base64Encoded: base64) else {
            throw CocoaError(.coderReadCorrupt, userInfo: [NSLocalizedDescriptionKey: "body is not base64"])
        }
        body = String(decoding: bytes, as: UTF8.self)
    }

    /// `value` with `=?UTF-8?B?...?=` words decoded; the spaces between adjacent encoded words are dropped (RFC 2047 §6.2).
    static func decodingEncodedWords(_ value: String) -> String {
        var parts: [String] = []
        var previousWasEncoded = false
        for token in value.components(separatedBy: " ") {
            if token.hasPrefix("=?UTF-8?B?"), token.hasSuffix("?="),
                let bytes = Data(base64Encoded: String(token.dropFirst(10).dropLast(2)))
            {
                let decoded = String(decoding: bytes, as: UTF8.self)
                parts.append(previousWasEncoded ? (parts.popLast() ?? "") + decoded : decoded)
                previousWasEncoded = true
            } else {
                parts.append(token)
                previousWasEncoded = false
            }
        }
        return parts.joined(separator: " ")
    }
}
