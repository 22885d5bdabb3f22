/// How a `% Realisasi` cell is read.
///
/// - Empty, `-`, `–` or `—`: no realisasi.
/// - A number, read with ``LKECellNumber`` as a percentage: `75`, `75%`, `75 %`, `75,5`, `75.5`
///   and a workbook cell formatted as a percentage (stored as 0.75) all give 75 (thousands
///   separators are not read).
/// - A number without `%` strictly between 0 and 1 (`0,75`, or 0.75 in a cell not formatted as a
///   percentage) is taken as written, 0.75 %, and flagged as ambiguous: it may be a fraction
///   meaning 75 %. Numbers are never rescaled by guesswork.
/// - Below 0 or above 100: out of range; anything else: invalid.
enum PlanRealisasi {
    /// What a cell says.
    enum Reading: Equatable {
        case none
        case percent(Double)
        case ambiguous(Double)
        case outOfRange(Double)
        case invalid(String)

        /// The percentage to import: the value read, ambiguous or not.
        var percent: Double? {
            switch self {
            case .percent(let value), .ambiguous(let value): value
            case .none, .outOfRange, .invalid: nil
            }
        }
    }

    static func read(_ cell: XLSXCellContents?) -> Reading {
        guard let cell else { return .none }
        let text = PlanText.trimmed(cell.value.description)
        if ["", "-", "–", "—"].contains(text) { return .none }
        guard let value = LKECellNumber.read(cell, asPercentage: true) else { return .invalid(text) }
        guard (0...100).contains(value) else { return .outOfRange(value) }
        let isExplicit = cell.isPercentage || text.hasSuffix("%")
        return !isExplicit && value > 0 && value < 1 ? .ambiguous(value) : .percent(value)
    }
}
