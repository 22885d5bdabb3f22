import Foundation
import Vapor

/// The evidence storage of a running SIZI: the configured blob backend, the size limit, and
/// where uploads arrive before they are hashed and stored.
struct EvidenceStorage: Sendable {
    let store: any BlobStore
    let maxBytes: Int64
    let incoming: URL

    init(settings: Settings, app: Application) {
        store = Self.store(settings.evidenceStorage, settings: settings, app: app)
        maxBytes = settings.evidenceMaxBytes
        incoming = settings.evidenceDirectory.appendingPathComponent("incoming")
    }

    /// A backend of `kind` (used for the configured one, and for the other side of a migration).
    static func store(_ kind: BlobStorageKind, settings: Settings, app: Application) -> any BlobStore {
        switch kind {
        case .filesystem:
            FileBlobStore(root: settings.evidenceDirectory.appendingPathComponent("blobs"), threadPool: app.threadPool)
        case .database:
            DatabaseBlobStore(database: { app.db }, write: { body in try await app.write(body) }, threadPool: app.threadPool)
        }
    }

    /// Receives `chunks` into a temporary file and stores it: the stored file's hash and size,
    /// and whether the content was new.
    func receive<Chunks: AsyncSequence>(_ chunks: Chunks, threadPool: NIOThreadPool) async throws -> (ReceivedFile, isNew: Bool)
    where Chunks.Element == ByteBuffer {
        let file = try await ReceivedFile.receive(chunks, limit: maxBytes, directory: incoming, threadPool: threadPool)
        return (file, try await store.put(file))
    }
}

extension Application {
    private struct EvidenceStorageKey: StorageKey { typealias Value = EvidenceStorage }

    /// The evidence storage configured at start.
    var evidence: EvidenceStorage {
        get { storage[EvidenceStorageKey.self]! }
        set { storage[EvidenceStorageKey.self] = newValue }
    }
}
