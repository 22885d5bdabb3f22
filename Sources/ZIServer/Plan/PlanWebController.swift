import Fluent
import Vapor
import ZICore

/// The plan pages: a unit's plans and how to start one, the plan with its table of actions
/// (searchable, filterable by status), approval and re-opening.
struct PlanWebController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.unitPlans, use: index)
        routes.post(.unitPlans, use: create)
        let one = routes.grouped("plans", ":planID")
        routes.get(.plan, use: show)
        routes.post(.planApprove, use: approve)
        routes.post(.planReopen, use: reopen)
    }

    struct IndexView: Encodable {
        struct Row: Encodable {
            let plan: PlanSummaryDTO
            let statusLabel: String
            let cadenceLabel: String
        }

        let unit: UnitDTO
        let plans: [Row]
        let canCreate: Bool
        let origins: [Choice]
        let cadences: [Choice]
        let form: FormState
    }

    func index(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .viewPlan)
        let year = String(req.clock.today().year)
        return try await renderIndex(unit, form: FormState(values: ["year": year, "origin": "lke", "cadence": "triwulan"]), req: req)
    }

    private func renderIndex(_ unit: WorkUnit, form: FormState, req: Request, status: HTTPStatus = .ok) async throws -> Response {
        let names = req.names
        let plans = try await WorkPlan.query(on: req.db).filter(\.$unit.$id == unit.id!).sort(\.$year, .descending).all().map {
            IndexView.Row(
                plan: PlanSummaryDTO($0), statusLabel: req.t("plan.status.\($0.status.rawValue)"),
                cadenceLabel: names(MonitoringCadence.self, raw: $0.cadence))
        }
        let view = IndexView(
            unit: UnitDTO(unit), plans: plans, canCreate: try await req.may(.managePlan, on: unit.accessTarget),
            origins: WorkPlanService.Origin.allCases.map {
                Choice(value: $0.rawValue, label: req.t("plan.origin.\($0.rawValue)"), selected: $0.rawValue == form.values["origin"])
            },
            cadences: MonitoringCadence.allCases.map {
                Choice(value: $0.rawValue, label: names($0), selected: $0.rawValue == form.values["cadence"])
            },
            form: form)
        return try await WebPage.render("plans/index", title: req.t("plan.title"), view, req: req, status: status)
    }

    struct CreateForm: Content {
        var year: String?
        var origin: String?
        var cadence: String?
    }

    func create(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .managePlan)
        let form = try req.content.decode(CreateForm.self)
        return try await WebPage.submit(
            req, typed: form,
            show: { form, status in
                try await renderIndex(unit, form: form, req: req, status: status)
            }
        ) {
            let plan = try await PlanCreation.create(
                unit: unit, year: Int(form.year ?? ""), origin: form.origin,
                cadence: form.cadence, req: req)
            let next =
                form.origin == WorkPlanService.Origin.imported.rawValue ? SitePath.planImport.path(plan.id!) : SitePath.plan.path(plan.id!)
            return WebPage.redirect(req, to: next, notice: "created")
        }
    }

    func show(req: Request) async throws -> Response {
        let (plan, unit) = try await PlanAccess.load(req)
        return try await renderShow(plan, unit: unit, form: FormState(), req: req)
    }

    func renderShow(_ plan: WorkPlan, unit: WorkUnit, form: FormState, req: Request, status: HTTPStatus = .ok) async throws -> Response {
        let page = try await PlanPage.build(try await PlanContent.load(plan, on: req.db), unit: unit, form: form, req: req)
        return try await WebPage.render("plans/show", title: "\(req.t("plan.title")) \(plan.year)", page, req: req, status: status)
    }

    func approve(req: Request) async throws -> Response {
        let (plan, unit) = try await PlanAccess.load(req, .approvePlan)
        return try await step(plan, unit: unit, notice: "approved", form: FormState(), req: req) { actor, db in
            try await WorkPlanService.approve(plan, unit: unit, by: actor, on: db)
        }
    }

    func reopen(req: Request) async throws -> Response {
        let (plan, unit) = try await PlanAccess.load(req, .approvePlan)
        let form = try req.content.decode(ReasonInput.self)
        return try await step(plan, unit: unit, notice: "plan_reopened", form: FormState(values: FormState.values(of: form)), req: req) {
            actor, db in
            try await WorkPlanService.reopen(plan, reason: form.reason, unit: unit, by: actor, on: db)
        }
    }

    /// Runs a workflow step; on a refusal the plan page shows why, keeping what was typed.
    private func step(
        _ plan: WorkPlan, unit: WorkUnit, notice: String, form: FormState, req: Request,
        _ body: @escaping @Sendable (AuditActor, any Database) async throws -> Void
    ) async throws -> Response {
        try await WebPage.attempt(req, redirectTo: SitePath.plan.path(plan.id!), notice: notice, values: form.values, body) {
            form, status in
            try await renderShow(plan, unit: unit, form: form, req: req, status: status)
        }
    }
}
