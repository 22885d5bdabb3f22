import Crypto
import Foundation

/// Decrypts one attachment sealed by ``AttachmentSealer``, piece by piece. Damage, truncation,
/// reordering or extra bytes fail with ``WhistleblowingError/damagedAttachment`` — a truncation
/// only at ``finish()``, so write the output to a temporary place and keep it only once
/// ``finish()`` has succeeded.
public struct AttachmentOpener: AttachmentStreamStage {
    private let reportKey: ReportKey
    private var key: SymmetricKey?
    private var pending = AttachmentChunkBuffer()

    /// An opener for one attachment of the report whose key is `reportKey`.
    public init(reportKey: ReportKey) {
        self.reportKey = reportKey
    }

    /// The plaintext of every chunk that is known not to be the last.
    public mutating func update(_ bytes: some DataProtocol) throws(WhistleblowingError) -> Data {
        pending.append(bytes)
        guard let key = try readHeader() else { return Data() }
        var output = Data()
        while pending.count > AttachmentFormat.sealedChunkByteCount {
            output += try openNext(byteCount: AttachmentFormat.sealedChunkByteCount, key: key, isFinal: false)
        }
        return output
    }

    /// The plaintext of the final chunk, which must be everything left.
    public mutating func finish() throws(WhistleblowingError) -> Data {
        guard let key = try readHeader(), pending.count <= AttachmentFormat.sealedChunkByteCount else {
            throw .damagedAttachment
        }
        return try openNext(byteCount: pending.count, key: key, isFinal: true)
    }

    /// The file key once the whole header has arrived; refuses a wrong magic as soon as it can.
    private mutating func readHeader() throws(WhistleblowingError) -> SymmetricKey? {
        if let key { return key }
        let magic = AttachmentFormat.magic
        guard pending.starts(with: magic.prefix(pending.count)) else { throw .damagedAttachment }
        guard pending.count >= AttachmentFormat.headerByteCount else { return nil }
        let header = pending.take(AttachmentFormat.headerByteCount)
        key = AttachmentFormat.fileKey(reportKey, salt: header.dropFirst(magic.count))
        return key
    }

    private mutating func openNext(byteCount: Int, key: SymmetricKey, isFinal: Bool) throws(WhistleblowingError) -> Data {
        let chunk = pending.nextChunk(byteCount: byteCount)
        return try AttachmentFormat.openChunk(chunk.bytes, key: key, counter: chunk.counter, isFinal: isFinal)
    }
}
