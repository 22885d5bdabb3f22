import Vapor
import ZICore

/// Who may record monev for what: the monev team (a coordinator only in their area), and the
/// person responsible for an action or a follow-up for their own.
enum MonevAccess {
    /// Whether the requester may record the realisation of `action` (in standard area `area`).
    static func mayRecord(_ action: WorkPlanAction, area: Int?, unit: WorkUnit, userID: UUID?, req: Request) async throws -> Bool {
        if let userID, action.$picUser.id == userID { return true }
        return try await req.may(.recordMonev, on: area.map { unit.accessTarget.narrowed(toArea: $0) } ?? unit.accessTarget)
    }

    /// Whether the requester may update the follow-up of `finding`.
    static func mayUpdate(_ finding: MonevFinding, unit: WorkUnit, req: Request) async throws -> Bool {
        if finding.$owner.id != nil, finding.$owner.id == (try req.currentUser().user.id) { return true }
        return try await req.may(.recordMonev, on: unit.accessTarget)
    }
}
