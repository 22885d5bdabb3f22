import Vapor
import ZICore

/// Starting a plan from a form or an API body: checks year, origin and cadence, builds the
/// first content (``PlanStarter``) and stores it (``WorkPlanService/create``).
enum PlanCreation {
    static func create(unit: WorkUnit, year: Int?, origin: String?, cadence: String?, req: Request) async throws -> WorkPlan {
        var validator = Validator()
        let year = year ?? 0
        if !WorkPlanService.years.contains(year) { validator.add("year", "validation.year") }
        let origin = WorkPlanService.Origin(rawValue: origin.flatMap { $0.isEmpty ? nil : $0 } ?? "empty")
        if origin == nil { validator.add("origin", "validation.choice") }
        let cadence = MonitoringCadence(rawValue: cadence.flatMap { $0.isEmpty ? nil : $0 } ?? "triwulan")
        if cadence == nil { validator.add("cadence", "validation.choice") }
        try validator.check()
        let catalog = try req.application.lke.entry(LKECatalog.defaultFrameworkID)
        return try await req.writeAsUser { actor, db in
            let draft = try await PlanStarter.draft(origin!, unit: unit, year: year, catalog: catalog, on: db)
            return try await WorkPlanService.create(
                unit: unit, year: year, origin: origin!, cadence: cadence!, draft: draft,
                by: actor, on: db)
        }
    }
}
