import Vapor
import ZICore

/// The worksheet's suggestions for the hasil questions B.I.a and B.II.a from the unit's own
/// perception surveys of the year (an internal forecast), for those who may read its complaints.
struct PerceptionWorksheetSuggestions: WorksheetSuggestionSource {
    let parts: Set<String>? = ["hasil"]

    func suggestions(unit: WorkUnit, year: Int, req: Request) async throws -> [WorksheetSuggestion] {
        guard try await req.may(.viewComplaints, on: unit.accessTarget),
            let from = CalendarDate(year: year, month: 1, day: 1), let to = CalendarDate(year: year, month: 12, day: 31)
        else { return [] }
        let framework = try req.application.lke.entry(LKECatalog.defaultFrameworkID).framework
        let results = try await PerceptionResults.load(unit: unit, from: from, to: to, framework: framework, names: req.names, on: req.db)
        return results.surveys.compactMap { survey in
            guard let score = survey.scoreText, let summary = survey.summary else { return nil }
            return WorksheetSuggestion(
                questionID: survey.lkeQuestionID, answer: .number(survey.score ?? 0), basis: summary,
                link: SitePath.unitPerception.path(unit.id!) + "?from=\(from)&to=\(to)", shownAnswer: score)
        }
    }
}
