import ZICore

/// The sheets of the reports' workbooks (monev, SKM, complaints): optional title rows, then a
/// bold header row that stays in view and repeats on every printed page (landscape, fitted to
/// the page width), then the body rows; text cells wrap.
enum XLSXReportSheet {
    /// The header cells' style.
    static let header = XLSXStyle(isBold: true, wrapsText: true)
    /// The style of text cells.
    static let wrapped = XLSXStyle(wrapsText: true)
    /// The style of shares, stored as fractions (0.75 for 75 %).
    static let percent = XLSXStyle(numberFormat: .percentTwoDecimals)
    /// The style of numbers with two decimals.
    static let twoDecimals = XLSXStyle(numberFormat: .twoDecimals)
    /// The style of dates, stored as serial numbers (``XLSXValue/date(_:)``).
    static let date = XLSXStyle(numberFormat: .date)

    /// A sheet named `name`: `titleRows` above the `header` row, one width per column, then `rows`.
    static func sheet(_ name: String, titleRows: [XLSXRow] = [], header: [String], widths: [Double], rows: [XLSXRow]) -> XLSXSheet {
        let headerRow = titleRows.count + 1
        return XLSXSheet(
            name: name, columns: widths.map { XLSXColumn(width: $0) },
            rows: titleRows + [XLSXRow(cells: header.map { XLSXCell(.text($0), style: Self.header) })] + rows,
            frozenRows: headerRow,
            printSetup: XLSXPrintSetup(isLandscape: true, fitsToPageWidth: true, repeatedRows: headerRow...headerRow)
        )
    }

    /// A wrapping text cell.
    static func text(_ value: String) -> XLSXCell {
        XLSXCell(.text(value), style: wrapped)
    }

    /// A wrapping text cell, or an empty cell for `nil`.
    static func optionalText(_ value: String?) -> XLSXCell? {
        value.map(text)
    }

    /// A number cell in the general format (counts, row numbers).
    static func number(_ value: Int) -> XLSXCell {
        XLSXCell(.number(Double(value)))
    }

    /// `part` ÷ `whole` as a percentage cell, or an empty cell when `whole` is 0.
    static func share(_ part: Int, of whole: Int) -> XLSXCell? {
        whole == 0 ? nil : XLSXCell(.number(Double(part) / Double(whole)), style: percent)
    }

    /// A date cell, or an empty cell for `nil`.
    static func optionalDate(_ value: CalendarDate?) -> XLSXCell? {
        value.map { XLSXCell(.date($0), style: date) }
    }
}
