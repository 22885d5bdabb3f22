import Fluent
import Vapor
import ZICore

/// `/api/v1/…/assessments`: the LKE self-assessment, TPI review and conclusion as JSON.
struct AssessmentAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.unitAssessments, use: list)
        routes.post(.unitAssessments, use: create)
        routes.get(.assessment, use: show)
        routes.get(.assessmentAnswers, use: answers)
        routes.get(.assessmentAnswerSheet, use: answerSheet)
        routes.put(.assessmentAnswers, use: saveSelf)
        routes.put(.assessmentReviews, use: saveReviews)
        routes.post(.assessmentSubmit, use: submit)
        routes.post(.assessmentConclude, use: conclude)
        routes.post(.assessmentReopen, use: reopen)
        routes.post(.assessmentCarry, use: carry)
        routes.get(.assessmentExportXlsx, use: exportWorkbook)
        routes.on(.PUT, .assessmentImportXlsx, body: .collect(maxSize: "6mb"), use: importWorkbook)
        routes.get(.assessmentOfficialXlsx, use: exportOfficialWorkbook)
        routes.on(.PUT, .assessmentOfficialXlsx, body: .collect(maxSize: "6mb"), use: importOfficialWorkbook)
        routes.get(.instansiRollup, use: rollup)
    }

    func list(req: Request) async throws -> [AssessmentListItem] {
        let unit = try await UnitVisibility.unit(req, requiring: .viewAssessment)
        return try await Assessment.query(on: req.db).filter(\.$unit.$id == unit.id!)
            .sort(\.$year, .descending).all().map(AssessmentListItem.init)
    }

    struct CreateBody: Content {
        var year: Int?
        var frameworkID: String?
        var holdsWBK: Bool?
    }

    func create(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .fillAssessment)
        let body = try req.content.decode(CreateBody.self)
        let lke = req.application.lke
        let catalog = try body.frameworkID.map { try lke.entry($0) } ?? lke.entry(forYear: body.year ?? 0)
        let assessment = try await req.writeAsUser { actor, db in
            try await AssessmentService.create(
                unit: unit, year: body.year ?? 0, catalog: catalog,
                holdsWBK: body.holdsWBK ?? false, by: actor, on: db)
        }
        return try await AssessmentSummary.load(assessment, unit: unit, req: req).encodeResponse(status: .created, for: req)
    }

    /// `{frameworkID}`: the framework to carry the assessment to.
    struct CarryBody: Content {
        var frameworkID: String?
    }

    /// Carries the assessment to another framework; answers the new assessment and what did not carry.
    func carry(req: Request) async throws -> Response {
        let body = try req.content.decode(CarryBody.self)
        let (outcome, unit) = try await AssessmentCarry.perform(req, frameworkID: body.frameworkID)
        let summary = try await AssessmentSummary.load(outcome.assessment, unit: unit, req: req)
        return try await AssessmentCarry.Report(outcome, assessment: summary).encodeResponse(status: .created, for: req)
    }

    func show(req: Request) async throws -> AssessmentSummary {
        let (assessment, unit) = try await AssessmentAccess.load(req)
        return try await AssessmentSummary.load(assessment, unit: unit, req: req)
    }

    /// Every answer with both parties' notes.
    struct AnswerRow: Content {
        let question: String
        let selfAnswer: LKEAnswer?
        let selfNote: String?
        let evidenceNote: String?
        let tpiAnswer: LKEAnswer?
        let tpiNote: String?
    }

    func answers(req: Request) async throws -> [AnswerRow] {
        let (assessment, _) = try await AssessmentAccess.load(req)
        return try await AssessmentAnswerRecords.stored(of: assessment, on: req.db).sorted { $0.questionID < $1.questionID }.map {
            AnswerRow(
                question: $0.questionID, selfAnswer: AssessmentScoring.decode($0.selfAnswer), selfNote: $0.selfNote,
                evidenceNote: $0.evidenceNote, tpiAnswer: AssessmentScoring.decode($0.tpiAnswer), tpiNote: $0.tpiNote)
        }
    }

    /// The answers in the answer-file format of `sizi lke score` (`?source=self|official`).
    struct AnswerSheetBody: Content {
        let framework: String
        let answers: [String: LKEAnswer]
    }

    func answerSheet(req: Request) async throws -> AnswerSheetBody {
        let (assessment, _) = try await AssessmentAccess.load(req)
        let source: AssessmentScoring.Source = req.query[String.self, at: "source"] == "self" ? .selfAssessment : .official
        let rows = try await AssessmentAnswerRecords.stored(of: assessment, on: req.db)
        return AnswerSheetBody(framework: assessment.frameworkID, answers: AssessmentScoring.answers(rows, source: source))
    }

    /// `{"framework"?: "...", "answers": {"<id>": answer | null}, "notes": {...}, "evidence": {...}}` —
    /// an answer file of `sizi lke score` is accepted as it is (JSON import).
    struct UpdateBody: Content {
        var framework: String?
        var answers: [String: LKEAnswer?]?
        var notes: [String: String]?
        var evidence: [String: String]?

        func update(for assessment: Assessment) throws -> AnswerUpdate {
            if let framework, framework != assessment.frameworkID {
                throw AppError.validation([
                    FieldError(
                        field: "framework", key: "validation.framework_mismatch",
                        arguments: [assessment.frameworkID])
                ])
            }
            return AnswerUpdate(answers: answers ?? [:], notes: notes ?? [:], evidence: evidence ?? [:])
        }
    }

    func saveSelf(req: Request) async throws -> AssessmentSummary {
        let (assessment, unit) = try await AssessmentAccess.load(req)
        let catalog = try req.application.lke.entry(assessment.frameworkID)
        let update = try req.content.decode(UpdateBody.self).update(for: assessment)
        try await AssessmentAccess.requireQuestions(update, .fillAssessment, unit: unit, catalog: catalog, req: req)
        try await req.writeAsUser { actor, db in
            try await AssessmentService.saveSelfAnswers(update, to: assessment, unit: unit, catalog: catalog, by: actor, on: db)
        }
        return try await AssessmentSummary.load(assessment, unit: unit, req: req)
    }

    func saveReviews(req: Request) async throws -> AssessmentSummary {
        let (assessment, unit) = try await AssessmentAccess.load(req, .reviewAssessment)
        let catalog = try req.application.lke.entry(assessment.frameworkID)
        var update = try req.content.decode(UpdateBody.self).update(for: assessment)
        update.evidence = [:]
        try await req.writeAsUser { [update] actor, db in
            try await AssessmentService.saveReviews(update, to: assessment, unit: unit, catalog: catalog, by: actor, on: db)
        }
        return try await AssessmentSummary.load(assessment, unit: unit, req: req)
    }

    func submit(req: Request) async throws -> AssessmentSummary {
        let (assessment, unit) = try await AssessmentAccess.load(req, .submitAssessment)
        try await req.writeAsUser { actor, db in try await AssessmentService.submit(assessment, unit: unit, by: actor, on: db) }
        return try await AssessmentSummary.load(assessment, unit: unit, req: req)
    }

    func conclude(req: Request) async throws -> AssessmentSummary {
        let (assessment, unit) = try await AssessmentAccess.load(req, .reviewAssessment)
        let body = try req.content.decode(AssessmentConclusionInput.self)
        try await req.writeAsUser { actor, db in
            try await AssessmentService.conclude(
                assessment, recommendation: body.recommendation, note: body.note,
                unit: unit, by: actor, on: db)
        }
        return try await AssessmentSummary.load(assessment, unit: unit, req: req)
    }

    func reopen(req: Request) async throws -> AssessmentSummary {
        let (assessment, unit) = try await AssessmentAccess.load(req, .reopenAssessment)
        let body = try req.content.decode(ReasonInput.self)
        try await req.writeAsUser { actor, db in
            try await AssessmentService.reopen(assessment, reason: body.reason, unit: unit, by: actor, on: db)
        }
        return try await AssessmentSummary.load(assessment, unit: unit, req: req)
    }

    func exportWorkbook(req: Request) async throws -> Response {
        let (assessment, unit) = try await AssessmentAccess.load(req)
        return try await AssessmentWorkbook.export(assessment, unit: unit, req: req)
    }

    /// The workbook as the raw request body.
    func importWorkbook(req: Request) async throws -> AssessmentWorkbook.Report {
        let (assessment, unit) = try await AssessmentAccess.load(req)
        return try await AssessmentWorkbook.import(try Self.uploadedFile(req), into: assessment, unit: unit, req: req)
    }

    /// The raw request body of an upload; 422 when it is empty.
    private static func uploadedFile(_ req: Request) throws -> Data {
        guard let body = req.body.data, body.readableBytes > 0 else {
            throw AppError.validation([FieldError(field: "body", key: "validation.file_required")])
        }
        return Data(buffer: body)
    }

    func exportOfficialWorkbook(req: Request) async throws -> Response {
        let (assessment, unit) = try await AssessmentAccess.load(req)
        return try await AssessmentOfficialWorkbook.export(assessment, unit: unit, req: req)
    }

    func importOfficialWorkbook(req: Request) async throws -> AssessmentWorkbook.Report {
        let (assessment, unit) = try await AssessmentAccess.load(req)
        return try await AssessmentOfficialWorkbook.import(try Self.uploadedFile(req), into: assessment, unit: unit, req: req)
    }

    func rollup(req: Request) async throws -> InstansiRollup {
        try await InstansiRollup.load(req)
    }
}
