import Fluent
import Vapor
import ZIDocuments

/// Sends a version of a piece of evidence, streamed from the blob store with its content type
/// and name (`?version=N`, default the newest; `?inline=1` shows a PDF or an image in the
/// browser). Used by the API and the pages.
enum EvidenceDownload {
    static func response(_ req: Request) async throws -> Response {
        let (evidence, _) = try await EvidenceAccess.load(req)
        let number = try req.queryNumber("version", in: 1...Int(Int32.max)) ?? evidence.currentVersion
        guard let version = try await EvidenceVersion.query(on: req.db).filter(\.$evidence.$id == evidence.id!)
            .filter(\.$number == number).first() else { throw AppError.notFound }
        return try await stored(sha256: version.sha256, size: version.size, fileType: version.fileType, fileName: version.fileName,
                                req: req)
    }

    /// A stored file, streamed with its checked content type, its name and its hash
    /// (`X-Content-SHA256`); `inline` (or `?inline=1`) shows a PDF or an image in the browser.
    static func stored(sha256 hash: String, size: Int64, fileType: String, fileName: String, inline: Bool = false,
                       req: Request) async throws -> Response {
        let type = EvidenceFileType(rawValue: fileType)
        let store = req.application.evidence.store
        guard try await store.contains(hash) else { throw AppError(.gone, code: "evidence_blob_missing") }
        let response = Response(status: .ok, body: .init(managedAsyncStream: { writer in
            try await store.read(hash) { try await writer.writeBuffer($0) }
        }, count: Int(size)))
        let mediaType = type.flatMap { type in
            let parts = type.mediaType.split(separator: "/").map(String.init)
            return parts.count == 2 ? HTTPMediaType(type: parts[0], subType: parts[1]) : nil
        } ?? .binary
        Download.describe(response, type: mediaType, fileName: fileName,
                          inline: (inline || req.query[String.self, at: "inline"] == "1") && type?.isPreviewableInline == true)
        response.headers.replaceOrAdd(name: "X-Content-SHA256", value: hash)
        return response
    }
}
