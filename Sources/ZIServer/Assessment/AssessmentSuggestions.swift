import Fluent
import Vapor
import ZICore

/// The answers SIZI suggests for an assessment's questions from the unit's own records, each
/// with how it was computed and where the rows are: the work plan and monev (area 1), the
/// complaints received in the assessment's year (A.II.5.ii.a), the unit's own perception
/// surveys of that year (B.I.a, B.II.a, an internal forecast), and the integrity registers
/// (agents of change, discipline, LHKPN/LHKASN, simplified services). Only what the viewer may read is
/// used; the assessor decides.
enum AssessmentSuggestions {
    /// A suggestion as the worksheet shows it, with the answer it would set.
    struct Suggestion: Encodable {
        let answer: String
        let basis: String
        /// Where the records behind it are listed.
        let link: String?
        /// The answer accepting the suggestion sets.
        let value: LKEAnswer

        private enum CodingKeys: String, CodingKey { case answer, basis, link }
    }

    /// The suggestions for the questions of `part` (an area number or `hasil`), by question id.
    static func of(unit: WorkUnit, year: Int, part: String, req: Request) async throws -> [String: Suggestion] {
        let specific: [String: Suggestion] = switch part {
        case "1": try await plan(unit: unit, year: year, req: req)
        case "5": try await complaints(unit: unit, year: year, req: req)
        case "hasil": try await perception(unit: unit, year: year, req: req)
        default: [:]
        }
        return specific.merging(try await registers(unit: unit, year: year, part: part, req: req)) { first, _ in first }
    }

    /// Agents of change, discipline, LHKPN/LHKASN and simplified services (see ``RegisterSuggestions``).
    private static func registers(unit: WorkUnit, year: Int, part: String, req: Request) async throws -> [String: Suggestion] {
        guard try await req.may(.viewRegisters, on: unit.accessTarget) else { return [:] }
        let catalog = try req.application.lke.entry(LKECatalog.defaultFrameworkID)
        return keyed(try await RegisterSuggestions.of(unit: unit, year: year, on: req.db)
            .filter { catalog.areaOf[$0.questionID].map(String.init) == part }
            .map { suggestion in
                (suggestion.questionID, Suggestion(answer: answerText(suggestion.answer, question: catalog.questions[suggestion.questionID]),
                                                   basis: suggestion.basis, link: "/units/\(unit.id!)/registers?year=\(year)",
                                                   value: suggestion.answer))
            })
    }

    private static func plan(unit: WorkUnit, year: Int, req: Request) async throws -> [String: Suggestion] {
        guard try await req.may(.viewPlan, on: unit.accessTarget),
              let plan = try await WorkPlan.query(on: req.db).filter(\.$unit.$id == unit.id!).filter(\.$year == year).first()
        else { return [:] }
        let facts = try await MonevState.load(plan, today: WIBTime.today(), on: req.db).facts
        return keyed(PlanLKESuggestions.suggest(facts).map {
            ($0.questionID, Suggestion(answer: $0.answer, basis: $0.basis, link: "/plans/\(plan.id!)/monev", value: .option($0.answer)))
        })
    }

    private static func complaints(unit: WorkUnit, year: Int, req: Request) async throws -> [String: Suggestion] {
        guard try await req.may(.viewComplaints, on: unit.accessTarget) else { return [:] }
        let rows = try await Complaint.query(on: req.db).filter(\.$unit.$id == unit.id!)
            .filter(\.$receivedOn >= "\(year)-01-01").filter(\.$receivedOn <= "\(year)-12-31").all()
        let facts = ComplaintHandlingFacts(complaints: rows.compactMap { row in
            ComplaintStatus(rawValue: row.status).map { .init(id: row.number, status: $0) }
        })
        let suggestion = RegisterLKESuggestions.complaints(facts)
        let catalog = try req.application.lke.entry(LKECatalog.defaultFrameworkID)
        return [suggestion.questionID: Suggestion(answer: answerText(suggestion.answer, question: catalog.questions[suggestion.questionID]),
                                                  basis: suggestion.basis,
                                                  link: "/units/\(unit.id!)/complaints", value: suggestion.answer)]
    }

    private static func perception(unit: WorkUnit, year: Int, req: Request) async throws -> [String: Suggestion] {
        guard try await req.may(.viewComplaints, on: unit.accessTarget),
              let from = CalendarDate(year: year, month: 1, day: 1), let to = CalendarDate(year: year, month: 12, day: 31) else { return [:] }
        let framework = try req.application.lke.entry(LKECatalog.defaultFrameworkID).framework
        let results = try await PerceptionResults.load(unit: unit, from: from, to: to, framework: framework, on: req.db)
        return keyed(results.surveys.compactMap { survey in
            guard let score = survey.scoreText, let summary = survey.summary else { return nil }
            return (survey.lkeQuestionID, Suggestion(answer: score, basis: summary, link: "/units/\(unit.id!)/persepsi?from=\(from)&to=\(to)",
                                                     value: .number(survey.score ?? 0)))
        })
    }

    /// An option's code, or `label: value` for each input of an inputs answer, in the question's order.
    private static func answerText(_ answer: LKEAnswer, question: LKEQuestion?) -> String {
        switch answer {
        case .option(let code): code
        case .number(let number): DecimalText.format(number, decimals: 2)
        case .inputs(let values):
            (question?.inputs ?? []).compactMap { input in
                values[input.id].map { "\(input.label): \(DecimalText.format($0, decimals: 0))" }
            }.joined(separator: "; ")
        }
    }

    private static func keyed(_ pairs: [(String, Suggestion)]) -> [String: Suggestion] {
        Dictionary(pairs, uniquingKeysWith: { first, _ in first })
    }
}
