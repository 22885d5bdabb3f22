import Crypto
import Foundation
import NIOCore
import NIOPosix

/// A file received into a temporary location, with the SHA-256 and size computed while it
/// arrived: nothing is held in memory beyond one chunk.
struct ReceivedFile: Sendable {
    let url: URL
    let sha256: String
    let size: Int64

    /// Why receiving a file failed.
    enum Failure: Error, Equatable {
        /// More than `limit` bytes arrived; the partial file is removed.
        case tooLarge(limit: Int64)
        /// Nothing arrived.
        case empty
    }

    /// Writes `chunks` to a new file in `directory` as they arrive (file writes run on
    /// `threadPool`), hashing on the way; stops with ``Failure/tooLarge(limit:)`` as soon as
    /// the limit is passed.
    static func receive<Chunks: AsyncSequence>(_ chunks: Chunks, limit: Int64, directory: URL,
                                               threadPool: NIOThreadPool) async throws -> ReceivedFile
    where Chunks.Element == ByteBuffer {
        try await receive(limit: limit, directory: directory, threadPool: threadPool) { sink in
            for try await chunk in chunks { try await sink(chunk) }
        }
    }

    /// The same for a producer that hands its chunks to a sink, one at a time (a blob store's
    /// ``BlobStore/read(_:into:)``), so that nothing is buffered between the two.
    static func receive(limit: Int64, directory: URL, threadPool: NIOThreadPool,
                        _ produce: ((ByteBuffer) async throws -> Void) async throws -> Void) async throws -> ReceivedFile {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent("upload-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        let handle = try FileHandle(forWritingTo: url)
        var hasher = SHA256()
        var size: Int64 = 0
        do {
            try await produce { chunk in
                size += Int64(chunk.readableBytes)
                guard size <= limit else { throw Failure.tooLarge(limit: limit) }
                let bytes = Data(buffer: chunk, byteTransferStrategy: .noCopy)
                hasher.update(data: bytes)
                try await threadPool.runIfActive { try handle.write(contentsOf: bytes) }
            }
            try handle.close()
            guard size > 0 else { throw Failure.empty }
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(at: url)
            throw error
        }
        return ReceivedFile(url: url, sha256: BlobVerifier.hex(hasher.finalize()), size: size)
    }
}
