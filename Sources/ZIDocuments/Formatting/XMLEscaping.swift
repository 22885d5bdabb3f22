/// Escaping of text written into, and read back from, XML: the parts of an OOXML package, the
/// HTML and SVG SIZI writes itself. The one escaper of the code base.
public enum XMLEscaping {
    /// `text` made safe for XML element content and double- or single-quoted attribute values.
    ///
    /// Escapes `& < > " '`; writes carriage return, line feed and tab as character references,
    /// so that XML line-end and attribute normalization keep them; drops the characters
    /// XML 1.0 forbids (control characters other than tab/LF/CR, U+FFFE, U+FFFF).
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&apos;"
            case "\t": result += "&#9;"
            case "\n": result += "&#10;"
            case "\r": result += "&#13;"
            default: if isAllowed(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// Whether XML 1.0 allows `scalar` in a document (`Char` production).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// `text` as the content of a SpreadsheetML string, escaped for XML.
    ///
    /// Spreadsheet applications read `_xHHHH_` in a string as the character U+HHHH, so the
    /// underscore that starts such a sequence in the original text is written as `_x005F_`.
    static func escapeSpreadsheetString(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        for index in scalars.indices {
            if hexEscape(in: scalars, at: index) != nil {
                result.append(contentsOf: "_x005F".unicodeScalars)
            }
            result.append(scalars[index])
        }
        return escape(String(result))
    }

    /// A SpreadsheetML string as read from XML with its `_xHHHH_` sequences decoded.
    static func decodeSpreadsheetString(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if let decoded = hexEscape(in: scalars, at: index) {
                result.append(decoded)
                index += hexEscapeLength
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    /// The length of `_xHHHH_`.
    private static let hexEscapeLength = 7

    /// The character encoded by a `_xHHHH_` sequence starting at `index`, if one starts there.
    private static func hexEscape(in scalars: [Unicode.Scalar], at index: Int) -> Unicode.Scalar? {
        guard index + hexEscapeLength <= scalars.count,
            scalars[index] == "_", scalars[index + 1] == "x", scalars[index + 6] == "_"
        else { return nil }
        let digits = String(String.UnicodeScalarView(scalars[(index + 2)..<(index + 6)]))
        guard digits.allSatisfy(\.isHexDigit), let code = UInt32(digits, radix: 16) else { return nil }
        return Unicode.Scalar(code)
    }
}
