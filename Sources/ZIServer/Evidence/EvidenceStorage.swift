import Foundation
import Vapor
import ZIDocuments

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

    /// Receives `chunks` into a temporary file, within the size limit, and checks what the file
    /// is by its content: the received file and its type, or a clear refusal (the file removed).
    func receive<Chunks: AsyncSequence>(_ chunks: Chunks, fileName: String,
                                        threadPool: NIOThreadPool) async throws -> (ReceivedFile, EvidenceFileType)
    where Chunks.Element == ByteBuffer {
        let file: ReceivedFile
        do {
            file = try await ReceivedFile.receive(chunks, limit: maxBytes, directory: incoming, threadPool: threadPool)
        } catch ReceivedFile.Failure.tooLarge(let limit) {
            throw AppError(.payloadTooLarge, code: "evidence_too_large", arguments: [String(limit >> 20)])
        } catch ReceivedFile.Failure.empty {
            throw AppError(.unprocessableEntity, code: "evidence_empty")
        }
        do {
            guard let type = try EvidenceFileSniffer.detect(fileAt: file.url) else {
                throw AppError(.unsupportedMediaType, code: "evidence_type_not_allowed", arguments: [fileName])
            }
            guard EvidenceFileSniffer.matchesExtension(type, fileName: fileName) else {
                throw AppError(.unprocessableEntity, code: "evidence_extension_mismatch", arguments: [fileName, type.label])
            }
            return (file, type)
        } catch {
            try? FileManager.default.removeItem(at: file.url)
            throw error
        }
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
