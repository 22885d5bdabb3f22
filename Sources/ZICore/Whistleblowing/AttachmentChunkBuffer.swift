import Foundation

/// The input of an attachment stage not yet processed, handed out in numbered chunks. Consumed
/// bytes are dropped only when more input arrives, so a large piece is cut up without copying
/// the rest of it once per chunk.
struct AttachmentChunkBuffer {
    private var bytes = Data()
    private var consumed = 0
    private var chunkCount: UInt64 = 0

    /// The bytes not yet taken.
    var count: Int { bytes.count - consumed }

    /// Whether the bytes not yet taken begin with `prefix`.
    func starts(with prefix: Data) -> Bool {
        bytes.dropFirst(consumed).starts(with: prefix)
    }

    /// Appends more input.
    mutating func append(_ more: some DataProtocol) {
        bytes.removeFirst(consumed)
        consumed = 0
        bytes.append(contentsOf: more)
    }

    /// The first `byteCount` bytes not yet taken (which must be there).
    mutating func take(_ byteCount: Int) -> Data {
        let start = bytes.startIndex + consumed
        consumed += byteCount
        return Data(bytes[start..<start + byteCount])
    }

    /// The next chunk of `byteCount` bytes and its number, counting from 0.
    mutating func nextChunk(byteCount: Int) -> (bytes: Data, counter: UInt64) {
        defer { chunkCount += 1 }
        return (take(byteCount), chunkCount)
    }
}
