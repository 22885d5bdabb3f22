import Vapor
import ZICore

/// The unit and year a register request is about: the unit of the route (the requester
/// needing `permission` on it) and `?year=` (default this year, 2000–2100).
enum RegisterYear {
    static func target(_ req: Request, _ permission: Permission) async throws -> (WorkUnit, Int) {
        let unit = try await UnitVisibility.unit(req, requiring: permission)
        let year = try req.queryYear(default: WIBTime.today().year)
        return (unit, year)
    }
}
