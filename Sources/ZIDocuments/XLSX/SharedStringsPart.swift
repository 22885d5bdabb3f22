import Foundation

/// The shared-string table (`xl/sharedStrings.xml`): cells of type `s` hold an index into it.
///
/// A rich-text item (`<r>` runs) is the concatenation of its runs; phonetic hints (`<rPh>`)
/// are left out.
struct SharedStringsPart {
    let strings: [String]

    init(data: Data, path: String) throws {
        var strings: [String] = []
        var current: String?
        var inText = false
        var phoneticDepth = 0
        try XMLPartParser.parse(data, part: path) { event in
            switch event {
            case .start("si", _): current = ""
            case .end("si"):
                strings.append(XMLEscaping.decodeSpreadsheetString(current ?? ""))
                current = nil
            case .start("rPh", _): phoneticDepth += 1
            case .end("rPh"): phoneticDepth -= 1
            case .start("t", _): inText = current != nil && phoneticDepth == 0
            case .end("t"): inText = false
            case .text(let text) where inText: current? += text
            default: break
            }
        }
        self.strings = strings
    }
}
