import Fluent
import Vapor
import ZIDocuments

/// The PDFs a unit publishes on its public page (the signed maklumat pelayanan, the standar
/// pelayanan): uploaded from the survey page or the API by those who run the unit's public
/// services, replaced by a new upload, removed, and read by anyone at
/// `/publik/{unitID}/maklumat-pelayanan.pdf` and `/publik/{unitID}/standar-pelayanan.pdf`.
/// Only a PDF (checked by content) within the evidence size limit is accepted.
struct PublicDocumentController {
    func registerWeb(_ routes: any RoutesBuilder) {
        routes.on(.POST, .unitSurveyDocuments, body: .stream, use: uploadForm)
            .userInfo[CSRFProtection.checkedByRoute] = true
        routes.post(.unitSurveyDocumentDelete, use: removeForm)
    }

    func registerAPI(_ routes: any RoutesBuilder) {
        routes.on(.PUT, .unitPublicDocuments, body: .stream, use: upload)
        routes.delete(.unitPublicDocuments, use: remove)
    }

    func registerPublic(_ routes: any RoutesBuilder) {
        for kind in PublicDocument.Kind.allCases {
            routes.get(kind.sitePath) { req in try await Self.download(kind, req: req) }
        }
    }

    /// `PUT /api/v1/units/{id}/public-documents/{maklumat|standar}?fileName=…` with the PDF as the body.
    func upload(req: Request) async throws -> HTTPStatus {
        let unit = try await UnitVisibility.unit(req, requiring: .handleComplaints)
        let kind = try Self.kind(req)
        let name = try UploadFileName.checked(req.query[String.self, at: "fileName"])
        let storage = req.application.evidence
        let file = try await EvidenceStorage.explainingFailures {
            try await ReceivedFile.receive(
                req.body, limit: storage.maxBytes, directory: storage.incoming, threadPool: req.application.threadPool)
        }
        try await keep(file, fileName: name, kind: kind, unit: unit, req: req)
        return .noContent
    }

    func remove(req: Request) async throws -> HTTPStatus {
        let unit = try await UnitVisibility.unit(req, requiring: .handleComplaints)
        let kind = try Self.kind(req)
        try await req.writeAsUser { actor, db in try await Self.remove(kind, unit: unit, by: actor, on: db) }
        return .noContent
    }

    func uploadForm(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .handleComplaints)
        var kind: PublicDocument.Kind?
        return try await WebPage.submit(
            req, values: [:],
            show: { form, status in
                try await SurveyController().renderPage(
                    unit, form: form, req: req,
                    status: status)
            }
        ) {
            let storage = req.application.evidence
            let upload = try await EvidenceStorage.explainingFailures {
                try await StreamingFormUpload.receive(req, limit: storage.maxBytes, maxFiles: 1, directory: storage.incoming) { fields in
                    try CSRFProtection.verify(fields[CSRFProtection.fieldName], for: req)
                    kind = fields["kind"].flatMap(PublicDocument.Kind.init(rawValue:))
                    if kind == nil { throw AppError.validation([FieldError(field: "document", key: "validation.choice")]) }
                }
            }
            guard let part = upload.files.first, let kind else {
                throw AppError.validation([FieldError(field: "document", key: "validation.file_required")])
            }
            try await keep(
                part.file, fileName: try UploadFileName.checked(part.fileName, field: "document"), kind: kind, unit: unit, req: req)
            return WebPage.redirect(req, to: SitePath.unitSurvey.path(unit.id!), notice: "uploaded")
        }
    }

    func removeForm(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .handleComplaints)
        let kind = try Self.kind(req)
        try await req.writeAsUser { actor, db in try await Self.remove(kind, unit: unit, by: actor, on: db) }
        return WebPage.redirect(req, to: SitePath.unitSurvey.path(unit.id!), notice: "deleted")
    }

    /// Checks that a received file is a PDF (removing it otherwise), stores it and makes it the
    /// unit's document of `kind` (audited).
    private func keep(_ file: ReceivedFile, fileName: String, kind: PublicDocument.Kind, unit: WorkUnit, req: Request) async throws {
        let storage = req.application.evidence
        let type = try storage.check(file, fileName: fileName)
        guard type == .pdf else {
            try? FileManager.default.removeItem(at: file.url)
            throw AppError(.unsupportedMediaType, code: "public_document_pdf_only", arguments: [fileName])
        }
        let stored = try await storage.store(file, fileName: fileName, type: type)
        try await req.writeAsUser { actor, db in
            let row =
                try await PublicDocument.query(on: db).filter(\.$unit.$id == unit.id!).filter(\.$kind == kind).first()
                ?? PublicDocument()
            row.$unit.id = unit.id!
            row.kind = kind
            row.sha256 = stored.sha256
            row.size = stored.size
            row.fileName = stored.fileName
            try await row.save(on: db)
            try await AuditLog.record(
                "public_document", id: row.id, action: "upload", unit: unit,
                after: ["kind": kind.rawValue, "sha256": stored.sha256], by: actor, on: db)
        }
    }

    private static func remove(_ kind: PublicDocument.Kind, unit: WorkUnit, by actor: AuditActor, on db: any Database) async throws {
        guard let row = try await PublicDocument.query(on: db).filter(\.$unit.$id == unit.id!).filter(\.$kind == kind).first() else {
            throw AppError.notFound
        }
        try await row.delete(on: db)
        try await AuditLog.record(
            "public_document", id: row.id, action: "delete", unit: unit, after: ["kind": kind.rawValue],
            by: actor, on: db)
    }

    private static func download(_ kind: PublicDocument.Kind, req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req.parameters.get("unitID", as: UUID.self), on: req.db)
        guard let row = try await PublicDocument.query(on: req.db).filter(\.$unit.$id == unit.id!).filter(\.$kind == kind).first() else {
            throw AppError.notFound
        }
        return try await StoredFileDownload.response(
            sha256: row.sha256, size: row.size, fileType: EvidenceFileType.pdf.rawValue,
            fileName: kind.fileName, inline: true, req: req)
    }

    private static func kind(_ req: Request) throws -> PublicDocument.Kind {
        guard let kind = req.parameters.get("kind").flatMap(PublicDocument.Kind.init(rawValue:)) else { throw AppError.notFound }
        return kind
    }
}
