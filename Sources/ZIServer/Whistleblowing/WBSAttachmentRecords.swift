import Fluent
import Foundation

/// The rows of encrypted attachments, and their blobs when those must go (a failed filing,
/// the end of a retention period).
enum WBSAttachmentRecords {
    /// Records `attachments` of a report (with the reporter's message `entryID`, if any).
    static func add(
        _ attachments: [WBSAttachmentSealing.Sealed], to reportID: UUID, entryID: UUID?, on day: String,
        db: any Database
    ) async throws {
        for sealed in attachments {
            let row = WBSAttachment()
            row.$report.id = reportID
            row.entryID = entryID
            row.blobHash = sealed.blobHash
            row.size = sealed.size
            row.sealedDescription = sealed.sealedDescription
            row.createdOn = day
            try await row.create(on: db)
        }
    }

    /// Deletes ciphertext blobs no row refers to any more (best effort: a leftover blob is
    /// ciphertext nobody holds the key to).
    static func removeBlobs(_ hashes: [String], store: any BlobStore) async {
        for hash in hashes { try? await store.remove(hash) }
    }
}
