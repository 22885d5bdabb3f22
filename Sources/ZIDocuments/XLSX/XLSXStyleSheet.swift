/// The `styles.xml` part: one cell format (`cellXfs` entry) per distinct ``XLSXStyle``.
///
/// Format 0 is the application's default format, which LibreOffice maps to its default cell
/// style regardless of its alignment; the styles of the workbook follow from index 1 on, and
/// every written cell names its format.
struct XLSXStyleSheet {
    private(set) var styles: [XLSXStyle] = []
    private var indices: [XLSXStyle: Int] = [:]

    /// The formats of every cell of `workbook`, numbered in order of first use.
    init(_ workbook: XLSXWorkbook) {
        for sheet in workbook.sheets {
            for row in sheet.rows {
                for case let cell? in row.cells where indices[cell.style] == nil {
                    styles.append(cell.style)
                    indices[cell.style] = styles.count
                }
            }
        }
    }

    /// The index of `style`'s cell format; the style must occur in the workbook.
    func index(of style: XLSXStyle) -> Int {
        guard let index = indices[style] else { preconditionFailure("style not collected from the workbook") }
        return index
    }

    /// The `styles.xml` part: two fonts (regular, bold), the two fills and the empty border
    /// every file must have, and the cell formats.
    var xml: String {
        let font = #"<sz val="11"/><name val="Calibri"/><family val="2"/>"#
        return OOXMLPackage.declaration
            + #"<styleSheet xmlns="\#(XLSXPackageParts.mainNamespace)">"#
            + #"<fonts count="2"><font>\#(font)</font><font><b/>\#(font)</font></fonts>"#
            + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
            + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
            + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
            + #"<cellXfs count="\#(styles.count + 1)"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
            + styles.map(Self.cellFormat).joined() + "</cellXfs>"
            + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
            + "</styleSheet>"
    }

    private static func cellFormat(_ style: XLSXStyle) -> String {
        var alignment = #"vertical="top""#
        if style.wrapsText { alignment += #" wrapText="1""# }
        if style.indent > 0 { alignment += #" horizontal="left" indent="\#(style.indent)""# }
        return #"<xf numFmtId="\#(style.numberFormat.rawValue)" fontId="\#(style.isBold ? 1 : 0)" fillId="0" borderId="0" xfId="0""#
            + #" applyNumberFormat="1" applyFont="1" applyAlignment="1"><alignment \#(alignment)/></xf>"#
    }
}
