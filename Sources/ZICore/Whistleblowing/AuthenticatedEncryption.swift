import Crypto
import Foundation

/// ChaCha20-Poly1305 with a fresh random nonce, the plaintext bound to a label naming what it is
/// (authenticated, not encrypted), so a ciphertext made for one purpose cannot be passed off as
/// another. Stored form: nonce (12 bytes) ‖ ciphertext ‖ tag (16 bytes).
enum AuthenticatedEncryption {
    /// Encrypts `plaintext` under `key` for the purpose `label`.
    static func seal(_ plaintext: some DataProtocol, using key: SymmetricKey, label: String) throws(WhistleblowingError) -> Data {
        do {
            return try ChaChaPoly.seal(plaintext, using: key, authenticating: Data(label.utf8)).combined
        } catch {
            throw .encryptionFailed
        }
    }

    /// The plaintext, or nil when the ciphertext is damaged, was made under another key or for another label.
    static func open(_ combined: Data, using key: SymmetricKey, label: String) -> Data? {
        guard let box = try? ChaChaPoly.SealedBox(combined: combined) else { return nil }
        return try? ChaChaPoly.open(box, using: key, authenticating: Data(label.utf8))
    }
}
