import Fluent
import Vapor
import ZICore

/// The assessment pages: a unit's assessments, the worksheet per area with the team's and
/// the TPI's answers, the workflow buttons, and the agency roll-up.
struct AssessmentWebController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.unitAssessments, use: index)
        routes.post(.unitAssessments, use: create)
        routes.get(.assessment, use: show)
        routes.post(.assessmentAnswers, use: saveSelf)
        routes.post(.assessmentSuggestionAccept, use: SuggestionAcceptance.accept)
        routes.post(.assessmentReviews, use: saveReviews)
        routes.post(.assessmentSubmit, use: submit)
        routes.post(.assessmentConclude, use: conclude)
        routes.post(.assessmentReopen, use: reopen)
        routes.post(.assessmentCarry, use: carry)
        routes.get(.assessmentExportXlsx, use: exportWorkbook)
        routes.on(.POST, .assessmentImport, body: .collect(maxSize: "6mb"), use: importWorkbook)
        routes.get(.assessmentOfficialXlsx, use: exportOfficialWorkbook)
        routes.on(.POST, .assessmentOfficialImport, body: .collect(maxSize: "6mb"), use: importOfficialWorkbook)
        routes.get(.instansiRollup, use: rollup)
    }

    /// An assessment in the unit's list, with its status in words.
    struct ListRow: Encodable {
        let item: AssessmentListItem
        let statusLabel: String
        /// The short name of the assessment's LKE framework.
        let frameworkName: String
        let total: String
    }

    struct IndexView: Encodable {
        let unit: UnitDTO
        let assessments: [ListRow]
        let canCreate: Bool
        let form: FormState
    }

    func index(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .viewAssessment)
        let year = String(req.clock.today().year)
        return try await renderIndex(unit, form: FormState(values: ["year": year]), req: req)
    }

    private func renderIndex(_ unit: WorkUnit, form: FormState, req: Request, status: HTTPStatus = .ok) async throws -> Response {
        let assessments = try await Assessment.query(on: req.db).filter(\.$unit.$id == unit.id!)
            .sort(\.$year, .descending).all().map {
                ListRow(
                    item: AssessmentListItem($0), statusLabel: req.t("assessment.status.\($0.status.rawValue)"),
                    frameworkName: (try? req.application.lke.entry($0.frameworkID).framework.regulation.shortName) ?? $0.frameworkID,
                    total: String(format: "%.2f", $0.scoreTotal))
            }
        let view = IndexView(
            unit: UnitDTO(unit), assessments: assessments,
            canCreate: try await req.may(.fillAssessment, on: unit.accessTarget), form: form)
        return try await WebPage.render("assessments/index", title: req.t("assessment.title"), view, req: req, status: status)
    }

    struct CreateForm: Content {
        var year: String?
        var holdsWBK: String?
    }

    func create(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .fillAssessment)
        let form = try req.content.decode(CreateForm.self)
        let catalog = req.application.lke.entry(forYear: Int(form.year ?? "") ?? 0)
        return try await WebPage.submit(
            req, typed: form,
            show: { form, status in
                try await renderIndex(unit, form: form, req: req, status: status)
            }
        ) {
            let assessment = try await req.writeAsUser { actor, db in
                try await AssessmentService.create(
                    unit: unit, year: Int(form.year ?? "") ?? 0, catalog: catalog,
                    holdsWBK: form.holdsWBK == "on", by: actor, on: db)
            }
            return WebPage.redirect(req, to: SitePath.assessment.path(assessment.id!), notice: "created")
        }
    }

    func show(req: Request) async throws -> Response {
        let (assessment, unit) = try await AssessmentAccess.load(req)
        return try await renderShow(assessment, unit: unit, form: FormState(), req: req)
    }

    private func renderShow(
        _ assessment: Assessment, unit: WorkUnit, form: FormState, req: Request,
        report: AssessmentWorkbook.Report? = nil, status: HTTPStatus = .ok
    ) async throws -> Response {
        let catalog = try req.application.lke.entry(assessment.frameworkID)
        let stored = try await AssessmentAnswerRecords.stored(of: assessment, on: req.db)
        let summary = try await AssessmentSummary.load(assessment, unit: unit, req: req, rows: stored)
        let rows = Dictionary(stored.map { ($0.questionID, $0) }, uniquingKeysWith: { first, _ in first })
        let parts = summary.progress.map(\.part)
        let part = req.query[String.self, at: "part"].flatMap { parts.contains($0) ? $0 : nil } ?? parts.first ?? "1"
        let target = unit.accessTarget
        let fillable = assessment.status == .draft
        var fillAreas: [String: Bool] = [:]
        for area in parts {
            let allowed = try await req.may(.fillAssessment, on: target.narrowed(toArea: Int(area)))
            fillAreas[area] = fillable && allowed
        }
        let mayReview = try await req.may(.reviewAssessment, on: target)
        let maySubmit = try await req.may(.submitAssessment, on: target)
        let mayReopen = try await req.may(.reopenAssessment, on: target)
        let mayCarry = try await req.may(.fillAssessment, on: target)
        let canReview = assessment.status == .submitted && mayReview
        let suggestions = try await AssessmentSuggestions.of(unit: unit, year: assessment.year, part: part, req: req)
        let sections = AssessmentPage.sections(of: part, catalog: catalog) { question in
            let row = rows[question.id]
            let mine = AssessmentScoring.decode(row?.selfAnswer)
            let tpi = AssessmentScoring.decode(row?.tpiAnswer)
            let given: [String: Double] = if case .inputs(let values) = mine { values } else { [:] }
            return AssessmentPage.Question(
                id: question.id, text: question.text, type: question.answerType.rawValue, explanation: question.explanation,
                isOption: question.answerType.isOptionBased, isInputs: !question.inputs.isEmpty,
                selfOptions: AssessmentPage.choices(question, selected: mine), selfNumber: AssessmentPage.number(mine),
                inputs: question.inputs.map {
                    AssessmentPage.Input(
                        id: $0.id, label: $0.label,
                        value: form.values["in:\(question.id):\($0.id)"]
                            ?? given[$0.id].map { String(format: "%g", $0) } ?? "")
                },
                selfNote: row?.selfNote, evidenceNote: row?.evidenceNote,
                selfDisplay: AssessmentPage.display(mine, question: question),
                tpiOptions: AssessmentPage.choices(question, selected: tpi), tpiNumber: AssessmentPage.number(tpi),
                tpiNote: row?.tpiNote, tpiDisplay: AssessmentPage.display(tpi, question: question),
                canFill: fillAreas[part] ?? false, error: form.errors[question.id], suggestion: suggestions[question.id])
        }
        let targetVerdict = summary.official.predicates[summary.target]
        let scores = [
            "total": summary.official.total, "pengungkit": summary.official.pengungkit, "hasil": summary.official.hasil,
            "selfTotal": summary.selfScore.total,
        ].mapValues { String(format: "%.2f", $0) }
        let page = AssessmentPage(
            summary: summary, scores: scores, statusLabel: req.t("assessment.status.\(assessment.status.rawValue)"),
            frameworkName: catalog.framework.regulation.shortName, part: part,
            tabs: summary.progress.map {
                AssessmentPage.Tab(
                    part: $0.part, label: $0.part == "hasil" ? req.t("assessment.hasil") : "\($0.part). \($0.name)",
                    progress: "\($0.answered)/\($0.questions)", active: $0.part == part)
            },
            sections: sections,
            canFillAny: fillAreas.values.contains(true),
            canSubmit: assessment.status == .draft && maySubmit,
            canReview: canReview,
            canReopen: assessment.status != .draft && mayReopen,
            carryTargets: mayCarry
                ? req.application.lke.frameworks.filter { $0.id != assessment.frameworkID }.map {
                    Choice(value: $0.id, label: $0.regulation.shortName, selected: false)
                } : [],
            failures: (targetVerdict?.failures ?? []).map(LKEScoreText.describe),
            upgrades: (summary.gap?.upgrades ?? []).map {
                req.t("assessment.upgrade", [$0.question, $0.from ?? "—", $0.to, String(format: "%.3f", $0.gain)])
            },
            gapBlockers: (summary.gap?.blockers ?? []).map(LKEScoreText.describe),
            recommendationLabel: assessment.recommendation.map { req.t("assessment.recommendation.\($0.rawValue)") },
            importReport: report,
            form: form)
        return try await WebPage.render(
            "assessments/show", title: "\(req.t("assessment.title")) \(assessment.year) · \(unit.name)",
            page, req: req, status: status)
    }

    /// Saves form fields; answers JSON to the page's autosave script, redirects a plain form.
    private func save(_ req: Request, review: Bool) async throws -> Response {
        let (assessment, unit) = try await AssessmentAccess.load(req, review ? .reviewAssessment : .viewAssessment)
        let catalog = try req.application.lke.entry(assessment.frameworkID)
        let fields = try req.content.decode([String: String].self)
        let part = fields["part"] ?? "1"
        do {
            let update =
                review
                ? try AssessmentForm.update(from: fields, catalog: catalog, answerPrefix: "tpi", notePrefix: "tpinote", evidencePrefix: nil)
                : try AssessmentForm.update(from: fields, catalog: catalog)
            var overrides: [SuggestionAcceptance.Override] = []
            if !review {
                try await AssessmentAccess.requireQuestions(update, .fillAssessment, unit: unit, catalog: catalog, req: req)
                overrides = try await SuggestionAcceptance.overrides(update, assessment: assessment, unit: unit, part: part, req: req)
            }
            try await req.writeAsUser { [overrides] actor, db in
                if review {
                    try await AssessmentService.saveReviews(update, to: assessment, unit: unit, catalog: catalog, by: actor, on: db)
                } else {
                    try await AssessmentService.saveSelfAnswers(update, to: assessment, unit: unit, catalog: catalog, by: actor, on: db)
                    try await SuggestionAcceptance.record(overrides, assessment: assessment, unit: unit, by: actor, on: db)
                }
            }
            if req.headers.accept.mediaTypes.contains(.json) { return try await AutosaveReply(assessment).encodeResponse(for: req) }
            return WebPage.redirect(req, to: SitePath.assessment.path(assessment.id!) + "?part=\(part)", notice: "saved")
        } catch let error as AppError where error.status != .forbidden && !req.headers.accept.mediaTypes.contains(.json) {
            req.url.query = "part=\(part)"
            return try await renderShow(
                assessment, unit: unit, form: FormState(values: fields, error: error, req: req),
                req: req, status: error.status)
        }
    }

    func saveSelf(req: Request) async throws -> Response { try await save(req, review: false) }
    func saveReviews(req: Request) async throws -> Response { try await save(req, review: true) }

    func submit(req: Request) async throws -> Response {
        let (assessment, unit) = try await AssessmentAccess.load(req, .submitAssessment)
        try await req.writeAsUser { actor, db in try await AssessmentService.submit(assessment, unit: unit, by: actor, on: db) }
        return WebPage.redirect(req, to: SitePath.assessment.path(assessment.id!), notice: "submitted")
    }

    func conclude(req: Request) async throws -> Response {
        let (assessment, unit) = try await AssessmentAccess.load(req, .reviewAssessment)
        let form = try req.content.decode(AssessmentConclusionInput.self)
        do {
            try await req.writeAsUser { actor, db in
                try await AssessmentService.conclude(
                    assessment, recommendation: form.recommendation, note: form.note,
                    unit: unit, by: actor, on: db)
            }
            return WebPage.redirect(req, to: SitePath.assessment.path(assessment.id!), notice: "concluded")
        } catch let error as AppError where error.status == .unprocessableEntity {
            return try await renderShow(
                assessment, unit: unit, form: FormState(form, error: error, req: req), req: req,
                status: error.status)
        }
    }

    func reopen(req: Request) async throws -> Response {
        let (assessment, unit) = try await AssessmentAccess.load(req, .reopenAssessment)
        let form = try req.content.decode(ReasonInput.self)
        do {
            try await req.writeAsUser { actor, db in
                try await AssessmentService.reopen(assessment, reason: form.reason, unit: unit, by: actor, on: db)
            }
            return WebPage.redirect(req, to: SitePath.assessment.path(assessment.id!), notice: "reopened")
        } catch let error as AppError where error.status == .unprocessableEntity {
            return try await renderShow(
                assessment, unit: unit, form: FormState(form, error: error, req: req), req: req,
                status: error.status)
        }
    }

    /// `frameworkID`: the framework to carry the assessment to.
    struct CarryForm: Content {
        var frameworkID: String?
    }

    /// Carries the assessment to another framework and opens the new one, saying what carried.
    func carry(req: Request) async throws -> Response {
        let form = try req.content.decode(CarryForm.self)
        do {
            let (outcome, _) = try await AssessmentCarry.perform(req, frameworkID: form.frameworkID)
            return WebPage.redirect(req, to: SitePath.assessment.path(outcome.assessment.id!), notice: "carried")
        } catch let error as AppError where error.status == .unprocessableEntity || error.status == .conflict {
            let (assessment, unit) = try await AssessmentAccess.load(req)
            return try await renderShow(
                assessment, unit: unit, form: FormState(form, error: error, req: req), req: req, status: error.status)
        }
    }

    func exportWorkbook(req: Request) async throws -> Response {
        let (assessment, unit) = try await AssessmentAccess.load(req)
        return try await AssessmentWorkbook.export(assessment, unit: unit, req: req)
    }

    /// The upload form's fields: the workbook in `file`.
    struct ImportForm: Content {
        var file: File?
    }

    func importWorkbook(req: Request) async throws -> Response {
        try await importFile(req) { data, assessment, unit in
            try await AssessmentWorkbook.import(data, into: assessment, unit: unit, req: req)
        }
    }

    func exportOfficialWorkbook(req: Request) async throws -> Response {
        let (assessment, unit) = try await AssessmentAccess.load(req)
        return try await AssessmentOfficialWorkbook.export(assessment, unit: unit, req: req)
    }

    func importOfficialWorkbook(req: Request) async throws -> Response {
        try await importFile(req) { data, assessment, unit in
            try await AssessmentOfficialWorkbook.import(data, into: assessment, unit: unit, req: req)
        }
    }

    /// Reads the uploaded `.xlsx` of the form, imports it with `run` and shows the page with the report.
    private func importFile(
        _ req: Request, _ run: (Data, Assessment, WorkUnit) async throws -> AssessmentWorkbook.Report
    ) async throws -> Response {
        let (assessment, unit) = try await AssessmentAccess.load(req)
        guard let file = try req.content.decode(ImportForm.self).file, file.data.readableBytes > 0 else {
            throw AppError.validation([FieldError(field: "file", key: "validation.file_required")])
        }
        guard file.filename.lowercased().hasSuffix(".xlsx") else {
            throw AppError.validation([FieldError(field: "file", key: "validation.file_xlsx")])
        }
        let report = try await run(Data(buffer: file.data), assessment, unit)
        var form = FormState()
        form.message = req.t("import.summary", [String(report.imported), String(report.notes), String(report.issues.count)])
        return try await renderShow(assessment, unit: unit, form: form, req: req, report: report)
    }

    func rollup(req: Request) async throws -> Response {
        let rollup = try await InstansiRollup.load(req)
        return try await WebPage.render(
            "assessments/rollup", title: "\(req.t("rollup.title")) · \(rollup.instansi.name)",
            try RollupPage(rollup, paging: PageRequest(req), req: req), req: req)
    }
}
