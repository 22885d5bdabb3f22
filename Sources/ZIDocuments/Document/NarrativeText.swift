/// Reads the free text of a narrative section into paragraphs and lists.
///
/// Blank lines separate blocks. Inside a block, a line starting with a list mark — up to three
/// digits or one letter followed by `.` or `)`, or a bullet `-`, `•`, `*`, each followed by a
/// space — starts a list item; a line without a mark right below an item continues it, any
/// other line belongs to a paragraph. Line breaks inside a paragraph or an item are kept. Items
/// with no paragraph between them form one list.
enum NarrativeText {
    /// The paragraphs and lists of `text`, in order.
    static func blocks(_ text: String) -> [DocumentBlock] {
        var blocks: [DocumentBlock] = []
        var lines: [String] = []
        var items: [DocumentListItem] = []

        func flushLines() {
            guard !lines.isEmpty else { return }
            flushItems()
            blocks.append(.paragraph(DocumentParagraph(text: lines.joined(separator: "\n"))))
            lines = []
        }
        func flushItems() {
            guard !items.isEmpty else { return }
            blocks.append(.list(items))
            items = []
        }

        var continuesItem = false
        for rawLine in normalizedLines(text) {
            let line = rawLine.trimmingWhitespace()
            if line.isEmpty {
                flushLines()
                continuesItem = false
            } else if let (marker, rest) = listItem(line) {
                flushLines()
                items.append(DocumentListItem(marker: marker, text: rest))
                continuesItem = true
            } else if continuesItem {
                items[items.count - 1].text += "\n" + line
            } else {
                lines.append(String(line))
            }
        }
        flushLines()
        flushItems()
        return blocks
    }

    /// The lines of `text`, whatever its line ends (`\r\n`, `\r`, `\n`).
    static func normalizedLines(_ text: String) -> [Substring] {
        text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }
    }

    /// The mark and text of a list line, or `nil` if the line does not start with a mark.
    private static func listItem(_ line: Substring) -> (String, String)? {
        guard let space = line.firstIndex(where: \.isWhitespace) else { return nil }
        let token = line[..<space]
        let rest = String(line[space...].trimmingWhitespace())
        guard !rest.isEmpty else { return nil }
        if ["-", "•", "*"].contains(token) { return (String(token), rest) }
        guard let last = token.last, last == "." || last == ")" else { return nil }
        let body = token.dropLast()
        let isNumber = (1...3).contains(body.count) && body.allSatisfy { $0.isASCII && $0.isNumber }
        let isLetter = body.count == 1 && body.allSatisfy { $0.isASCII && $0.isLetter }
        return isNumber || isLetter ? (String(token), rest) : nil
    }
}

extension StringProtocol {
    /// The text without white space at either end (line breaks included).
    func trimmingWhitespace() -> SubSequence {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else {
            return self[endIndex...]
        }
        return self[first...last]
    }
}
