import Crypto
import Foundation

/// The layout of an encrypted attachment, version 1 (the STREAM construction, as in `age`):
///
/// - header: `SIZIWBS` and the version byte 1, then a random 32-byte salt; the file key is
///   HKDF-SHA256 of the report key with that salt, so no two attachments of a report share
///   chunk nonces;
/// - then the plaintext in 64 KiB chunks, each sealed with ChaCha20-Poly1305 (ciphertext ‖
///   16-byte tag) under the nonce `chunk counter (11 bytes, big-endian) ‖ final flag (1 byte)`.
///   Only the last chunk carries the final flag; it may be shorter, and it is empty only for an
///   empty file.
///
/// A reordered chunk fails its counter, a file cut at a chunk boundary ends in a chunk without
/// the final flag, data after the final chunk is refused, and any changed byte fails a tag or
/// (in the header) the magic or the file key.
enum AttachmentFormat {
    /// Identifies the format and its version.
    static let magic = Data("SIZIWBS".utf8) + [1]
    /// The length of the header's salt.
    static let saltByteCount = 32
    /// The length of the whole header.
    static let headerByteCount = magic.count + saltByteCount
    /// The plaintext bytes in every chunk but the last.
    static let chunkByteCount = 64 * 1024
    /// The length of a chunk's authentication tag.
    static let tagByteCount = 16
    /// The length of every sealed chunk but the last.
    static let sealedChunkByteCount = chunkByteCount + tagByteCount

    private static let label = "sizi.wbs.attachment.v1"

    /// The key of the attachment whose header carries `salt`.
    static func fileKey(_ reportKey: ReportKey, salt: Data) -> SymmetricKey {
        reportKey.key.derived(label: label, salt: salt)
    }

    /// Seals chunk number `counter` (ciphertext ‖ tag).
    static func sealChunk(_ plaintext: Data, key: SymmetricKey, counter: UInt64, isFinal: Bool) throws(WhistleblowingError) -> Data {
        guard let box = try? ChaChaPoly.seal(plaintext, using: key, nonce: nonce(counter: counter, isFinal: isFinal)) else {
            throw .encryptionFailed
        }
        return box.ciphertext + box.tag
    }

    /// Opens chunk number `counter`; fails unless it was sealed at that position with that final flag.
    static func openChunk(_ sealed: Data, key: SymmetricKey, counter: UInt64, isFinal: Bool) throws(WhistleblowingError) -> Data {
        guard sealed.count >= tagByteCount,
            let box = try? ChaChaPoly.SealedBox(
                nonce: nonce(counter: counter, isFinal: isFinal),
                ciphertext: sealed.dropLast(tagByteCount), tag: sealed.suffix(tagByteCount)),
            let plaintext = try? ChaChaPoly.open(box, using: key)
        else { throw .damagedAttachment }
        return plaintext
    }

    private static func nonce(counter: UInt64, isFinal: Bool) -> ChaChaPoly.Nonce {
        let bytes = Data(repeating: 0, count: 3) + withUnsafeBytes(of: counter.bigEndian) { Data($0) } + [isFinal ? 1 : 0]
        return try! ChaChaPoly.Nonce(data: bytes) // 12 bytes, the only length the initializer checks
    }
}
