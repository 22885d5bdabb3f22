/// Decimal numbers written the Indonesian way, with a decimal comma: `81,25`, `3,2593`, `-0,5`.
public enum DecimalText {
    /// `value` (finite) rounded half away from zero to `decimals` places; with `trimmingZeros`
    /// the zeros ending the fraction are left out (`75,50` → `75,5`, `75,00` → `75`).
    public static func format(_ value: Double, decimals: Int, trimmingZeros: Bool = false) -> String {
        text(scaled: Int((value * Double(powerOfTen(decimals))).rounded()), decimals: decimals, trimmingZeros: trimmingZeros)
    }

    /// The number `scaled` ÷ 10^`decimals` written out: (8125, 2) → `81,25`.
    static func text(scaled: Int, decimals: Int, trimmingZeros: Bool = false) -> String {
        let unit = powerOfTen(decimals)
        var fraction = decimals == 0 ? "" : String(scaled.magnitude % UInt(unit)).leftPadded(to: decimals)
        if trimmingZeros {
            while fraction.hasSuffix("0") { fraction.removeLast() }
        }
        let sign = scaled < 0 ? "-" : ""
        return sign + String(scaled.magnitude / UInt(unit)) + (fraction.isEmpty ? "" : "," + fraction)
    }

    private static func powerOfTen(_ exponent: Int) -> Int {
        (0..<exponent).reduce(1) { power, _ in power * 10 }
    }
}
