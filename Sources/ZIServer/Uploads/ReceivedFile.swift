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
    static func receive<Chunks: AsyncSequence>(
        _ chunks: Chunks, limit: Int64, directory: URL,
        threadPool: NIOThreadPool
    ) async throws -> ReceivedFile
    where Chunks.Element == ByteBuffer {
        try await receive(limit: limit, directory: directory, threadPool: threadPool) { sink in
            for try await chunk in chunks { try await sink(chunk) }
        }
    }

    /// The same for a producer that hands its chunks to a sink, one at a time (a blob store's
    /// ``BlobStore/read(_:into:)``), so that nothing is buffered between the two.
    static func receive(
        limit: Int64, directory: URL, threadPool: NIOThreadPool,
        _ produce: ((ByteBuffer) async throws -> Void) async throws -> Void
    ) async throws -> ReceivedFile {
        let receiver = try FileReceiver(directory: directory, limit: limit, threadPool: threadPool)
        do {
            try await produce { try await receiver.append($0) }
            return try receiver.finish()
        } catch {
            receiver.discard()
            throw error
        }
    }
}

/// Writes one incoming file chunk by chunk into a temporary file, hashing and counting as it
/// goes. Used by one task at a time; ``finish()`` or ``discard()`` ends it.
final class FileReceiver {
    private let url: URL
    private let handle: FileHandle
    private let limit: Int64
    private let threadPool: NIOThreadPool
    private let disposal: UploadDisposal
    private var hasher = SHA256()
    private var size: Int64 = 0

    init(directory: URL, limit: Int64, threadPool: NIOThreadPool, disposal: UploadDisposal = .remove) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        url = directory.appendingPathComponent("upload-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
        handle = try FileHandle(forWritingTo: url)
        self.limit = limit
        self.threadPool = threadPool
        self.disposal = disposal
    }

    /// Adds a chunk; throws ``ReceivedFile/Failure/tooLarge(limit:)`` once the limit is passed.
    func append(_ chunk: ByteBuffer) async throws {
        size += Int64(chunk.readableBytes)
        guard size <= limit else { throw ReceivedFile.Failure.tooLarge(limit: limit) }
        let bytes = Data(buffer: chunk, byteTransferStrategy: .noCopy)
        hasher.update(data: bytes)
        let handle = handle
        try await threadPool.runIfActive { try handle.write(contentsOf: bytes) }
    }

    /// The complete file; throws ``ReceivedFile/Failure/empty`` (and removes it) when nothing arrived.
    func finish() throws -> ReceivedFile {
        try handle.close()
        guard size > 0 else {
            try? FileManager.default.removeItem(at: url)
            throw ReceivedFile.Failure.empty
        }
        return ReceivedFile(url: url, sha256: BlobVerifier.hex(hasher.finalize()), size: size)
    }

    /// Abandons the file.
    func discard() {
        try? handle.close()
        disposal.dispose(url)
    }
}
