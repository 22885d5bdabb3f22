import Crypto
import Foundation

/// A handler's private key encrypted under a key that scrypt derives from the password (or the
/// recovery code) with a per-seal random salt. Salt and cost are stored alongside, so the cost
/// can be raised later: after a successful unlock, if ``parameters`` is below
/// ``ScryptParameters/standard``, re-seal with ``changingPassword(from:to:parameters:)`` using the
/// same password.
public struct SealedPrivateKey: Codable, Equatable, Sendable {
    /// The random scrypt salt of this seal.
    public let salt: Data
    /// The scrypt cost of this seal.
    public let parameters: ScryptParameters
    /// The sealed private key (nonce ‖ ciphertext ‖ tag).
    public let ciphertext: Data

    /// The private key, when `secret` is the one it was sealed under (one scrypt).
    func unlock(with secret: UnlockSecret) throws(WhistleblowingError) -> HandlerPrivateKey {
        let bytes = secret.bytes
        guard !bytes.isEmpty else { throw secret.mismatch }
        let sealingKey = try parameters.deriveKey(from: bytes, salt: salt)
        guard let raw = AuthenticatedEncryption.open(ciphertext, using: sealingKey, label: secret.label),
            let key = try? Curve25519.KeyAgreement.PrivateKey(rawRepresentation: raw)
        else { throw secret.mismatch }
        return HandlerPrivateKey(key: key)
    }

    /// The private key, when `password` is right; otherwise ``WhistleblowingError/wrongPassword``.
    public func unlock(password: String) throws(WhistleblowingError) -> HandlerPrivateKey {
        try unlock(with: .password(password))
    }

    /// The private key, when `recoveryCode` is right; otherwise ``WhistleblowingError/wrongRecoveryCode``.
    public func unlock(recoveryCode: RecoveryCode) throws(WhistleblowingError) -> HandlerPrivateKey {
        try unlock(with: .recoveryCode(recoveryCode))
    }

    /// The same private key sealed under `newPassword` with a new salt (two scrypts); fails with
    /// ``WhistleblowingError/wrongPassword`` when `oldPassword` does not open this seal.
    public func changingPassword(
        from oldPassword: String, to newPassword: String,
        parameters: ScryptParameters = .keySeal
    ) throws(WhistleblowingError) -> SealedPrivateKey {
        try SealedPrivateKey(sealing: unlock(password: oldPassword), with: .password(newPassword), parameters: parameters)
    }
}

extension SealedPrivateKey {
    /// `key` sealed under `secret` with a fresh 32-byte salt (one scrypt).
    init(sealing key: HandlerPrivateKey, with secret: UnlockSecret, parameters: ScryptParameters) throws(WhistleblowingError) {
        let bytes = secret.bytes
        guard !bytes.isEmpty else { throw .passwordRequired }
        let salt = SecureRandom.bytes(32)
        let sealingKey = try parameters.deriveKey(from: bytes, salt: salt)
        self.init(
            salt: salt, parameters: parameters,
            ciphertext: try AuthenticatedEncryption.seal(key.key.rawRepresentation, using: sealingKey, label: secret.label))
    }
}
