import Foundation
import Vapor
import ZICore
import ZIDocuments

/// A browser upload of one or more evidence files (streamed, see ``StreamingFormUpload``):
/// the CSRF token and the description come first, then the files; each file is checked by
/// content and becomes one piece of evidence. If any file is refused, none is kept.
enum EvidenceUploadForm {
    /// The most files one form may send.
    static let maxFiles = 20

    /// The upload with its checked description and its stored files.
    struct Result {
        let fields: [String: String]
        let metadata: EvidenceMetadata.Checked?
        let files: [StoredFile]
    }

    /// Reads the form; `describe` is false for a new version (only a file is expected).
    /// `typed` receives the form's fields as soon as they are read, to show them again after a
    /// refusal.
    /// An API client (bearer token) sends no CSRF token: `checkCSRF` is false for it.
    static func receive(_ req: Request, describe: Bool, checkCSRF: Bool = true, typed: inout [String: String]) async throws -> Result {
        let evidence = req.application.evidence
        var metadata: EvidenceMetadata.Checked?
        var seen: [String: String] = [:]
        defer { typed = seen.filter { $0.key != CSRFProtection.fieldName } }
        let upload = try await EvidenceStorage.explainingFailures {
            try await StreamingFormUpload.receive(
                req, limit: evidence.maxBytes, maxFiles: describe ? maxFiles : 1,
                directory: evidence.incoming
            ) { fields in
                seen = fields
                if checkCSRF { try CSRFProtection.verify(fields[CSRFProtection.fieldName], for: req) }
                if describe { metadata = try Self.metadata(fields, titleFallback: "—").checked() }
            }
        }
        seen = upload.fields
        guard !upload.files.isEmpty else {
            throw AppError.validation([FieldError(field: "file", key: "validation.file_required")])
        }
        return Result(fields: upload.fields, metadata: metadata, files: try await evidence.keepAll(upload.files))
    }

    /// One piece of evidence per file of `form`, each linked to the question or action the form
    /// names (if any).
    static func create(_ form: Result, unit: WorkUnit, req: Request) async throws -> [Evidence] {
        let target = try await EvidenceAccess.target(fields: form.fields, unit: unit, req: req)
        var created: [Evidence] = []
        for (index, file) in form.files.enumerated() {
            var metadata = metadata(form.fields, titleFallback: "")
            metadata.title = title(form.fields["title"], file: file, index: index, count: form.files.count)
            let checked = try metadata.checked()
            created.append(
                try await req.writeAsUser { actor, db in
                    let evidence = try await EvidenceService.create(checked, file: file, unit: unit, by: actor, on: db)
                    if let target { _ = try await EvidenceService.link(evidence, to: target, unit: unit, by: actor, on: db) }
                    return evidence
                })
        }
        return created
    }

    /// The description typed in the form; an empty title takes `titleFallback`.
    static func metadata(_ fields: [String: String], titleFallback: String) -> EvidenceMetadata {
        let title = fields["title"].flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 } ?? titleFallback
        return EvidenceMetadata(
            title: title, description: fields["description"], kind: fields["kind"],
            documentNumber: fields["documentNumber"], documentDate: fields["documentDate"], tags: fields["tags"])
    }

    /// The title of one of several files uploaded together: the typed title (numbered when
    /// there are several files), or the file's name without its extension.
    static func title(_ typed: String?, file: StoredFile, index: Int, count: Int) -> String {
        let base = typed.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        guard let base else { return (file.fileName as NSString).deletingPathExtension }
        return count > 1 ? "\(base) (\(index + 1))" : base
    }
}
