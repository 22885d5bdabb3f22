/// Everything made for a WBS handler's key pair: store ``publicKey``, ``passwordSealed`` and
/// ``recoverySealed`` with the account; show ``recoveryCode`` once and never store it.
public struct HandlerKeySet: Sendable {
    /// The public key report keys are wrapped to.
    public let publicKey: HandlerPublicKey
    /// The private key sealed under the handler's password.
    public let passwordSealed: SealedPrivateKey
    /// The private key sealed under ``recoveryCode``.
    public let recoverySealed: SealedPrivateKey
    /// The recovery code, to show once.
    public let recoveryCode: RecoveryCode

    /// A new key pair for a new handler (two scrypts).
    public static func create(password: String, parameters: ScryptParameters = .keySeal) throws(WhistleblowingError) -> HandlerKeySet {
        try HandlerKeySet(privateKey: .generate(), password: password, parameters: parameters)
    }

    /// An existing private key sealed anew under `password` and a fresh recovery code (two
    /// scrypts): after a recovery, so the used code is replaced and a new password set.
    public init(privateKey: HandlerPrivateKey, password: String, parameters: ScryptParameters = .keySeal) throws(WhistleblowingError) {
        let code = RecoveryCode.generate()
        publicKey = privateKey.publicKey
        passwordSealed = try SealedPrivateKey(sealing: privateKey, with: .password(password), parameters: parameters)
        recoverySealed = try SealedPrivateKey(sealing: privateKey, with: .recoveryCode(code), parameters: parameters)
        recoveryCode = code
    }
}
