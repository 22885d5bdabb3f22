import Crypto
import Foundation

/// Encrypts one attachment under its report's key, piece by piece (see ``AttachmentFormat`` for
/// the layout and ``AttachmentStreamStage`` for feeding it). Use a new sealer per attachment.
public struct AttachmentSealer: AttachmentStreamStage {
    private let key: SymmetricKey
    private var header: Data?
    private var pending = AttachmentChunkBuffer()

    /// A sealer for one attachment of the report whose key is `reportKey`.
    public init(reportKey: ReportKey) {
        let salt = SecureRandom.bytes(AttachmentFormat.saltByteCount)
        key = AttachmentFormat.fileKey(reportKey, salt: salt)
        header = AttachmentFormat.magic + salt
    }

    /// The header (with the first output) and every full chunk that is known not to be the last.
    public mutating func update(_ bytes: some DataProtocol) throws(WhistleblowingError) -> Data {
        pending.append(bytes)
        var output = takeHeader()
        while pending.count > AttachmentFormat.chunkByteCount {
            output += try sealNext(byteCount: AttachmentFormat.chunkByteCount, isFinal: false)
        }
        return output
    }

    /// The final chunk (and the header, if nothing was output yet).
    public mutating func finish() throws(WhistleblowingError) -> Data {
        try takeHeader() + sealNext(byteCount: pending.count, isFinal: true)
    }

    private mutating func takeHeader() -> Data {
        defer { header = nil }
        return header ?? Data()
    }

    private mutating func sealNext(byteCount: Int, isFinal: Bool) throws(WhistleblowingError) -> Data {
        let chunk = pending.nextChunk(byteCount: byteCount)
        return try AttachmentFormat.sealChunk(chunk.bytes, key: key, counter: chunk.counter, isFinal: isFinal)
    }
}
