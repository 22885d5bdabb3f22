/// Shares written as Indonesian percentages: at most one decimal, with a decimal comma
/// (`95%`, `95,5%`, `66,7%`).
public enum PercentText {
    /// `part` (≥ 0) of `whole` (> 0) as a percentage. A share strictly between none and all
    /// never reads `0%` or `100%`: it is held at `0,1%` or `99,9%`.
    static func share(_ part: Int, of whole: Int) -> String {
        var tenths = Int((Double(part) * 1000 / Double(whole)).rounded())
        if part > 0, part < whole {
            tenths = min(max(tenths, 1), 999)
        }
        return text(tenths: tenths)
    }

    /// A percentage value (`75` → `75%`, `75.5` → `75,5%`), rounded to one decimal.
    public static func format(_ percent: Double) -> String {
        text(tenths: Int((percent * 10).rounded()))
    }

    private static func text(tenths: Int) -> String {
        DecimalText.text(scaled: tenths, decimals: 1, trimmingZeros: true) + "%"
    }
}
