/// How a written cell looks: font weight, wrapping, indentation and number format.
///
/// The writer gives every distinct style one cell format (`cellXfs` entry) in `styles.xml`.
/// All cells are aligned to the top, so that wrapped text of neighbouring cells starts level.
public struct XLSXStyle: Hashable, Sendable {
    /// Bold font.
    public var isBold: Bool
    /// Wrap text at the column width (the row grows to fit).
    public var wrapsText: Bool
    /// Left indentation in steps of about one character width, 0 … ``maxIndent``.
    public var indent: Int
    /// How numbers are shown.
    public var numberFormat: XLSXNumberFormat

    /// The largest indentation a cell format may have.
    public static let maxIndent = 250

    /// The default look: regular, unwrapped, not indented, general number format.
    public static let plain = XLSXStyle()

    public init(isBold: Bool = false, wrapsText: Bool = false, indent: Int = 0, numberFormat: XLSXNumberFormat = .general) {
        self.isBold = isBold
        self.wrapsText = wrapsText
        self.indent = indent
        self.numberFormat = numberFormat
    }
}

/// A built-in number format; the raw value is its SpreadsheetML `numFmtId`.
public enum XLSXNumberFormat: Int, Sendable {
    /// As typed (`General`).
    case general = 0
    /// Two decimals (`0.00`).
    case twoDecimals = 2
    /// A fraction shown as a percentage with two decimals (`0.00%`): 0.755 shows as 75.50%.
    case percentTwoDecimals = 10
    /// A date (built-in format 14), shown in the short date format of the reader's locale
    /// (`22/11/2026` in Indonesian); the value is the date's serial number, see
    /// ``XLSXValue/date(_:)``.
    case date = 14
}
