import Fluent
import Vapor
import ZICore

/// The assessor's answer to a suggestion, both recorded in the audit trail: accepting it
/// (`POST /assessments/:id/suggestions/:questionID/accept` sets the suggested answer, computed
/// again on the server, with a note quoting its basis), or answering otherwise (saving an
/// answer that differs from the suggestion is recorded as overriding it).
enum SuggestionAcceptance {
    static func accept(req: Request) async throws -> Response {
        let (assessment, unit) = try await AssessmentAccess.load(req, .viewAssessment)
        let catalog = try req.application.lke.entry(assessment.frameworkID)
        guard let id = req.parameters.get("questionID"), let area = part(of: id, catalog: catalog) else { throw AppError.notFound }
        let suggestions = try await AssessmentSuggestions.of(unit: unit, year: assessment.year, part: area, req: req)
        guard let suggestion = suggestions[id] else { throw AppError(.conflict, code: "suggestion_gone") }
        let update = AnswerUpdate(answers: [id: suggestion.value], notes: [id: "Mengikuti saran SIZI: \(suggestion.basis)"])
        try await AssessmentAccess.requireQuestions(update, .fillAssessment, unit: unit, catalog: catalog, req: req)
        try await req.writeAsUser { actor, db in
            try await AssessmentService.saveSelfAnswers(update, to: assessment, unit: unit, catalog: catalog, by: actor, on: db)
            try await AuditLog.record(
                "assessment", id: assessment.id, action: "accept_suggestion", unit: unit,
                after: ["question": id, "answer": suggestion.answer, "basis": suggestion.basis], by: actor, on: db)
        }
        return WebPage.redirect(req, to: SitePath.assessment.path(assessment.id!) + "?part=\(area)#q-\(id)", notice: "saved")
    }

    /// An answer of an update that differs from the suggestion for its question.
    struct Override: Sendable {
        let questionID: String
        let given: String
        let suggestion: AssessmentSuggestions.Suggestion
    }

    /// The answers of `update` that differ from the suggestion for their question (read before the
    /// save, so that the save and their audit share one transaction).
    static func overrides(_ update: AnswerUpdate, assessment: Assessment, unit: WorkUnit, part: String, req: Request) async throws
        -> [Override]
    {
        // A change of notes only (autosave sends one question at a time) needs no suggestions.
        guard update.answers.values.contains(where: { $0 != nil }) else { return [] }
        let answered = Set(update.answers.compactMap { $0.value == nil ? nil : $0.key })
        let suggestions = try await AssessmentSuggestions.of(unit: unit, year: assessment.year, part: part, only: answered, req: req)
        return update.answers.compactMap { id, answer in
            guard let answer, let suggestion = suggestions[id], answer != suggestion.value else { return nil }
            return Override(questionID: id, given: AssessmentScoring.encode(answer), suggestion: suggestion)
        }
    }

    /// Records that the assessor overrode each suggestion of `overrides`.
    static func record(_ overrides: [Override], assessment: Assessment, unit: WorkUnit, by actor: AuditActor, on db: any Database)
        async throws
    {
        for override in overrides {
            try await AuditLog.record(
                "assessment", id: assessment.id, action: "override_suggestion", unit: unit,
                after: ["question": override.questionID, "suggested": override.suggestion.answer, "given": override.given], by: actor,
                on: db)
        }
    }

    /// The worksheet part (area number or `hasil`) a question is on.
    private static func part(of id: String, catalog: LKECatalog.Entry) -> String? {
        guard catalog.questions[id] != nil else { return nil }
        return catalog.areaOf[id].map(String.init) ?? "hasil"
    }
}
