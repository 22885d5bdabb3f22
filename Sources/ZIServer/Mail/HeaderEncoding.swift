import Foundation

/// Builds header field values that are 7-bit clean and folded to at most 78 characters per line (RFC 5322 §2.1.1, RFC 2047).
enum HeaderEncoding {
    /// The recommended maximum line length, excluding CRLF.
    static let maximumLineLength = 78
    /// UTF-8 bytes per encoded word: 42 bytes become 56 base64 characters, a 68-character word that fits after any of our header names.
    static let bytesPerEncodedWord = 42

    /// Words for an unstructured value such as a subject: the text itself when it is short printable ASCII, otherwise RFC 2047 words.
    static func unstructuredWords(_ text: String, headerName: String) -> [String] {
        if isPlain(text), headerName.count + 2 + text.count <= maximumLineLength {
            return [text]
        }
        return encodedWords(text)
    }

    /// Words for a display name: a quoted string when it is short printable ASCII, otherwise RFC 2047 words.
    static func phraseWords(_ text: String, headerName: String) -> [String] {
        let quoted = "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        if isPlain(text), headerName.count + 2 + quoted.count <= maximumLineLength {
            return [quoted]
        }
        return encodedWords(text)
    }

    /// Splits `text` into `=?UTF-8?B?...?=` words of at most `bytesPerEncodedWord` bytes each, never splitting a Unicode scalar.
    static func encodedWords(_ text: String) -> [String] {
        var words: [String] = []
        var chunk: [UInt8] = []
        for scalar in text.unicodeScalars {
            let bytes = Array(String(scalar).utf8)
            if chunk.count + bytes.count > bytesPerEncodedWord {
                words.append(encodedWord(chunk))
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty {
            words.append(encodedWord(chunk))
        }
        return words
    }

    /// Joins `words` after `headerName: `, starting a continuation line (CRLF + space) whenever the next word would pass 78 characters.
    static func fold(headerName: String, words: [String]) -> String {
        var result = headerName + ":"
        var lineLength = result.count
        for word in words {
            if lineLength + 1 + word.count > maximumLineLength, lineLength > headerName.count + 1 {
                result += "\r\n"
                lineLength = 0
            }
            result += " " + word
            lineLength += 1 + word.count
        }
        return result
    }

    /// Whether `text` is printable ASCII that no reader could mistake for an encoded word.
    private static func isPlain(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F } && !text.contains("=?")
    }

    private static func encodedWord(_ bytes: [UInt8]) -> String {
        "=?UTF-8?B?" + Data(bytes).base64EncodedString() + "?="
    }
}
