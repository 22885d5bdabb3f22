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

    /// Records, for each answer of `update` that differs from the suggestion for its question,
    /// that the assessor overrode the suggestion.
    static func recordOverrides(_ update: AnswerUpdate, assessment: Assessment, unit: WorkUnit, part: String, req: Request) async throws {
        // A change of notes only (autosave sends one question at a time) needs no suggestions.
        guard update.answers.values.contains(where: { $0 != nil }) else { return }
        let suggestions = try await AssessmentSuggestions.of(unit: unit, year: assessment.year, part: part, req: req)
        let overridden = update.answers.compactMap { id, answer -> (String, String, AssessmentSuggestions.Suggestion)? in
            guard let answer, let suggestion = suggestions[id], answer != suggestion.value else { return nil }
            return (id, AssessmentScoring.encode(answer), suggestion)
        }
        guard !overridden.isEmpty else { return }
        try await req.writeAsUser { actor, db in
            for (id, given, suggestion) in overridden {
                try await AuditLog.record(
                    "assessment", id: assessment.id, action: "override_suggestion", unit: unit,
                    after: ["question": id, "suggested": suggestion.answer, "given": given], by: actor, on: db)
            }
        }
    }

    /// The worksheet part (area number or `hasil`) a question is on.
    private static func part(of id: String, catalog: LKECatalog.Entry) -> String? {
        guard catalog.questions[id] != nil else { return nil }
        return catalog.areaOf[id].map(String.init) ?? "hasil"
    }
}
