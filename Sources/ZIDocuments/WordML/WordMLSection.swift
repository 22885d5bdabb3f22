/// The page setup of a WordprocessingML section (`w:sectPr`): A4 paper, portrait or landscape.
///
/// Portrait pages get the margins of Indonesian official documents (3 cm left and top,
/// 2.5 cm right and bottom); landscape pages, which hold wide tables, 2 cm all round.
struct WordMLSection {
    /// A4 in twentieths of a point (210 × 297 mm).
    static let paperShortSide = 11906
    static let paperLongSide = 16838

    let orientation: DocumentSection.Orientation

    /// The margins: top, right, bottom, left, in twentieths of a point.
    private var margins: (top: Int, right: Int, bottom: Int, left: Int) {
        switch orientation {
        case .portrait: (1701, 1417, 1417, 1701)
        case .landscape: (1134, 1134, 1134, 1134)
        }
    }

    /// The width between the left and right margins, in twentieths of a point.
    var textWidth: Int {
        let paperWidth = orientation == .portrait ? Self.paperShortSide : Self.paperLongSide
        return paperWidth - margins.left - margins.right
    }

    var xml: String {
        let size =
            switch orientation {
            case .portrait: #"<w:pgSz w:w="\#(Self.paperShortSide)" w:h="\#(Self.paperLongSide)"/>"#
            case .landscape: #"<w:pgSz w:w="\#(Self.paperLongSide)" w:h="\#(Self.paperShortSide)" w:orient="landscape"/>"#
            }
        let margins = margins
        return #"<w:sectPr><w:type w:val="nextPage"/>\#(size)"#
            + #"<w:pgMar w:top="\#(margins.top)" w:right="\#(margins.right)" w:bottom="\#(margins.bottom)" w:left="\#(margins.left)""#
            + #" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>"#
    }
}
