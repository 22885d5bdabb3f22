import Crypto
import _CryptoExtras
import Foundation

extension ScryptParameters {
    /// The 256-bit scrypt output for `secret` and `salt` at this cost.
    ///
    /// swift-crypto 3.12.3 force-unwraps the base address of both inputs, so empty ones are
    /// refused here instead of crashing: an empty salt as invalid parameters, an empty secret as
    /// a programming error (callers refuse empty passwords before deriving).
    func deriveKey(from secret: Data, salt: Data) throws(WhistleblowingError) -> SymmetricKey {
        precondition(!secret.isEmpty, "scrypt needs a non-empty secret")
        guard isUsable, !salt.isEmpty else { throw .invalidScryptParameters }
        do {
            return try KDF.Scrypt.deriveKey(
                from: secret, salt: salt, outputByteCount: 32,
                rounds: rounds, blockSize: blockSize, parallelism: parallelism)
        } catch {
            throw .invalidScryptParameters
        }
    }
}
