import Foundation

/// Exact decimal arithmetic for LKE scores.
///
/// Scores are computed in `Decimal` (38 significant digits) so that the option values of the
/// LKE ZI 2026 master (0.67, 0.33, 0.75 …) and the regulation's thresholds (75, 48.0, 60 %)
/// are compared without binary floating-point drift. Numbers that arrive as `Double` (answers,
/// weights, thresholds) are taken at their shortest decimal spelling, so `0.1` is exactly 0.1.
extension Decimal {
    /// The decimal written the way Swift prints `value` (its shortest round-trip spelling).
    /// Non-finite values have no decimal form and give NaN.
    init(shortest value: Double) {
        guard value.isFinite else {
            self = .nan
            return
        }
        self = Decimal(string: "\(value)", locale: Locale(identifier: "en_US_POSIX")) ?? .nan
    }

    /// The nearest `Double`, for reporting (parsed from the decimal digits, which rounds
    /// correctly where `NSDecimalNumber.doubleValue` may be one unit off).
    var double: Double {
        Double(description) ?? .nan
    }

    /// The value rounded half-up to `places` decimals.
    func rounded(places: Int) -> Decimal {
        var source = self
        var result = Decimal()
        NSDecimalRound(&result, &source, places, .plain)
        return result
    }
}

/// The result of an LKE formula in exact arithmetic, extended the way IEEE arithmetic extends
/// the reals: `x / 0` is `+∞` for `x > 0`, `-∞` for `x < 0`, and undefined for `0 / 0`.
public enum LKEExactResult: Sendable, Equatable {
    case finite(Decimal)
    case positiveInfinity
    case negativeInfinity
    case undefined

    /// The result as a `Double` (±∞ and NaN included).
    public var double: Double {
        switch self {
        case .finite(let value): value.double
        case .positiveInfinity: .infinity
        case .negativeInfinity: -.infinity
        case .undefined: .nan
        }
    }

    private var sign: Int {
        switch self {
        case .finite(let value): value.isZero ? 0 : (value < 0 ? -1 : 1)
        case .positiveInfinity: 1
        case .negativeInfinity: -1
        case .undefined: 0
        }
    }

    private static func infinity(sign: Int) -> LKEExactResult {
        sign > 0 ? .positiveInfinity : sign < 0 ? .negativeInfinity : .undefined
    }

    static prefix func - (operand: LKEExactResult) -> LKEExactResult {
        switch operand {
        case .finite(let value): .finite(-value)
        case .positiveInfinity: .negativeInfinity
        case .negativeInfinity: .positiveInfinity
        case .undefined: .undefined
        }
    }

    static func + (lhs: LKEExactResult, rhs: LKEExactResult) -> LKEExactResult {
        switch (lhs, rhs) {
        case (.undefined, _), (_, .undefined): .undefined
        case (.finite(let a), .finite(let b)): .finite(a + b)
        case (.finite, let infinite), (let infinite, .finite): infinite
        default: lhs == rhs ? lhs : .undefined
        }
    }

    static func - (lhs: LKEExactResult, rhs: LKEExactResult) -> LKEExactResult {
        lhs + -rhs
    }

    static func * (lhs: LKEExactResult, rhs: LKEExactResult) -> LKEExactResult {
        switch (lhs, rhs) {
        case (.undefined, _), (_, .undefined): .undefined
        case (.finite(let a), .finite(let b)): .finite(a * b)
        default: infinity(sign: lhs.sign * rhs.sign)
        }
    }

    static func / (lhs: LKEExactResult, rhs: LKEExactResult) -> LKEExactResult {
        switch (lhs, rhs) {
        case (.undefined, _), (_, .undefined): .undefined
        case (.finite(let a), .finite(let b)): b.isZero ? infinity(sign: lhs.sign) : .finite(a / b)
        case (.finite, _): .finite(0)
        case (_, .finite): infinity(sign: lhs.sign * rhs.sign)
        default: .undefined
        }
    }
}
