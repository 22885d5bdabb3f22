/// Tolerance and rounding for LKE arithmetic.
///
/// Scores are computed in `Double`. All weights of PermenPANRB 90/2021 are exact binary
/// fractions (multiples of 0.25), so a complete best answer set sums to exactly 100 and a
/// complete worst set to exactly 0. Option values such as ⅔ are not exact, so comparisons
/// against thresholds allow ``epsilon``, and reported numbers are rounded to six decimals
/// to hide floating-point noise (e.g. 4.799999999 → 4.8).
public enum LKEPrecision {
    static let epsilon = 1e-9

    /// `value ≥ threshold`, tolerating floating-point noise.
    static func meets(_ value: Double, _ threshold: Double) -> Bool {
        value >= threshold - epsilon
    }

    /// `a == b`, tolerating floating-point noise.
    static func equal(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= epsilon
    }

    /// `value` rounded to six decimals for reporting.
    public static func reported(_ value: Double) -> Double {
        (value * 1_000_000).rounded() / 1_000_000
    }
}
