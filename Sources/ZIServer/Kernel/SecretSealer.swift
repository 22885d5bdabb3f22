import Crypto
import Foundation
import Vapor

/// Seals the small secrets SIZI must read back (TOTP secrets) under the installation's key, so a
/// copy of the database, a dump or a backup of it does not give them away.
///
/// The key is `SIZI_SECRET_KEY` (32 bytes in base64; every instance sharing a database needs the
/// same one) or else the file `secret.key` in the data directory, made on first start with mode
/// 0600. Back it up apart from the database: without it no sealed secret opens again.
package struct SecretSealer: Sendable {
    /// What a sealed value starts with, before the base64 of AES-GCM's nonce, ciphertext and tag.
    static let prefix = "sealed:v1:"

    /// The 32 key bytes (kept as `Data`, which is `Sendable`; `SymmetricKey` is not).
    private let keyBytes: Data

    init(keyBytes: Data) {
        self.keyBytes = keyBytes
    }

    private var key: SymmetricKey { SymmetricKey(data: keyBytes) }

    /// A URL-safe HMAC-SHA256 of `message` under a key derived from the installation's key for
    /// signing (never the sealing key itself): the signature of a link that must not be forged.
    func signature(of message: String) -> String {
        let signing = HKDF<SHA256>.deriveKey(inputKeyMaterial: key, info: Data("sizi-link-signature".utf8), outputByteCount: 32)
        let mac = HMAC<SHA256>.authenticationCode(for: Data(message.utf8), using: signing)
        return Data(mac).base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// `plaintext` sealed; `context` (what it belongs to, e.g. `totp:<user id>`) is authenticated
    /// with it, so a sealed value copied onto another row does not open there.
    func seal(_ plaintext: String, context: String) throws -> String {
        let box = try AES.GCM.seal(Data(plaintext.utf8), using: key, authenticating: Data(context.utf8))
        guard let combined = box.combined else { throw SecretSealerError.unreadable }
        return Self.prefix + combined.base64EncodedString()
    }

    /// The plaintext of a value made by ``seal(_:context:)`` for the same `context`.
    func open(_ stored: String, context: String) throws -> String {
        guard stored.hasPrefix(Self.prefix), let combined = Data(base64Encoded: String(stored.dropFirst(Self.prefix.count))),
            let box = try? AES.GCM.SealedBox(combined: combined),
            let plaintext = try? AES.GCM.open(box, using: key, authenticating: Data(context.utf8))
        else {
            throw SecretSealerError.unreadable
        }
        return String(decoding: plaintext, as: UTF8.self)
    }

    /// The installation's sealer: from `SIZI_SECRET_KEY`, or the key file (made when missing).
    static func load(settings: Settings) throws -> SecretSealer {
        if let encoded = settings.secretKey {
            guard let bytes = Data(base64Encoded: encoded), bytes.count == 32 else {
                throw SettingsError(key: "SIZI_SECRET_KEY", message: "must be 32 bytes in base64 (openssl rand -base64 32)")
            }
            return SecretSealer(keyBytes: bytes)
        }
        let url = URL(fileURLWithPath: settings.dataDirectory).appendingPathComponent("secret.key")
        if !FileManager.default.fileExists(atPath: url.path) {
            try FileManager.default.createDirectory(atPath: settings.dataDirectory, withIntermediateDirectories: true)
            let fresh = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
            guard
                FileManager.default.createFile(
                    atPath: url.path, contents: fresh.base64EncodedData(),
                    attributes: [.posixPermissions: 0o600])
            else {
                throw SettingsError(key: "SIZI_SECRET_KEY", message: "unset, and \(url.path) cannot be written")
            }
        }
        guard let text = try? String(contentsOf: url, encoding: .utf8),
            let bytes = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)), bytes.count == 32
        else {
            throw SettingsError(key: "SIZI_SECRET_KEY", message: "unset, and \(url.path) does not hold 32 bytes in base64")
        }
        return SecretSealer(keyBytes: bytes)
    }
}

/// A sealed secret that does not open: another installation's key, another row, or altered.
enum SecretSealerError: Error {
    case unreadable
}

extension Application {
    private struct SecretSealerKey: StorageKey { typealias Value = SecretSealer }

    /// The sealer of secrets kept in the database.
    package var secretSealer: SecretSealer {
        get { storage[SecretSealerKey.self]! }
        set { storage[SecretSealerKey.self] = newValue }
    }
}
