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

    /// Receives `chunks` into a temporary file within the size limit, checks it by content
    /// and stores it: the version-to-be, or a clear refusal (nothing kept).
    func receive<Chunks: AsyncSequence>(
        _ chunks: Chunks, fileName: String,
        threadPool: NIOThreadPool
    ) async throws -> StoredFile
    where Chunks.Element == ByteBuffer {
        let file = try await Self.explainingFailures {
            try await ReceivedFile.receive(chunks, limit: maxBytes, directory: incoming, threadPool: threadPool)
        }
        return try await keep(file, fileName: fileName)
    }

    /// Checks a received file by its content (removing it when refused) and stores it.
    func keep(_ file: ReceivedFile, fileName: String) async throws -> StoredFile {
        try await store(file, fileName: fileName, type: try check(file, fileName: fileName))
    }

    /// Checks every file of a form by name and content before storing any: one refusal keeps
    /// none (every received file is removed).
    func keepAll(_ files: [StreamingFormUpload.File]) async throws -> [StoredFile] {
        var stored: [StoredFile] = []
        for upload in try checkAll(files) { stored.append(try await store(upload.file, fileName: upload.fileName, type: upload.type)) }
        return stored
    }

    /// A received file that passed the checks, with its safe name and detected type.
    struct CheckedUpload: Sendable {
        let file: ReceivedFile
        let fileName: String
        let type: EvidenceFileType
    }

    /// Checks every file of a form by name and content; one refusal hands every file to `discard`
    /// (by default removed) and throws.
    func checkAll(
        _ files: [StreamingFormUpload.File],
        discard: (URL) -> Void = { try? FileManager.default.removeItem(at: $0) }
    ) throws -> [CheckedUpload] {
        var checked: [CheckedUpload] = []
        do {
            for part in files {
                let name = try UploadFileName.checked(part.fileName, field: part.field)
                checked.append(CheckedUpload(file: part.file, fileName: name, type: try check(part.file, fileName: name, discard: discard)))
            }
        } catch {
            files.forEach { discard($0.file.url) }
            throw error
        }
        return checked
    }

    /// Stores a checked file: the version-to-be.
    func store(_ file: ReceivedFile, fileName: String, type: EvidenceFileType) async throws -> StoredFile {
        _ = try await store.put(file)
        return StoredFile(sha256: file.sha256, size: file.size, type: type, fileName: fileName)
    }

    /// The type of a received file, detected from its content; a refusal (the file handed to
    /// `discard`, by default removed) when it is not an allowed type or its name claims another one.
    func check(
        _ file: ReceivedFile, fileName: String,
        discard: (URL) -> Void = { try? FileManager.default.removeItem(at: $0) }
    ) throws -> EvidenceFileType {
        do {
            guard let detected = try EvidenceFileSniffer.detect(fileAt: file.url) else {
                throw AppError(.unsupportedMediaType, code: "evidence_type_not_allowed", arguments: [fileName])
            }
            guard EvidenceFileSniffer.matchesExtension(detected, fileName: fileName) else {
                throw AppError(.unprocessableEntity, code: "evidence_extension_mismatch", arguments: [fileName, detected.label])
            }
            return detected
        } catch {
            discard(file.url)
            throw error
        }
    }

    /// Runs `body`, turning the failures of receiving a file into the errors a person reads.
    static func explainingFailures<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch ReceivedFile.Failure.tooLarge(let limit) {
            throw AppError(.payloadTooLarge, code: "evidence_too_large", arguments: [String(limit >> 20)])
        } catch ReceivedFile.Failure.empty {
            throw AppError(.unprocessableEntity, code: "evidence_empty")
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
