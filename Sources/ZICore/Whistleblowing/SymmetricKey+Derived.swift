import Crypto
import Foundation

extension SymmetricKey {
    /// An independent 256-bit key for one purpose, expanded from this one with HKDF-SHA256;
    /// different labels give keys that reveal nothing about each other or about this key.
    func derived(label: String, salt: Data = Data()) -> SymmetricKey {
        HKDF<SHA256>.deriveKey(inputKeyMaterial: self, salt: salt, info: Data(label.utf8), outputByteCount: 32)
    }

    /// The key's bytes.
    var data: Data { withUnsafeBytes { Data($0) } }
}
