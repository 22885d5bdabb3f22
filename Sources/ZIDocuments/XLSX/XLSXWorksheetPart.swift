/// Renders one ``XLSXSheet`` as a `xl/worksheets/sheet<n>.xml` part.
///
/// Text is written as inline strings (`t="inlineStr"`), so the package needs no shared-string
/// table; applications that re-save the file may move the text into one.
struct XLSXWorksheetPart {
    let sheet: XLSXSheet
    let styles: XLSXStyleSheet
    /// Whether this is the sheet shown when the file opens.
    let isActive: Bool

    var xml: String {
        var xml = OOXMLPackage.declaration
        xml += #"<worksheet xmlns="\#(XLSXPackageParts.mainNamespace)" xmlns:r="\#(OOXMLPackage.relationshipsNamespace)">"#
        if sheet.printSetup?.fitsToPageWidth == true { xml += #"<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>"# }
        xml += #"<dimension ref="\#(dimension)"/>"#
        xml += "<sheetViews>\(sheetView)</sheetViews>"
        xml += #"<sheetFormatPr defaultRowHeight="15"/>"#
        if !sheet.columns.isEmpty { xml += "<cols>\(columns)</cols>" }
        xml += "<sheetData>"
        let mergedRows = Set(sheet.mergedRanges.flatMap { $0.first.row...$0.last.row })
        for (index, row) in sheet.rows.enumerated() { xml += self.row(row, number: index + 1, mergedRows: mergedRows) }
        xml += "</sheetData>"
        if !sheet.mergedRanges.isEmpty {
            xml +=
                #"<mergeCells count="\#(sheet.mergedRanges.count)">"#
                + sheet.mergedRanges.map { #"<mergeCell ref="\#($0)"/>"# }.joined()
                + "</mergeCells>"
        }
        xml += #"<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>"#
        if let setup = sheet.printSetup {
            let fit = setup.fitsToPageWidth ? #" fitToWidth="1" fitToHeight="0""# : ""
            xml += #"<pageSetup paperSize="9" orientation="\#(setup.isLandscape ? "landscape" : "portrait")"\#(fit)/>"#
        }
        return xml + "</worksheet>"
    }

    /// The block from `A1` to the last row and column holding a cell.
    private var dimension: String {
        let lastRow = sheet.rows.lastIndex { $0.cells.contains { $0 != nil } }
        let lastColumn = sheet.rows.compactMap { $0.cells.lastIndex { $0 != nil } }.max()
        guard let lastRow, let lastColumn else { return "A1" }
        return CellRange(CellReference(row: 1, column: 1), CellReference(row: lastRow + 1, column: lastColumn + 1)).description
    }

    private var sheetView: String {
        let selected = isActive ? #" tabSelected="1""# : ""
        guard sheet.frozenRows > 0 else { return #"<sheetView\#(selected) workbookViewId="0"/>"# }
        let topLeft = CellReference(row: sheet.frozenRows + 1, column: 1)
        return #"<sheetView\#(selected) workbookViewId="0">"#
            + #"<pane ySplit="\#(sheet.frozenRows)" topLeftCell="\#(topLeft)" activePane="bottomLeft" state="frozen"/>"#
            + #"<selection pane="bottomLeft" activeCell="\#(topLeft)" sqref="\#(topLeft)"/>"#
            + "</sheetView>"
    }

    private var columns: String {
        sheet.columns.enumerated().map { index, column in
            let hidden = column.isHidden ? #" hidden="1""# : ""
            return #"<col min="\#(index + 1)" max="\#(index + 1)" width="\#(XLSXValue.literal(column.width))" customWidth="1"\#(hidden)/>"#
        }.joined()
    }

    /// A `<row>` element; its height is estimated unless it crosses a merged block
    /// (in `mergedRows`), whose text spans several columns.
    private func row(_ row: XLSXRow, number: Int, mergedRows: Set<Int>) -> String {
        let cells = row.cells.enumerated().compactMap { column, cell in
            cell.map { self.cell($0, at: CellReference(row: number, column: column + 1)) }
        }
        guard !cells.isEmpty || row.height != nil else { return "" }
        let height =
            if let height = row.height {
                #" ht="\#(XLSXValue.literal(height))" customHeight="1""#
            } else if !mergedRows.contains(number), let estimate = XLSXRowHeight.estimate(row, columns: sheet.columns) {
                #" ht="\#(XLSXValue.literal(estimate))""#
            } else {
                ""
            }
        return #"<row r="\#(number)"\#(height)>\#(cells.joined())</row>"#
    }

    private func cell(_ cell: XLSXCell, at reference: CellReference) -> String {
        let attributes = #"r="\#(reference)" s="\#(styles.index(of: cell.style))""#
        switch cell.value {
        case .text(let text):
            return
                #"<c \#(attributes) t="inlineStr"><is><t xml:space="preserve">\#(XMLEscaping.escapeSpreadsheetString(text))</t></is></c>"#
        case .number(let number):
            return "<c \(attributes)><v>\(XLSXValue.literal(number))</v></c>"
        case .boolean(let flag):
            return #"<c \#(attributes) t="b"><v>\#(flag ? 1 : 0)</v></c>"#
        }
    }
}
