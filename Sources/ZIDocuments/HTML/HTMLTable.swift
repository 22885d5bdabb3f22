/// A ``DocumentTable`` as an HTML table: `<table class="grid <kind>">` with a `<col
/// class="col-<key>">` per column (the stylesheet sets widths), the header in `<thead>`, group
/// rows as one `<th colspan>` cell, and row spans as `rowspan`.
struct HTMLTable {
    let table: DocumentTable

    var html: String {
        var html = "<table class=\"grid \(XMLEscaping.escape(table.kind))\">\n<colgroup>"
        html += table.columns.map { "<col class=\"col-\(XMLEscaping.escape($0.key))\">" }.joined()
        html += "</colgroup>\n<thead>\n<tr>"
        html += table.columns.map { "<th scope=\"col\">\(HTMLDocument.text($0.title))</th>" }.joined()
        html += "</tr>\n</thead>\n<tbody>\n"
        var grid = DocumentTableGrid(columnCount: table.columns.count)
        for row in table.rows {
            switch row {
            case .group(let text):
                html +=
                    "<tr class=\"group\"><th colspan=\"\(table.columns.count)\" scope=\"colgroup\">\(HTMLDocument.text(text))</th></tr>\n"
            case .cells(let cells):
                html += "<tr>\(self.cells(grid.place(cells)))</tr>\n"
            }
        }
        return html + "</tbody>\n</table>\n"
    }

    /// The cells of a row; columns covered by a row span above get none.
    private func cells(_ cells: [DocumentTable.Cell?]) -> String {
        cells.enumerated().map { column, cell in
            guard let cell else { return "" }
            let span = cell.rowSpan > 1 ? " rowspan=\"\(cell.rowSpan)\"" : ""
            let classes = table.columns[column].isCentered ? ["center"] : []
            return "<td\(span)\(HTMLDocument.classAttribute(classes))>\(content(cell))</td>"
        }.joined()
    }

    private func content(_ cell: DocumentTable.Cell) -> String {
        if cell.isBulleted {
            return "<ul class=\"items\">" + cell.paragraphs.map { "<li>\(HTMLDocument.text($0))</li>" }.joined() + "</ul>"
        }
        return cell.paragraphs.map(HTMLDocument.text).joined(separator: "<br>")
    }
}
