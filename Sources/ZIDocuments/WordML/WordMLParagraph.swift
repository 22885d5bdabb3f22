/// One WordprocessingML paragraph (`w:p`): a style, layout properties and its runs.
struct WordMLParagraph {
    /// The paragraph style (`Heading1`, `TableText`); `nil` for `Normal`.
    var style: String?
    /// Stays on the page of the next paragraph (in a table: of the next row).
    var keepsWithNext = false
    /// Starts a new page.
    var breaksPageBefore = false
    /// Space above the paragraph, in twentieths of a point; `nil` keeps the style's.
    var spaceBefore: Int?
    /// Left indentation and hanging first line, in twentieths of a point.
    var indent: (left: Int, hanging: Int)?
    /// `left`, `center`, `right` or `both`; `nil` keeps the style's.
    var alignment: String?
    /// The section this paragraph ends, if it ends one.
    var section: WordMLSection?
    /// The runs, already XML.
    var runs: String

    /// A paragraph of `text` in `style`.
    init(_ text: String, style: String? = nil, alignment: String? = nil, isBold: Bool = false) {
        self.style = style
        self.alignment = alignment
        runs = text.isEmpty ? "" : WordMLRun.xml(text, isBold: isBold)
    }

    /// An empty paragraph that ends `section`.
    init(ending section: WordMLSection) {
        self.section = section
        runs = ""
    }

    /// The alignment of a ``DocumentParagraph``.
    static func alignment(_ alignment: DocumentParagraph.Alignment) -> String {
        switch alignment {
        case .justified: "both"
        case .left: "left"
        case .center: "center"
        }
    }

    var xml: String {
        var properties = ""
        if let style { properties += #"<w:pStyle w:val="\#(style)"/>"# }
        if keepsWithNext { properties += "<w:keepNext/>" }
        if breaksPageBefore { properties += "<w:pageBreakBefore/>" }
        if let spaceBefore { properties += #"<w:spacing w:before="\#(spaceBefore)"/>"# }
        if let indent { properties += #"<w:ind w:left="\#(indent.left)" w:hanging="\#(indent.hanging)"/>"# }
        if let alignment { properties += #"<w:jc w:val="\#(alignment)"/>"# }
        if let section { properties += section.xml }
        return properties.isEmpty ? "<w:p>\(runs)</w:p>" : "<w:p><w:pPr>\(properties)</w:pPr>\(runs)</w:p>"
    }
}
