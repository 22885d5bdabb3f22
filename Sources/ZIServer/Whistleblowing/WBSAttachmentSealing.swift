import Foundation
import NIOCore
import Vapor
import ZICore

/// Turns checked uploads into encrypted attachments: each plaintext temporary file is read in
/// 64 KiB pieces through an `AttachmentSealer` into a new temporary file (hashed on the way),
/// shredded at once, and the ciphertext moves into the blob store under its own SHA-256. Only
/// ciphertext is ever kept; the name, type and size go into a sealed `AttachmentDescription`.
struct WBSAttachmentSealing {
    let storage: EvidenceStorage
    let threadPool: NIOThreadPool

    /// One encrypted attachment, ready to be recorded.
    struct Sealed: Sendable {
        let blobHash: String
        let size: Int64
        let sealedDescription: Data
    }

    /// Encrypts every upload under `reportKey`; the plaintext files are shredded whatever happens.
    func seal(_ uploads: [EvidenceStorage.CheckedUpload], reportKey: ReportKey) async throws -> [Sealed] {
        defer { uploads.forEach { PlaintextShredder.shred($0.file.url) } }
        var sealed: [Sealed] = []
        for upload in uploads { sealed.append(try await seal(upload, reportKey: reportKey)) }
        return sealed
    }

    private func seal(_ upload: EvidenceStorage.CheckedUpload, reportKey: ReportKey) async throws -> Sealed {
        let description = AttachmentDescription(
            fileName: upload.fileName, mediaType: upload.type.mediaType, byteCount: Int(upload.file.size))
        let source = try FileHandle(forReadingFrom: upload.file.url)
        defer { try? source.close() }
        var sealer = AttachmentSealer(reportKey: reportKey)
        let pool = threadPool
        let ciphertext = try await ReceivedFile.receive(limit: .max, directory: storage.incoming, threadPool: pool) { sink in
            while let piece = try await pool.runIfActive({ try source.read(upToCount: 64 * 1024) }), !piece.isEmpty {
                let output = try sealer.update(piece)
                if !output.isEmpty { try await sink(ByteBuffer(data: output)) }
            }
            try await sink(ByteBuffer(data: try sealer.finish()))
        }
        _ = try await storage.store.put(ciphertext)
        return Sealed(blobHash: ciphertext.sha256, size: ciphertext.size, sealedDescription: try reportKey.seal(description))
    }
}
