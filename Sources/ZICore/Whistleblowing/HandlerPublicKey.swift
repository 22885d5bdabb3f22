import Crypto
import Foundation

/// A WBS handler's Curve25519 public key, which report keys are wrapped to. Not secret: the
/// server stores it in clear with the handler's account.
public struct HandlerPublicKey: Codable, Hashable, Sendable {
    /// The 32-byte raw representation.
    public let rawRepresentation: Data

    /// A stored public key; fails when the bytes are not a Curve25519 key.
    public init(rawRepresentation: Data) throws(WhistleblowingError) {
        self.rawRepresentation = rawRepresentation
        _ = try agreementKey()
    }

    /// The public half of a key made here, valid by construction.
    init(_ key: Curve25519.KeyAgreement.PublicKey) {
        rawRepresentation = key.rawRepresentation
    }

    /// The key for X25519 (checked again here because a decoded value skips the initializer).
    func agreementKey() throws(WhistleblowingError) -> Curve25519.KeyAgreement.PublicKey {
        guard let key = try? Curve25519.KeyAgreement.PublicKey(rawRepresentation: rawRepresentation) else {
            throw .invalidPublicKey
        }
        return key
    }
}
