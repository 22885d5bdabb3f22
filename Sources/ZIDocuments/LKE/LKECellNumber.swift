import Foundation

/// Reads a number from a cell of an imported LKE sheet, as the person filling it in meant it.
enum LKECellNumber {
    /// The number in `cell`, or `nil` if it holds none.
    ///
    /// Text is read leniently: surrounding spaces, a decimal comma (`87,5`) and, for a percentage,
    /// a trailing `%` are accepted; thousands separators are not. With `asPercentage`, a number
    /// shown as a percentage (`75.00%`, stored as 0.75) counts as 75, rounded to six decimals.
    static func read(_ cell: XLSXCellContents, asPercentage: Bool) -> Double? {
        switch cell.value {
        case .number(let number):
            return asPercentage && cell.isPercentage ? (number * 100 * 1e6).rounded() / 1e6 : number
        case .text(let text):
            var literal = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if asPercentage, literal.hasSuffix("%") {
                literal = literal.dropLast().trimmingCharacters(in: .whitespaces)
            }
            if !literal.contains("."), literal.filter({ $0 == "," }).count == 1 {
                literal = literal.replacingOccurrences(of: ",", with: ".")
            }
            guard !literal.isEmpty, literal.allSatisfy({ "0123456789.+-eE".contains($0) }) else { return nil }
            return Double(literal)
        case .boolean:
            return nil
        }
    }
}
