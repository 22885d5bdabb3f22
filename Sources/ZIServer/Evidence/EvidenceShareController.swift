import Fluent
import Vapor
import ZICore
import ZIDocuments

/// The shared evidence of one question, opened without an account through a signed link
/// (``EvidenceShareService``): the files' names, kinds, dates, hashes and the TPI's verdicts,
/// each downloadable or shown in the browser, and nothing else. Every opening is logged.
struct EvidenceShareController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.evidenceShare, use: page)
        routes.get(.evidenceShareFile, use: file)
    }

    struct View: Encodable {
        struct File: Encodable {
            let id: UUID
            let title: String
            let kind: String
            let fileName: String
            let date: String
            let sha256: String
            let review: String
            let previewable: Bool
        }

        let unitName: String
        let year: Int
        let questionID: String
        let questionText: String
        let shareID: UUID
        let signature: String
        let files: [File]
    }

    func page(req: Request) async throws -> Response {
        let share = try await EvidenceShareService.open(req)
        try await EvidenceShareService.record(share, evidenceID: nil, req: req)
        guard let assessment = try await Assessment.find(share.$assessment.id, on: req.db),
            let unit = try await WorkUnit.find(assessment.$unit.id, on: req.db)
        else { throw AppError.notFound }
        let question = try? req.application.lke.entry(assessment.frameworkID).questions[share.questionID]
        let files = try await linkedFiles(share, on: req.db).map { link, evidence, version in
            View.File(
                id: evidence.id!, title: evidence.title,
                kind: EvidenceKind(rawValue: evidence.kind).map { req.names($0) } ?? evidence.kind, fileName: version.fileName,
                date: evidence.documentDate ?? version.createdAt.map(WIBTime.format) ?? "—", sha256: version.sha256,
                review: EvidenceReviewStatus(rawValue: link.reviewStatus).map { req.names($0) } ?? link.reviewStatus,
                previewable: EvidenceFileType(rawValue: version.fileType)?.isPreviewableInline == true)
        }
        let view = View(
            unitName: unit.name, year: assessment.year, questionID: share.questionID, questionText: question?.text ?? "",
            shareID: share.id!, signature: req.parameters.get("signature") ?? "", files: files)
        let response = try await WebPage.render("evidence/share", title: "\(req.t("share.title")) · \(unit.name)", view, req: req)
        response.headers.replaceOrAdd(name: "X-Robots-Tag", value: "noindex")
        return response
    }

    func file(req: Request) async throws -> Response {
        let share = try await EvidenceShareService.open(req)
        guard let evidenceID = req.parameters.get("evidenceID", as: UUID.self),
            let (_, evidence, version) = try await linkedFiles(share, on: req.db).first(where: { $0.1.id == evidenceID })
        else { throw AppError.notFound }
        try await EvidenceShareService.record(share, evidenceID: evidence.id, req: req)
        return try await StoredFileDownload.response(
            sha256: version.sha256, size: version.size, fileType: version.fileType, fileName: version.fileName, req: req)
    }

    /// The evidence linked to the share's question, each with its link and newest version.
    private func linkedFiles(_ share: EvidenceShare, on db: any Database) async throws -> [(EvidenceLink, Evidence, EvidenceVersion)] {
        let links = try await EvidenceLink.query(on: db).filter(\.$assessment.$id == share.$assessment.id)
            .filter(\.$questionID == share.questionID).with(\.$evidence).all()
        var files: [(EvidenceLink, Evidence, EvidenceVersion)] = []
        for link in links {
            let evidence = link.evidence
            guard
                let version = try await EvidenceVersion.query(on: db).filter(\.$evidence.$id == evidence.id!)
                    .filter(\.$number == evidence.currentVersion).first()
            else { continue }
            files.append((link, evidence, version))
        }
        return files.sorted { $0.1.title < $1.1.title }
    }
}
