/// A ``DocumentTable`` as a WordprocessingML table (`w:tbl`) filling the text width.
///
/// The header row repeats on every page (`w:tblHeader`). A group row is one shaded cell spanning
/// all columns (`w:gridSpan`), kept on the page of the row below it. A cell spanning rows starts
/// a vertical merge (`w:vMerge`) that the rows below continue with empty cells, as
/// WordprocessingML needs a cell in every grid position.
struct WordMLTable {
    let table: DocumentTable
    /// The width to fill, in twentieths of a point.
    let width: Int

    /// The fill of header and group cells.
    private static let shading = "D9D9D9"
    /// The bullet of list cells, and how far its text is indented.
    private static let bullet = "•"
    private static let bulletIndent = 227

    /// The column widths: `width` shared by weight, the last column taking what rounding leaves.
    private var columnWidths: [Int] {
        let total = max(1, table.columns.map(\.weight).reduce(0, +))
        var widths = table.columns.map { width * $0.weight / total }
        if !widths.isEmpty { widths[widths.count - 1] += width - widths.reduce(0, +) }
        return widths
    }

    var xml: String {
        let widths = columnWidths
        let border = #"w:val="single" w:sz="4" w:space="0" w:color="000000""#
        let borders = ["top", "left", "bottom", "right", "insideH", "insideV"].map { "<w:\($0) \(border)/>" }.joined()
        var xml =
            #"<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="\#(width)" w:type="dxa"/>"#
            + #"<w:tblBorders>\#(borders)</w:tblBorders><w:tblLayout w:type="fixed"/>"#
            + #"<w:tblLook w:val="0020" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>"#
            + "<w:tblGrid>" + widths.map { #"<w:gridCol w:w="\#($0)"/>"# }.joined() + "</w:tblGrid>"
        let header = table.columns.enumerated().map { index, column in
            cell(
                WordMLParagraph(column.title, style: "TableText", alignment: "center", isBold: true).xml,
                width: widths[index], vAlign: "center", isShaded: true)
        }
        xml += "<w:tr><w:trPr><w:tblHeader/></w:trPr>\(header.joined())</w:tr>"
        var grid = DocumentTableGrid(columnCount: widths.count)
        for row in table.rows {
            switch row {
            case .group(let text):
                var paragraph = WordMLParagraph(text, style: "TableText", isBold: true)
                paragraph.keepsWithNext = true
                xml += "<w:tr>" + cell(paragraph.xml, width: width, span: widths.count, isShaded: true) + "</w:tr>"
            case .cells(let cells):
                xml += "<w:tr>\(body(grid.place(cells), widths: widths))</w:tr>"
            }
        }
        return xml + "</w:tbl>"
    }

    /// The cells of a body row; a column covered by a cell above gets an empty cell continuing its
    /// vertical merge.
    private func body(_ cells: [DocumentTable.Cell?], widths: [Int]) -> String {
        zip(cells, widths).enumerated().map { column, entry in
            let (cell, width) = entry
            guard let cell else { return self.cell("<w:p/>", width: width, merge: "<w:vMerge/>") }
            let merge = cell.rowSpan > 1 ? #"<w:vMerge w:val="restart"/>"# : ""
            return self.cell(paragraphs(cell, centered: table.columns[column].isCentered), width: width, merge: merge)
        }.joined()
    }

    private func paragraphs(_ cell: DocumentTable.Cell, centered: Bool) -> String {
        cell.paragraphs.map { text in
            guard cell.isBulleted else { return WordMLParagraph(text, style: "TableText", alignment: centered ? "center" : nil).xml }
            var paragraph = WordMLParagraph("", style: "TableText")
            paragraph.indent = (Self.bulletIndent, Self.bulletIndent)
            paragraph.runs = WordMLRun.xml(Self.bullet) + WordMLRun.tab + WordMLRun.xml(text)
            return paragraph.xml
        }.joined()
    }

    private func cell(
        _ content: String, width: Int, span: Int = 1, merge: String = "", vAlign: String = "top", isShaded: Bool = false
    ) -> String {
        let gridSpan = span > 1 ? #"<w:gridSpan w:val="\#(span)"/>"# : ""
        let shading = isShaded ? #"<w:shd w:val="clear" w:color="auto" w:fill="\#(Self.shading)"/>"# : ""
        return
            #"<w:tc><w:tcPr><w:tcW w:w="\#(width)" w:type="dxa"/>\#(gridSpan)\#(merge)\#(shading)<w:vAlign w:val="\#(vAlign)"/></w:tcPr>"#
            + content + "</w:tc>"
    }
}
