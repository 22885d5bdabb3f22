import Foundation
import Vapor

/// A form as a browser sends it: URL-encoded without files, or `multipart/form-data` whose file
/// parts stream into temporary files (see ``StreamingFormUpload``). `check` sees the text
/// fields before any file byte is kept (or at the end when there is no file); a refused form
/// keeps nothing. The files are the caller's to check, keep or remove.
struct FormWithFiles {
    /// The largest URL-encoded form read.
    static let maxFormBytes = 64 * 1024

    let fields: [String: String]
    let files: [StreamingFormUpload.File]

    /// Reads the form of `req`. `seen` receives the fields as soon as they are read (to show
    /// them again after a refusal); `check` runs once with them.
    static func receive(
        _ req: Request, limit: Int64, maxFiles: Int, directory: URL, disposal: UploadDisposal = .remove,
        seen: inout [String: String], check: ([String: String]) throws -> Void
    ) async throws -> FormWithFiles {
        guard req.headers.contentType?.subType == "form-data" else {
            seen = try await urlEncodedFields(req)
            try check(seen)
            return FormWithFiles(fields: seen, files: [])
        }
        var checked = false
        let upload = try await EvidenceStorage.explainingFailures {
            try await StreamingFormUpload.receive(req, limit: limit, maxFiles: maxFiles, directory: directory, disposal: disposal) {
                fields in
                seen = fields
                checked = true
                try check(fields)
            }
        }
        seen = upload.fields
        if !checked {
            do {
                try check(upload.fields)
            } catch {
                upload.files.forEach { disposal.dispose($0.file.url) }
                throw error
            }
        }
        return FormWithFiles(fields: upload.fields, files: upload.files)
    }

    private static func urlEncodedFields(_ req: Request) async throws -> [String: String] {
        if req.body.data == nil {
            do {
                _ = try await req.body.collect(max: maxFormBytes).get()
            } catch {
                throw AppError(.payloadTooLarge, code: "payload_too_large")
            }
        }
        return (try? req.content.decode([String: String].self)) ?? [:]
    }
}
