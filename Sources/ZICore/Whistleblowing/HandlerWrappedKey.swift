import Crypto
import Foundation

/// A report key wrapped for one handler: X25519 between a fresh ephemeral key and the handler's
/// public key, HKDF-SHA256 over the shared secret (salted with both public keys) to a wrap key,
/// then ChaCha20-Poly1305. Only the holder of the handler's private key can unwrap it.
public struct HandlerWrappedKey: Codable, Equatable, Sendable {
    /// The handler this copy is for.
    public let recipient: HandlerPublicKey
    /// The ephemeral public key of the key agreement (32 bytes).
    public let ephemeralPublicKey: Data
    /// The sealed report key (nonce ‖ ciphertext ‖ tag).
    public let sealedKey: Data
}

extension HandlerWrappedKey {
    private static let label = "sizi.wbs.report-key.handler.v1"

    /// `reportKey` wrapped for `recipient` through a fresh ephemeral key.
    init(wrapping reportKey: ReportKey, for recipient: HandlerPublicKey) throws(WhistleblowingError) {
        let ephemeral = Curve25519.KeyAgreement.PrivateKey()
        let ephemeralPublicKey = ephemeral.publicKey.rawRepresentation
        let wrapKey = try Self.wrapKey(
            ephemeral, recipient.agreementKey(), ephemeralPublicKey: ephemeralPublicKey,
            recipient: recipient, failure: .invalidPublicKey)
        self.init(
            recipient: recipient, ephemeralPublicKey: ephemeralPublicKey,
            sealedKey: try AuthenticatedEncryption.seal(reportKey.key.data, using: wrapKey, label: Self.label))
    }

    /// The report key, opened with the recipient's private key.
    func unwrap(with handler: HandlerPrivateKey) throws(WhistleblowingError) -> ReportKey {
        guard let ephemeral = try? Curve25519.KeyAgreement.PublicKey(rawRepresentation: ephemeralPublicKey) else {
            throw .damagedCiphertext
        }
        let wrapKey = try Self.wrapKey(
            handler.key, ephemeral, ephemeralPublicKey: ephemeralPublicKey,
            recipient: recipient, failure: .damagedCiphertext)
        guard let raw = AuthenticatedEncryption.open(sealedKey, using: wrapKey, label: Self.label) else {
            throw .damagedCiphertext
        }
        return ReportKey(key: SymmetricKey(data: raw))
    }

    /// The wrap key both sides reach: `privateKey` agrees with `publicKey`; the HKDF salt names
    /// both public keys of the exchange. `failure` is thrown when X25519 refuses the keys.
    private static func wrapKey(
        _ privateKey: Curve25519.KeyAgreement.PrivateKey, _ publicKey: Curve25519.KeyAgreement.PublicKey,
        ephemeralPublicKey: Data, recipient: HandlerPublicKey,
        failure: WhistleblowingError
    ) throws(WhistleblowingError) -> SymmetricKey {
        guard let shared = try? privateKey.sharedSecretFromKeyAgreement(with: publicKey) else { throw failure }
        return shared.hkdfDerivedSymmetricKey(
            using: SHA256.self, salt: ephemeralPublicKey + recipient.rawRepresentation,
            sharedInfo: Data(label.utf8), outputByteCount: 32)
    }
}
