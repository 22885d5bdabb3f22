import Crypto

/// A WBS handler's unlocked Curve25519 private key. It exists only in memory while the handler
/// works; at rest it is always a ``SealedPrivateKey``. Not `Sendable`, because swift-crypto 3.12.3
/// does not mark its Curve25519 private key so; unlock it in the task that uses it.
public struct HandlerPrivateKey {
    /// The key itself.
    let key: Curve25519.KeyAgreement.PrivateKey

    /// A new random key pair.
    static func generate() -> HandlerPrivateKey {
        HandlerPrivateKey(key: Curve25519.KeyAgreement.PrivateKey())
    }

    /// The public half, which report keys are wrapped to.
    public var publicKey: HandlerPublicKey { HandlerPublicKey(key.publicKey) }
}
