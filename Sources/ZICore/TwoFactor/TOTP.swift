import Crypto
import Foundation

/// Time-based one-time passwords (RFC 6238) with HMAC-SHA-1, the variant every authenticator
/// app supports: by default 6 digits for each 30-second step.
public struct TOTP: Sendable {
    /// The issuer shown in authenticator apps.
    public static let issuer = "SIZI"

    /// The shared secret.
    public let secret: TOTPSecret
    /// Digits per code (6 to 8).
    public let digits: Int
    /// Seconds per time step.
    public let period: Int

    /// TOTP with `secret`; `digits` must be 6, 7 or 8 and `period` positive.
    public init(secret: TOTPSecret, digits: Int = 6, period: Int = 30) {
        precondition((6...8).contains(digits) && period > 0, "TOTP needs 6–8 digits and a positive period")
        self.secret = secret
        self.digits = digits
        self.period = period
    }

    /// The time step `date` falls in (0 before 1970).
    public func step(at date: Date) -> UInt64 {
        UInt64(max(0, date.timeIntervalSince1970) / Double(period))
    }

    /// The code of time step `step`: HOTP (RFC 4226) with the step as counter.
    public func code(forStep step: UInt64) -> String {
        let mac = Array(
            HMAC<Insecure.SHA1>.authenticationCode(
                for: withUnsafeBytes(of: step.bigEndian) { Data($0) },
                using: SymmetricKey(data: secret.bytes)))
        let offset = Int(mac[mac.count - 1] & 0x0F)
        let truncated = mac[offset..<offset + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) } & 0x7FFF_FFFF
        let code = String(truncated % (1...digits).reduce(UInt32(1)) { product, _ in product * 10 })
        return String(repeating: "0", count: digits - code.count) + code
    }

    /// The code for the time step `date` falls in.
    public func code(at date: Date) -> String {
        code(forStep: step(at: date))
    }

    /// The time step whose code `typed` is, looking one step either side of `date` to allow for
    /// clock drift; nil when it matches none.
    ///
    /// Replay protection: steps at or before `lastUsedStep` (the step of the last accepted code,
    /// nil if none) are not accepted, so each code works once. Store the returned step as the
    /// new `lastUsedStep`.
    public func verify(_ typed: String, at date: Date, lastUsedStep: UInt64?) -> UInt64? {
        let entered = Array(typed.filter { !$0.isWhitespace }.utf8)
        let now = step(at: date)
        let candidates = (now == 0 ? 0 : now - 1)...(now + 1)
        return candidates.first { candidate in
            if let lastUsedStep, candidate <= lastUsedStep { return false }
            return Self.equalInConstantTime(Array(code(forStep: candidate).utf8), entered)
        }
    }

    /// Whether `a` equals `b`, taking the same time wherever they differ.
    private static func equalInConstantTime(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        return zip(a, b).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
