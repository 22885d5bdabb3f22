import Foundation

/// What a handler's private key is sealed under: the handler's password or the recovery code.
enum UnlockSecret {
    /// The handler's password, as typed.
    case password(String)
    /// The recovery code shown when the keys were made.
    case recoveryCode(RecoveryCode)

    /// The bytes scrypt derives from. Passwords are Unicode-normalised (NFC) first, so the same
    /// password typed on different keyboards gives the same key.
    var bytes: Data {
        switch self {
        case .password(let password): Data(password.precomposedStringWithCanonicalMapping.utf8)
        case .recoveryCode(let code): code.bytes
        }
    }

    /// Authenticated with the sealed key, so a password-sealed copy never opens as a recovery copy.
    var label: String {
        switch self {
        case .password: "sizi.wbs.handler-key.password.v1"
        case .recoveryCode: "sizi.wbs.handler-key.recovery.v1"
        }
    }

    /// The error for a secret that does not open the key.
    var mismatch: WhistleblowingError {
        switch self {
        case .password: .wrongPassword
        case .recoveryCode: .wrongRecoveryCode
        }
    }
}
