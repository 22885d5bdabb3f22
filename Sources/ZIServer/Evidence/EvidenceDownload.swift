import Fluent
import Vapor

/// Sends a version of a piece of evidence, streamed from the blob store with its content type
/// and name (`?version=N`, default the newest; `?inline=1` shows a PDF or an image in the
/// browser). Used by the API and the pages.
enum EvidenceDownload {
    static func response(_ req: Request) async throws -> Response {
        let (evidence, _) = try await EvidenceAccess.load(req)
        let number = try req.queryNumber("version", in: 1...Int(Int32.max)) ?? evidence.currentVersion
        guard
            let version = try await EvidenceVersion.query(on: req.db).filter(\.$evidence.$id == evidence.id!)
                .filter(\.$number == number).first()
        else { throw AppError.notFound }
        return try await StoredFileDownload.response(
            sha256: version.sha256, size: version.size, fileType: version.fileType,
            fileName: version.fileName, req: req)
    }
}
