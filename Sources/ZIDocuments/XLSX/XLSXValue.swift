/// The value of a spreadsheet cell, as written by ``XLSXWriter`` and read by ``XLSXReader``.
public enum XLSXValue: Sendable, Equatable, CustomStringConvertible {
    /// Text. The reader also returns the cached results of text formulas, error values
    /// (`#N/A`, `#DIV/0!`) and ISO dates this way.
    case text(String)
    /// A finite number.
    case number(Double)
    /// `TRUE` or `FALSE`.
    case boolean(Bool)

    /// The value as a person would type it: integral numbers without a decimal point,
    /// booleans as `TRUE`/`FALSE`.
    public var description: String {
        switch self {
        case .text(let text): text
        case .number(let number): Self.literal(number)
        case .boolean(let flag): flag ? "TRUE" : "FALSE"
        }
    }

    /// The shortest decimal literal that reads back as `number` (`4` rather than `4.0`).
    static func literal(_ number: Double) -> String {
        if number == number.rounded(), abs(number) < 1e15 {
            return String(Int64(number))
        }
        return String(number)
    }
}
