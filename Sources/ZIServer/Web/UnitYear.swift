import Vapor
import ZICore

/// The unit a page or endpoint is about (checked against `permission`) and the year it shows
/// (`?year=`, default this year, 2000–2100): the loader of every per-unit, per-year register.
enum UnitYear {
    static func target(_ req: Request, _ permission: Permission) async throws -> (WorkUnit, Int) {
        let unit = try await UnitVisibility.unit(req, requiring: permission)
        let year = try req.queryYear(default: req.clock.today().year)
        return (unit, year)
    }
}
