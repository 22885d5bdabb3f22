/// Text as WordprocessingML runs (`w:r`): line breaks become `w:br`, tabs `w:tab`, and the
/// text is escaped (characters XML 1.0 forbids are dropped).
enum WordMLRun {
    /// The runs of `text`, bold if asked.
    static func xml(_ text: String, isBold: Bool = false) -> String {
        let properties = isBold ? "<w:rPr><w:b/><w:bCs/></w:rPr>" : ""
        let lines = NarrativeText.normalizedLines(text).map { line in
            line.split(separator: "\t", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? "" : #"<w:t xml:space="preserve">\#(XMLEscaping.escape(String($0)))</w:t>"# }
                .joined(separator: "<w:tab/>")
        }
        return "<w:r>\(properties)\(lines.joined(separator: "<w:br/>"))</w:r>"
    }

    /// A tab, as its own run.
    static let tab = "<w:r><w:tab/></w:r>"
}
