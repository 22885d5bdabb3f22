import Fluent
import Vapor
import ZIDocuments

/// Sends a stored file (evidence version, complaint attachment, public document), streamed
/// from the blob store with its checked content type, its name and its hash.
enum StoredFileDownload {
    /// A stored file, streamed with its checked content type, its name and its hash
    /// (`X-Content-SHA256`); `inline` (or `?inline=1`) shows a PDF or an image in the browser.
    static func response(
        sha256 hash: String, size: Int64, fileType: String, fileName: String, inline: Bool = false,
        req: Request
    ) async throws -> Response {
        let type = EvidenceFileType(rawValue: fileType)
        let store = req.application.evidence.store
        guard try await store.contains(hash) else { throw AppError(.gone, code: "evidence_blob_missing") }
        let response = Response(
            status: .ok,
            body: .init(
                managedAsyncStream: { writer in
                    try await store.read(hash) { try await writer.writeBuffer($0) }
                }, count: Int(size)))
        let mediaType =
            type.flatMap { type in
                let parts = type.mediaType.split(separator: "/").map(String.init)
                return parts.count == 2 ? HTTPMediaType(type: parts[0], subType: parts[1]) : nil
            } ?? .binary
        Download.describe(
            response, type: mediaType, fileName: fileName,
            inline: (inline || req.query[String.self, at: "inline"] == "1") && type?.isPreviewableInline == true)
        response.headers.replaceOrAdd(name: "X-Content-SHA256", value: hash)
        return response
    }
}
