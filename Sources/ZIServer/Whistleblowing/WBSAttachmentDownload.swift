import Fluent
import Vapor
import ZICore

/// Sends an attachment of a report to one of its handlers, decrypted piece by piece while it
/// streams from the blob store (never written to disk in clear). The declared length is the
/// plaintext's, so a damaged or cut ciphertext ends the download visibly incomplete.
enum WBSAttachmentDownload {
    static func response(_ req: Request) async throws -> Response {
        let opened = try await WBSCaseAccess.open(req)
        guard let id = req.parameters.get("attachmentID", as: UUID.self),
            let row = try await WBSAttachment.query(on: req.db).filter(\.$id == id).filter(\.$report.$id == opened.report.id!).first()
        else { throw AppError.notFound }
        guard let description = try? opened.key.open(AttachmentDescription.self, from: row.sealedDescription) else {
            throw WBSError.damaged
        }
        let store = req.application.evidence.store
        let hash = row.blobHash
        guard try await store.contains(hash) else { throw AppError(.gone, code: "evidence_blob_missing") }
        let key = CryptoBox(opened.key)
        let response = Response(
            status: .ok,
            body: .init(
                managedAsyncStream: { writer in
                    var opener = AttachmentOpener(reportKey: key.value)
                    try await store.read(hash) { buffer in
                        let plaintext = try opener.update(buffer.readableBytesView)
                        if !plaintext.isEmpty { try await writer.writeBuffer(ByteBuffer(data: plaintext)) }
                    }
                    try await writer.writeBuffer(ByteBuffer(data: try opener.finish()))
                }, count: description.byteCount))
        let parts = description.mediaType.split(separator: "/").map(String.init)
        Download.describe(
            response, type: parts.count == 2 ? HTTPMediaType(type: parts[0], subType: parts[1]) : .binary,
            fileName: description.fileName)
        return response
    }
}
