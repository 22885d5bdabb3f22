import Vapor
import ZICore

/// The worksheet's suggestions from the integrity registers (agents of change, discipline,
/// LHKPN/LHKASN, simplified services; see ``RegisterSuggestions``), for those who may read them.
struct RegisterWorksheetSuggestions: WorksheetSuggestionSource {
    let parts: Set<String>? = nil
    let questionIDs: Set<String>? = Set(RegisterLKESuggestions.questionIDs)

    func suggestions(unit: WorkUnit, year: Int, req: Request) async throws -> [WorksheetSuggestion] {
        guard try await req.may(.viewRegisters, on: unit.accessTarget) else { return [] }
        return try await RegisterSuggestions.of(unit: unit, year: year, on: req.db).map {
            WorksheetSuggestion(
                questionID: $0.questionID, answer: $0.answer, basis: $0.basis,
                link: SitePath.unitRegisters.path(unit.id!) + "?year=\(year)")
        }
    }
}
