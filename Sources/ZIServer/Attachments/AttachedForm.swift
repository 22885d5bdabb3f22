import Foundation
import Vapor

/// A form with optional attachments as a browser sends it (a complaint, a gratification
/// report): URL-encoded without files, or `multipart/form-data` with up to ``maxFiles``
/// attachments, read while it streams (see ``StreamingFormUpload``). The fields are checked
/// (``receive(_:typed:check:)``'s `check`: the CSRF token, the honeypot, the rate limit, the
/// record itself) before any file byte is kept, so a refused form stores nothing; each
/// attachment then passes the evidence checks (size, content type, safe name), and one refused
/// file keeps none. The size limit is `SIZI_COMPLAINT_ATTACHMENT_MAX_MB`.
struct AttachedForm {
    /// The most files one form may carry.
    static let maxFiles = 5

    let fields: [String: String]
    let attachments: [StoredFile]

    /// Reads the form of `req`; `check` runs once with the text fields, before the first file
    /// (or at the end when there is none). `typed` receives the fields as soon as they are
    /// read, to show them again after a refusal.
    /// `publicUnit`: a form from the public, counted against that unit's daily budget of
    /// attachments (``PublicUploadQuota``) before anything is kept.
    static func receive(
        _ req: Request, typed: inout [String: String], publicUnit: UUID? = nil,
        check: ([String: String]) throws -> Void
    ) async throws -> AttachedForm {
        var seen: [String: String] = [:]
        defer { typed = seen.filter { $0.key != CSRFProtection.fieldName } }
        let storage = req.application.evidence
        let form = try await FormWithFiles.receive(
            req, limit: req.application.settings.complaintAttachmentMaxBytes, maxFiles: maxFiles,
            directory: storage.incoming, seen: &seen, check: check)
        if let publicUnit {
            do {
                try req.application.publicUploadQuota.admit(form.files.reduce(0) { $0 + $1.file.size }, for: publicUnit)
            } catch {
                form.files.forEach { try? FileManager.default.removeItem(at: $0.file.url) }
                throw error
            }
        }
        return AttachedForm(fields: form.fields, attachments: try await storage.keepAll(form.files))
    }
}
