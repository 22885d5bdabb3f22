/// Numbers written the Indonesian way: a decimal comma, no more decimals than needed.
enum IndonesianNumber {
    /// The largest magnitude written as a number; beyond it (and for NaN and infinities) a dash.
    private static let limit = 1e12

    /// A percentage (0…100 scale) rounded to at most two decimals, with a decimal comma and its
    /// sign: `75%`, `37,5%`, `66,67%`; a dash for a value that is not a finite number.
    static func percent(_ value: Double) -> String {
        guard value.isFinite, abs(value) < limit else { return MissingValue.dash }
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        var fraction = String(abs(hundredths) % 100)
        if fraction.count == 1 { fraction = "0" + fraction }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return sign + String(abs(hundredths) / 100) + (fraction.isEmpty ? "" : "," + fraction) + "%"
    }

    /// `part` as a percentage of `whole`, or a dash when `whole` is 0.
    static func share(_ part: Int, of whole: Int) -> String {
        whole == 0 ? MissingValue.dash : percent(Double(part) * 100 / Double(whole))
    }
}
