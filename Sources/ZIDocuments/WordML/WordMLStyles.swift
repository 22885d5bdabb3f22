/// `word/styles.xml`: Times New Roman 12 pt running text in Indonesian, and the styles the
/// renderers use — `Title`, `Heading1`–`Heading3`, `TableText` (10 pt, no spacing) and the
/// `TableGrid` table style.
enum WordMLStyles {
    static let xml =
        OOXMLPackage.declaration
        + #"<w:styles xmlns:w="\#(WordMLNamespace.main)">"#
        + "<w:docDefaults><w:rPrDefault><w:rPr>"
        + #"<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>"#
        + #"<w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="id-ID" w:eastAsia="id-ID" w:bidi="ar-SA"/>"#
        + "</w:rPr></w:rPrDefault>"
        + #"<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="300" w:lineRule="auto"/></w:pPr></w:pPrDefault>"#
        + "</w:docDefaults>"
        + paragraphStyle("Normal", name: "Normal", isDefault: true, paragraph: #"<w:jc w:val="both"/>"#)
        + paragraphStyle(
            "Title", name: "Title", paragraph: #"<w:keepNext/><w:spacing w:before="0" w:after="480"/><w:jc w:val="center"/>"#,
            run: #"<w:b/><w:bCs/><w:sz w:val="32"/><w:szCs w:val="32"/>"#)
        + heading(1, size: 28, paragraph: #"<w:spacing w:before="0" w:after="360"/><w:jc w:val="center"/>"#)
        + heading(2, size: 24, paragraph: #"<w:spacing w:before="240" w:after="120"/><w:jc w:val="left"/>"#)
        + heading(3, size: 24, paragraph: #"<w:spacing w:before="200" w:after="80"/><w:jc w:val="left"/>"#)
        + paragraphStyle(
            "TableText", name: "Table Text", paragraph: #"<w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="left"/>"#,
            run: #"<w:sz w:val="20"/><w:szCs w:val="20"/>"#)
        + #"<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>"#
        + #"<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>"#
        + #"<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#
        + #"<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/>"#
        + #"<w:tblPr><w:tblBorders>\#(gridBorders)</w:tblBorders><w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>"#
        + #"<w:bottom w:w="28" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>"#
        + "</w:styles>"

    private static let gridBorders = ["top", "left", "bottom", "right", "insideH", "insideV"]
        .map { #"<w:\#($0) w:val="single" w:sz="4" w:space="0" w:color="000000"/>"# }
        .joined()

    private static func heading(_ level: Int, size: Int, paragraph: String) -> String {
        paragraphStyle(
            "Heading\(level)", name: "heading \(level)",
            paragraph: "<w:keepNext/><w:keepLines/>\(paragraph)<w:outlineLvl w:val=\"\(level - 1)\"/>",
            run: #"<w:b/><w:bCs/><w:sz w:val="\#(size)"/><w:szCs w:val="\#(size)"/>"#
        )
    }

    private static func paragraphStyle(_ id: String, name: String, isDefault: Bool = false, paragraph: String, run: String = "") -> String {
        let defaultFlag = isDefault ? #" w:default="1""# : ""
        let basedOn = isDefault ? "" : #"<w:basedOn w:val="Normal"/><w:next w:val="Normal"/>"#
        let runProperties = run.isEmpty ? "" : "<w:rPr>\(run)</w:rPr>"
        return #"<w:style w:type="paragraph"\#(defaultFlag) w:styleId="\#(id)"><w:name w:val="\#(name)"/>\#(basedOn)<w:qFormat/>"#
            + "<w:pPr>\(paragraph)</w:pPr>\(runProperties)</w:style>"
    }
}
