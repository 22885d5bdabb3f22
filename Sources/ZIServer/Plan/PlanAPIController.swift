import Fluent
import Vapor
import ZICore
import ZIDocuments

/// `/api/v1/…/plans`: the work plan as JSON — start, import (dry run, then commit), edit,
/// approve and re-open.
struct PlanAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.unitPlans, use: list)
        routes.post(.unitPlans, use: create)
        routes.get(.plan, use: show)
        routes.patch(.plan, use: updateHeader)
        routes.post(.planApprove, use: approve)
        routes.post(.planReopen, use: reopen)
        routes.on(.POST, .planImport, body: .collect(maxSize: "6mb"), use: importTable)
        routes.post(.planAreas, use: addArea)
        routes.post(.planAreaIndicators, use: addIndicator)
        routes.put(.planIndicator, use: updateIndicator)
        routes.delete(.planIndicator, use: deleteIndicator)
        routes.post(.planIndicatorActions, use: addAction)
        routes.put(.planAction, use: updateAction)
        routes.delete(.planAction, use: deleteAction)
        routes.put(.planTargets, use: setTargets)
        routes.put(.planTeams, use: setTeam)
    }

    func list(req: Request) async throws -> [PlanSummaryDTO] {
        let unit = try await UnitVisibility.unit(req, requiring: .viewPlan)
        return try await WorkPlan.query(on: req.db).filter(\.$unit.$id == unit.id!).sort(\.$year, .descending).all()
            .map(PlanSummaryDTO.init)
    }

    /// The body that starts a plan.
    struct CreateBody: Content {
        var year: Int?
        /// `empty` (default), `lke`, `previous` or `import`.
        var origin: String?
        /// `bulanan`, `triwulan` (default) or `semester`.
        var cadence: String?
    }

    func create(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .managePlan)
        let body = try req.content.decode(CreateBody.self)
        let plan = try await PlanCreation.create(unit: unit, year: body.year, origin: body.origin, cadence: body.cadence, req: req)
        return try await detail(plan, req: req).encodeResponse(status: .created, for: req)
    }

    func show(req: Request) async throws -> PlanDetailDTO {
        let (plan, _) = try await PlanAccess.load(req)
        return try await detail(plan, req: req)
    }

    func updateHeader(req: Request) async throws -> PlanDetailDTO {
        let (plan, unit) = try await PlanAccess.load(req, .managePlan)
        let header = try req.content.decode(PlanHeader.self)
        try await req.writeAsUser { actor, db in try await WorkPlanService.updateHeader(plan, header, unit: unit, by: actor, on: db) }
        return try await detail(plan, req: req)
    }

    func approve(req: Request) async throws -> PlanDetailDTO {
        let (plan, unit) = try await PlanAccess.load(req, .approvePlan)
        try await req.writeAsUser { actor, db in try await WorkPlanService.approve(plan, unit: unit, by: actor, on: db) }
        return try await detail(plan, req: req)
    }

    func reopen(req: Request) async throws -> PlanDetailDTO {
        let (plan, unit) = try await PlanAccess.load(req, .approvePlan)
        let reason = try req.content.decode(ReasonInput.self).reason
        try await req.writeAsUser { actor, db in try await WorkPlanService.reopen(plan, reason: reason, unit: unit, by: actor, on: db) }
        return try await detail(plan, req: req)
    }

    /// The table in the request body (CSV or XLSX). `?dryRun=true` only returns the preview;
    /// otherwise the plan's content is replaced by the table's rows, all or nothing.
    func importTable(req: Request) async throws -> Response {
        let (plan, unit) = try await PlanAccess.load(req, .managePlan)
        let data = req.body.data.map { Data(buffer: $0) } ?? Data()
        let result = try await PlanFile.parse(data)
        if req.query[Bool.self, at: "dryRun"] == true {
            return try Response.json(PlanImportPreview(result, planYear: plan.year))
        }
        let name = req.query[String.self, at: "fileName"] ?? "api"
        try await req.writeAsUser { actor, db in
            try await WorkPlanService.replaceContent(
                of: plan, with: PlanDraft(importing: result), source: name, unit: unit,
                by: actor, on: db)
        }
        return try await detail(plan, req: req).encodeResponse(for: req)
    }

    struct AreaBody: Content {
        var name: String?
    }

    func addArea(req: Request) async throws -> Response {
        let (plan, unit) = try await PlanAccess.load(req, .managePlan)
        let name = try req.content.decode(AreaBody.self).name
        try await req.writeAsUser { actor, db in _ = try await PlanEditService.addArea(named: name, to: plan, unit: unit, by: actor, on: db)
        }
        return try await detail(plan, req: req).encodeResponse(status: .created, for: req)
    }

    struct IndicatorBody: Content {
        var text: String?
        var lkeQuestionID: String?
    }

    func addIndicator(req: Request) async throws -> Response {
        let (plan, unit) = try await PlanAccess.load(req)
        let area = try await PlanAccess.part(WorkPlanArea.self, "areaID", of: plan, req: req)
        try await PlanAccess.requireEdit(area, unit: unit, req: req)
        let body = try req.content.decode(IndicatorBody.self)
        let catalog = try req.application.lke.entry(LKECatalog.defaultFrameworkID)
        try await req.writeAsUser { actor, db in
            _ = try await PlanEditService.addIndicator(
                body.text, lkeQuestionID: body.lkeQuestionID, to: area, plan: plan, unit: unit,
                catalog: catalog, by: actor, on: db)
        }
        return try await detail(plan, req: req).encodeResponse(status: .created, for: req)
    }

    func updateIndicator(req: Request) async throws -> PlanDetailDTO {
        let (plan, unit, indicator) = try await PlanAccess.editableIndicator(req)
        let body = try req.content.decode(IndicatorBody.self)
        let catalog = try req.application.lke.entry(LKECatalog.defaultFrameworkID)
        try await req.writeAsUser { actor, db in
            try await PlanEditService.updateIndicator(
                indicator, text: body.text, lkeQuestionID: body.lkeQuestionID, plan: plan,
                unit: unit, catalog: catalog, by: actor, on: db)
        }
        return try await detail(plan, req: req)
    }

    func deleteIndicator(req: Request) async throws -> PlanDetailDTO {
        let (plan, unit, indicator) = try await PlanAccess.editableIndicator(req)
        try await req.writeAsUser { actor, db in
            try await PlanEditService.deleteIndicator(indicator, plan: plan, unit: unit, by: actor, on: db)
        }
        return try await detail(plan, req: req)
    }

    func addAction(req: Request) async throws -> Response {
        let (plan, unit, indicator) = try await PlanAccess.editableIndicator(req)
        let input = try await PlanAccess.checkedAction(req, unit: unit)
        try await req.writeAsUser { actor, db in
            _ = try await PlanEditService.addAction(input, to: indicator, plan: plan, unit: unit, by: actor, on: db)
        }
        return try await detail(plan, req: req).encodeResponse(status: .created, for: req)
    }

    func updateAction(req: Request) async throws -> PlanDetailDTO {
        let (plan, unit, action) = try await PlanAccess.editableAction(req)
        let input = try await PlanAccess.checkedAction(req, unit: unit)
        try await req.writeAsUser { actor, db in
            try await PlanEditService.updateAction(action, input, plan: plan, unit: unit, by: actor, on: db)
        }
        return try await detail(plan, req: req)
    }

    func deleteAction(req: Request) async throws -> PlanDetailDTO {
        let (plan, unit, action) = try await PlanAccess.editableAction(req)
        try await req.writeAsUser { actor, db in try await PlanEditService.deleteAction(action, plan: plan, unit: unit, by: actor, on: db) }
        return try await detail(plan, req: req)
    }

    struct TargetsBody: Content {
        var targets: [String]?
    }

    func setTargets(req: Request) async throws -> PlanDetailDTO {
        let (plan, unit) = try await PlanAccess.load(req, .managePlan)
        let targets = (try req.content.decode(TargetsBody.self).targets ?? []).joined(separator: "\n")
        try await req.writeAsUser { actor, db in try await PlanEditService.setTargets(targets, plan: plan, unit: unit, by: actor, on: db) }
        return try await detail(plan, req: req)
    }

    func setTeam(req: Request) async throws -> PlanDetailDTO {
        let (plan, unit) = try await PlanAccess.load(req, .managePlan)
        let (team, members) = try req.content.decode(PlanTeamInput.self).checked()
        try await req.writeAsUser { actor, db in
            try await PlanEditService.setTeam(team, members: members, plan: plan, unit: unit, by: actor, on: db)
        }
        return try await detail(plan, req: req)
    }

    private func detail(_ plan: WorkPlan, req: Request) async throws -> PlanDetailDTO {
        PlanDetailDTO(try await PlanContent.load(plan, on: req.db), today: req.clock.today())
    }
}
