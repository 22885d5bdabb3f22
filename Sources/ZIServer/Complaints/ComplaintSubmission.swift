import Foundation
import Vapor

/// A complaint form as a browser sends it: URL-encoded without files, or `multipart/form-data`
/// with up to ``maxFiles`` attachments, read while it streams (see ``StreamingFormUpload``).
/// The fields are checked (``receive(_:typed:check:)``'s `check`: the CSRF token, the
/// honeypot, the rate limit, the complaint itself) before any file byte is kept, so a refused
/// form stores nothing; each attachment then passes the evidence checks (size, content type,
/// safe name), and one refused file keeps none.
struct ComplaintSubmission {
    /// The most files one complaint may carry.
    static let maxFiles = 5

    let fields: [String: String]
    let attachments: [EvidenceService.StoredFile]

    /// Reads the form of `req`; `check` runs once with the text fields, before the first file
    /// (or at the end when there is none). `typed` receives the fields as soon as they are
    /// read, to show them again after a refusal.
    static func receive(_ req: Request, typed: inout ComplaintInput,
                        check: ([String: String]) throws -> Void) async throws -> ComplaintSubmission {
        var seen: [String: String] = [:]
        defer { typed = ComplaintInput(fields: seen) }
        let storage = req.application.evidence
        let form = try await FormWithFiles.receive(req, limit: req.application.settings.complaintAttachmentMaxBytes, maxFiles: maxFiles,
                                                   directory: storage.incoming, seen: &seen, check: check)
        return ComplaintSubmission(fields: form.fields, attachments: try await storage.keepAll(form.files))
    }
}

extension ComplaintInput {
    /// The complaint fields of a form.
    init(fields: [String: String]) {
        self.init(kind: fields["kind"], channel: fields["channel"], subject: fields["subject"], description: fields["description"],
                  service: fields["service"], eventPlace: fields["eventPlace"], eventDate: fields["eventDate"],
                  reporterName: fields["reporterName"], reporterContact: fields["reporterContact"], anonymous: fields["anonymous"],
                  confidential: fields["confidential"])
    }
}
