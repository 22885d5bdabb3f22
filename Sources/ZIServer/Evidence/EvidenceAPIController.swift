import Fluent
import Vapor
import ZICore
import ZIDocuments

/// `/api/v1/…/evidence`: upload (the file streamed as the request body, described in the
/// query), list and search, download, new versions, links to LKE questions and plan actions,
/// the TPI's review, and deletion.
struct EvidenceAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.unitEvidence, use: list)
        routes.on(.POST, .unitEvidence, body: .stream, use: upload)
        let one = routes.grouped("evidence", ":evidenceID")
        routes.get(.evidence, use: show)
        routes.patch(.evidence, use: update)
        routes.delete(.evidence, use: delete)
        routes.on(.POST, .evidenceVersions, body: .stream, use: addVersion)
        routes.get(.evidenceDownload, use: download)
        routes.post(.evidenceLinks, use: link)
        routes.delete(.evidenceLink, use: unlink)
        routes.post(.evidenceLinkReview, use: review)
    }

    func list(req: Request) async throws -> ListPage<EvidenceSummaryDTO> {
        let unit = try await UnitVisibility.unit(req, requiring: .viewEvidence)
        return try await EvidenceSearch.page(of: unit, req: req, page: try PageRequest(req))
    }

    /// `POST /units/{id}/evidence?fileName=…&title=…&kind=…&documentNumber=…&documentDate=…&tags=…`
    /// with the file as the body (everything but the file is checked before the body is read),
    /// or a `multipart/form-data` form with the same fields first and one or more `file` parts,
    /// which answers with the list of evidence created.
    func upload(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .manageEvidence)
        if req.headers.contentType?.subType == "form-data" {
            var typed: [String: String] = [:]
            let form = try await EvidenceUploadForm.receive(req, describe: true, checkCSRF: false, typed: &typed)
            var created: [EvidenceDTO] = []
            for evidence in try await EvidenceUploadForm.create(form, unit: unit, req: req) {
                created.append(try await EvidenceDTO.load(evidence, on: req.db))
            }
            return try await created.encodeResponse(status: .created, for: req)
        }
        let metadata = try req.query.decode(EvidenceMetadata.self).checked()
        let file = try await receive(req)
        let evidence = try await req.writeAsUser { actor, db in
            try await EvidenceService.create(metadata, file: file, unit: unit, by: actor, on: db)
        }
        return try await EvidenceDTO.load(evidence, on: req.db).encodeResponse(status: .created, for: req)
    }

    func show(req: Request) async throws -> EvidenceDTO {
        let (evidence, _) = try await EvidenceAccess.load(req)
        return try await EvidenceDTO.load(evidence, on: req.db)
    }

    func update(req: Request) async throws -> EvidenceDTO {
        let (evidence, unit) = try await EvidenceAccess.load(req, .manageEvidence)
        let metadata = try req.content.decode(EvidenceMetadata.self).checked()
        try await req.writeAsUser { actor, db in try await EvidenceService.update(evidence, metadata, unit: unit, by: actor, on: db) }
        return try await EvidenceDTO.load(evidence, on: req.db)
    }

    func delete(req: Request) async throws -> HTTPStatus {
        let (evidence, unit) = try await EvidenceAccess.load(req, .manageEvidence)
        try await req.writeAsUser { actor, db in try await EvidenceService.delete(evidence, unit: unit, by: actor, on: db) }
        return .noContent
    }

    func addVersion(req: Request) async throws -> Response {
        let (evidence, unit) = try await EvidenceAccess.load(req, .manageEvidence)
        let file = try await receive(req)
        try await req.writeAsUser { actor, db in
            try await EvidenceService.addVersion(file, to: evidence, unit: unit, by: actor, on: db)
        }
        return try await EvidenceDTO.load(evidence, on: req.db).encodeResponse(status: .created, for: req)
    }

    /// The file of a version (`?version=N`, default the newest), streamed; `?inline=1` shows a
    /// PDF or an image in the browser instead of saving it.
    func download(req: Request) async throws -> Response {
        try await EvidenceDownload.response(req)
    }

    func link(req: Request) async throws -> Response {
        let (evidence, unit) = try await EvidenceAccess.load(req, .manageEvidence)
        let target = try await EvidenceAccess.target(try req.content.decode(EvidenceAccess.LinkBody.self), unit: unit, req: req)
        _ = try await req.writeAsUser { actor, db in try await EvidenceService.link(evidence, to: target, unit: unit, by: actor, on: db) }
        return try await EvidenceDTO.load(evidence, on: req.db).encodeResponse(status: .created, for: req)
    }

    func unlink(req: Request) async throws -> EvidenceDTO {
        let (evidence, unit) = try await EvidenceAccess.load(req, .manageEvidence)
        let link = try await EvidenceAccess.link(req, of: evidence)
        try await req.writeAsUser { actor, db in try await EvidenceService.unlink(link, evidence: evidence, unit: unit, by: actor, on: db) }
        return try await EvidenceDTO.load(evidence, on: req.db)
    }

    struct ReviewBody: Content {
        var status: String?
        var note: String?
    }

    func review(req: Request) async throws -> EvidenceDTO {
        let (evidence, unit) = try await EvidenceAccess.load(req, .reviewEvidence)
        let link = try await EvidenceAccess.link(req, of: evidence)
        let body = try req.content.decode(ReviewBody.self)
        guard let status = body.status.flatMap(EvidenceReviewStatus.init(rawValue:)) else {
            throw AppError.validation([FieldError(field: "status", key: "validation.choice")])
        }
        try await req.writeAsUser { actor, db in
            try await EvidenceService.review(link, status: status, note: body.note, evidence: evidence, unit: unit, by: actor, on: db)
        }
        return try await EvidenceDTO.load(evidence, on: req.db)
    }

    /// Receives the request body as an evidence file named by `?fileName=`, checks and stores it.
    private func receive(_ req: Request) async throws -> StoredFile {
        let name = try UploadFileName.checked(req.query[String.self, at: "fileName"])
        return try await req.application.evidence.receive(req.body, fileName: name, threadPool: req.application.threadPool)
    }
}
