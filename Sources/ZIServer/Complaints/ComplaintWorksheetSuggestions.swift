import Fluent
import Vapor
import ZICore

/// The worksheet's suggestion for A.II.5.ii.a from the complaints received in the year, for
/// those who may read the unit's complaints.
struct ComplaintWorksheetSuggestions: WorksheetSuggestionSource {
    let parts: Set<String>? = ["5"]

    func suggestions(unit: WorkUnit, year: Int, req: Request) async throws -> [WorksheetSuggestion] {
        guard try await req.may(.viewComplaints, on: unit.accessTarget) else { return [] }
        let rows = try await Complaint.query(on: req.db).filter(\.$unit.$id == unit.id!)
            .filter(\.$receivedOn >= "\(year)-01-01").filter(\.$receivedOn <= "\(year)-12-31").all()
        let facts = ComplaintHandlingFacts(
            complaints: rows.compactMap { row in
                ComplaintStatus(rawValue: row.status).map { .init(id: row.number, status: $0) }
            })
        let suggestion = RegisterLKESuggestions.complaints(facts)
        return [
            WorksheetSuggestion(
                questionID: suggestion.questionID, answer: suggestion.answer, basis: suggestion.basis,
                link: SitePath.unitComplaints.path(unit.id!))
        ]
    }
}
