import Fluent
import Vapor
import ZICore

/// The worksheet's suggestions for area 1 (A.I.1.ii.a, A.I.1.iii.a–c) from the year's work plan
/// and its monitoring, for those who may read the plan.
struct MonevWorksheetSuggestions: WorksheetSuggestionSource {
    let parts: Set<String>? = ["1"]
    let questionIDs: Set<String>? = Set(PlanLKESuggestions.questionIDs)

    func suggestions(unit: WorkUnit, year: Int, req: Request) async throws -> [WorksheetSuggestion] {
        guard try await req.may(.viewPlan, on: unit.accessTarget),
            let plan = try await WorkPlan.query(on: req.db).filter(\.$unit.$id == unit.id!).filter(\.$year == year).first()
        else { return [] }
        let facts = try await MonevState.load(plan, today: req.clock.today(), on: req.db).facts
        return PlanLKESuggestions.suggest(facts).map {
            WorksheetSuggestion(
                questionID: $0.questionID, answer: .option($0.answer), basis: $0.basis, link: SitePath.planMonev.path(plan.id!))
        }
    }
}
