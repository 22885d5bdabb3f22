import Fluent
import Vapor
import ZICore
import ZIDocuments

/// The evidence pages: a unit's evidence (search, filter, pages) with the upload form (several
/// files at once), one piece of evidence with its versions, links and reviews, and the
/// coverage of an assessment's questions and a plan's actions.
struct EvidenceWebController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.unitEvidence, use: index)
        routes.on(.POST, .unitEvidence, body: .stream, use: upload)
            .userInfo[CSRFProtection.checkedByRoute] = true
        let one = routes.grouped("evidence", ":evidenceID")
        routes.get(.evidence, use: show)
        routes.post(.evidence, use: update)
        routes.post(.evidenceDelete, use: delete)
        routes.on(.POST, .evidenceVersions, body: .stream, use: addVersion).userInfo[CSRFProtection.checkedByRoute] = true
        routes.get(.evidenceDownload, use: { try await EvidenceDownload.response($0) })
        routes.post(.evidenceLinks, use: link)
        routes.post(.evidenceLinkDelete, use: unlink)
        routes.post(.evidenceLinkReview, use: review)
        routes.get(.assessmentEvidence, use: assessmentCoverage)
        routes.post(.assessmentEvidenceShareRevoke, use: revokeShare)
        routes.get(.planEvidence, use: planCoverage)
        routes.get(.assessmentEvidenceZip, use: EvidenceOverviewController().export)
    }

    func index(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .viewEvidence)
        return try await render(unit, form: FormState(values: linkValues(req)), req: req)
    }

    func upload(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .manageEvidence)
        var typed: [String: String] = [:]
        return try await WebPage.submit(
            req, values: typed,
            show: { form, status in
                try await render(unit, form: form, req: req, status: status)
            }
        ) {
            let form = try await EvidenceUploadForm.receive(req, describe: true, typed: &typed)
            let created = try await EvidenceUploadForm.create(form, unit: unit, req: req)
            let next = created.count == 1 ? SitePath.evidence.path(created[0].id!) : SitePath.unitEvidence.path(unit.id!)
            return WebPage.redirect(req, to: next, notice: "uploaded")
        }
    }

    /// The list page's content.
    struct IndexView: Encodable {
        let unit: UnitDTO
        let items: [EvidenceSummaryDTO]
        let total: Int
        let page: Int
        let pages: Int
        let query: String
        let kinds: [Choice]
        let canManage: Bool
        let maxMB: Int64
        let form: FormState
    }

    private func render(_ unit: WorkUnit, form: FormState, req: Request, status: HTTPStatus = .ok) async throws -> Response {
        let names = req.names
        let found = try await EvidenceSearch.page(of: unit, req: req, page: try PageRequest(req, defaultPer: 25))
        let selectedKind = form.values["kind"] ?? req.query[String.self, at: "kind"] ?? ""
        let view = IndexView(
            unit: UnitDTO(unit), items: found.items, total: found.total, page: found.page,
            pages: max(1, (found.total + found.per - 1) / found.per), query: EvidenceSearch.text(req) ?? "",
            kinds: EvidenceKind.allCases.map { Choice(value: $0.rawValue, label: names($0), selected: $0.rawValue == selectedKind) },
            canManage: try await req.may(.manageEvidence, on: unit.accessTarget), maxMB: req.application.evidence.maxBytes >> 20,
            form: form)
        return try await WebPage.render("evidence/index", title: req.t("evidence.title"), view, req: req, status: status)
    }

    /// The detail page's content.
    struct ShowView: Encodable {
        let unit: UnitDTO
        let detail: EvidenceDTO
        let kinds: [Choice]
        let assessments: [Choice]
        let canManage: Bool
        let canReview: Bool
        let statuses: [Choice]
        let form: FormState
    }

    func show(req: Request) async throws -> Response {
        let (evidence, unit) = try await EvidenceAccess.load(req)
        return try await renderShow(
            evidence, unit: unit,
            form: FormState(values: [
                "title": evidence.title, "description": evidence.description ?? "", "kind": evidence.kind,
                "documentNumber": evidence.documentNumber ?? "", "documentDate": evidence.documentDate ?? "",
                "tags": evidence.tags.replacingOccurrences(of: ",", with: ", "),
            ]), req: req)
    }

    private func renderShow(
        _ evidence: Evidence, unit: WorkUnit, form: FormState, req: Request,
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let names = req.names
        let assessments = try await Assessment.query(on: req.db).filter(\.$unit.$id == unit.id!).sort(\.$year, .descending).all()
        let view = ShowView(
            unit: UnitDTO(unit), detail: try await EvidenceDTO.load(evidence, on: req.db),
            kinds: EvidenceKind.allCases.map { Choice(value: $0.rawValue, label: names($0), selected: $0.rawValue == form.values["kind"]) },
            assessments: assessments.map { Choice(value: $0.id!.uuidString, label: "LKE \($0.year)", selected: false) },
            canManage: try await req.may(.manageEvidence, on: unit.accessTarget),
            canReview: try await req.may(.reviewEvidence, on: unit.accessTarget),
            statuses: [EvidenceReviewStatus.accepted, .needsRevision, .rejected].map {
                Choice(value: $0.rawValue, label: names($0), selected: false)
            },
            form: form)
        return try await WebPage.render("evidence/show", title: evidence.title, view, req: req, status: status)
    }

    func update(req: Request) async throws -> Response {
        let (evidence, unit) = try await EvidenceAccess.load(req, .manageEvidence)
        let form = try req.content.decode(EvidenceMetadata.self)
        return try await attempt(evidence, unit: unit, values: FormState.values(of: form), req: req) { actor, db in
            try await EvidenceService.update(evidence, try form.checked(), unit: unit, by: actor, on: db)
        }
    }

    func delete(req: Request) async throws -> Response {
        let (evidence, unit) = try await EvidenceAccess.load(req, .manageEvidence)
        return try await submit(evidence, unit: unit, req: req) {
            try await req.writeAsUser { actor, db in try await EvidenceService.delete(evidence, unit: unit, by: actor, on: db) }
            return WebPage.redirect(req, to: SitePath.unitEvidence.path(unit.id!), notice: "deleted")
        }
    }

    func addVersion(req: Request) async throws -> Response {
        let (evidence, unit) = try await EvidenceAccess.load(req, .manageEvidence)
        return try await submit(evidence, unit: unit, req: req) {
            var typed: [String: String] = [:]
            let form = try await EvidenceUploadForm.receive(req, describe: false, typed: &typed)
            try await req.writeAsUser { actor, db in
                try await EvidenceService.addVersion(form.files[0], to: evidence, unit: unit, by: actor, on: db)
            }
            return WebPage.redirect(req, to: SitePath.evidence.path(evidence.id!), notice: "uploaded")
        }
    }

    func link(req: Request) async throws -> Response {
        let (evidence, unit) = try await EvidenceAccess.load(req, .manageEvidence)
        let fields = try req.content.decode([String: String].self)
        return try await submit(evidence, unit: unit, values: fields, req: req) {
            guard let target = try await EvidenceAccess.target(fields: fields, unit: unit, req: req) else {
                throw AppError.validation([FieldError(field: "assessmentID", key: "validation.evidence_target")])
            }
            try await req.writeAsUser { actor, db in
                _ = try await EvidenceService.link(evidence, to: target, unit: unit, by: actor, on: db)
            }
            return WebPage.redirect(req, to: SitePath.evidence.path(evidence.id!), notice: "saved")
        }
    }

    func unlink(req: Request) async throws -> Response {
        let (evidence, unit) = try await EvidenceAccess.load(req, .manageEvidence)
        let link = try await EvidenceAccess.link(req, of: evidence)
        return try await attempt(evidence, unit: unit, values: [:], req: req) { actor, db in
            try await EvidenceService.unlink(link, evidence: evidence, unit: unit, by: actor, on: db)
        }
    }

    func review(req: Request) async throws -> Response {
        let (evidence, unit) = try await EvidenceAccess.load(req, .reviewEvidence)
        let link = try await EvidenceAccess.link(req, of: evidence)
        let form = try req.content.decode(EvidenceAPIController.ReviewBody.self)
        return try await attempt(evidence, unit: unit, values: FormState.values(of: form), req: req) { actor, db in
            guard let status = form.status.flatMap(EvidenceReviewStatus.init(rawValue:)) else {
                throw AppError.validation([FieldError(field: "status", key: "validation.choice")])
            }
            try await EvidenceService.review(link, status: status, note: form.note, evidence: evidence, unit: unit, by: actor, on: db)
        }
    }

    /// The coverage page of an assessment's questions.
    func assessmentCoverage(req: Request) async throws -> Response {
        let (assessment, unit) = try await AssessmentAccess.load(req)
        try await req.require(.viewEvidence, on: unit.accessTarget)
        let coverage = try await EvidenceCoverage.of(assessment, catalog: try req.application.lke.entry(assessment.frameworkID), on: req.db)
        return try await renderCoverage(
            coverage, unit: unit, title: req.t("title.lke_coverage", [String(assessment.year)]),
            linkQuery: "assessmentID=\(assessment.id!)&questionID=",
            zip: SitePath.assessmentEvidenceZip.path(assessment.id!),
            shares: try await EvidenceShareList.of(assessment, req: req), req: req)
    }

    /// Revokes a share of the assessment's evidence: its link stops working at once.
    func revokeShare(req: Request) async throws -> Response {
        let (assessment, unit) = try await AssessmentAccess.load(req)
        try await req.require(.manageEvidence, on: unit.accessTarget)
        guard let id = req.parameters.get("shareID", as: UUID.self), let share = try await EvidenceShare.find(id, on: req.db),
            share.$assessment.id == assessment.id
        else { throw AppError.notFound }
        let now = req.clock.now()
        try await req.writeAsUser { actor, db in try await EvidenceShareService.revoke(share, unit: unit, now: now, by: actor, on: db) }
        return WebPage.redirect(req, to: SitePath.assessmentEvidence.path(assessment.id!), notice: "saved")
    }

    /// The coverage page of a plan's actions.
    func planCoverage(req: Request) async throws -> Response {
        let (plan, unit) = try await PlanAccess.load(req)
        try await req.require(.viewEvidence, on: unit.accessTarget)
        let coverage = try await EvidenceCoverage.of(try await PlanTree.load(plan, on: req.db), on: req.db)
        return try await renderCoverage(
            coverage, unit: unit, title: "\(req.t("plan.title")) \(plan.year)", linkQuery: "actionID=",
            zip: nil, shares: [], req: req)
    }

    struct CoverageView: Encodable {
        let unit: UnitDTO
        let title: String
        let coverage: EvidenceCoverage
        let linkQuery: String
        let zip: String?
        /// The signed links to the questions' evidence given out (PortalRB), with their openings.
        let shares: [EvidenceShareList.Line]
        let canManage: Bool
    }

    private func renderCoverage(
        _ coverage: EvidenceCoverage, unit: WorkUnit, title: String, linkQuery: String, zip: String?,
        shares: [EvidenceShareList.Line], req: Request
    ) async throws -> Response {
        let view = CoverageView(
            unit: UnitDTO(unit), title: title, coverage: coverage, linkQuery: linkQuery, zip: zip, shares: shares,
            canManage: try await req.may(.manageEvidence, on: unit.accessTarget))
        return try await WebPage.render("evidence/coverage", title: "\(req.t("evidence.coverage")) \(title)", view, req: req)
    }

    /// Runs a change and returns to the evidence page; a refusal shows it with the reason.
    private func attempt(
        _ evidence: Evidence, unit: WorkUnit, values: [String: String], req: Request,
        _ body: @escaping @Sendable (AuditActor, any Database) async throws -> Void
    ) async throws -> Response {
        try await submit(evidence, unit: unit, values: values, req: req) {
            try await req.writeAsUser(body)
            return WebPage.redirect(req, to: SitePath.evidence.path(evidence.id!), notice: "saved")
        }
    }

    /// Handles a form of the evidence page; a refusal shows the page again with the reason.
    private func submit(
        _ evidence: Evidence, unit: WorkUnit, values: @autoclosure () -> [String: String] = [:], req: Request,
        _ body: () async throws -> Response
    ) async throws -> Response {
        try await WebPage.submit(
            req, values: values(),
            show: { form, status in try await renderShow(evidence, unit: unit, form: form, req: req, status: status) }, body)
    }

    /// What the upload should be linked to, carried from the question or action it was started from.
    private func linkValues(_ req: Request) -> [String: String] {
        ["assessmentID", "questionID", "actionID"].reduce(into: [:]) { values, key in
            if let value = req.query[String.self, at: key], !value.isEmpty { values[key] = value }
        }
    }
}
