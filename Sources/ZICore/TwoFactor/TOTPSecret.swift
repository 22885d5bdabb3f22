import Foundation

/// The secret an authenticator app shares with SIZI for TOTP: 20 random bytes (160 bits, the
/// length RFC 4226 recommends for HMAC-SHA-1), exchanged as base32.
public struct TOTPSecret: Hashable, Sendable {
    /// How many random bytes a new secret has.
    public static let byteCount = 20

    /// The secret's bytes (the HMAC key).
    let bytes: Data

    /// A secret with the given bytes (the RFC test vectors use an ASCII one).
    init(bytes: Data) {
        self.bytes = bytes
    }

    /// A new random secret.
    public static func generate() -> TOTPSecret {
        TOTPSecret(bytes: SecureRandom.bytes(byteCount))
    }

    /// A secret as stored or typed in base32; case, spaces, dashes and `=` padding do not matter.
    /// Nil when the text is empty or not base32.
    public init?(base32: String) {
        let cleaned = TypedCode.withoutSeparators(base32).uppercased().filter { $0 != "=" }
        guard let bytes = Base32.decode(cleaned), !bytes.isEmpty else { return nil }
        self.bytes = bytes
    }

    /// The secret in base32, as stored and as put into the provisioning URI.
    public var base32: String { Base32.encode(bytes) }
}
