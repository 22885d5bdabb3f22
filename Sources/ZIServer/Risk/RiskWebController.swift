import Fluent
import Vapor
import ZICore

/// The register's pages: a unit's register for a year (filters, level badges, the heat maps
/// before and after controls, pages), the form to add or change a risk, and a risk's page with
/// its control actions and quarterly monitoring.
struct RiskWebController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.unitRisks, use: index)
        routes.get(.unitRisksNew, use: newForm)
        routes.post(.unitRisks, use: create)
        let one = routes.grouped("risiko", ":riskID")
        routes.get(.risk, use: show)
        routes.get(.riskEdit, use: editForm)
        routes.post(.risk, use: update)
        routes.post(.riskDelete, use: delete)
        routes.post(.riskActions, use: addAction)
        routes.post(.riskActionDelete, use: removeAction)
        routes.post(.riskMonitoring, use: monitor)
    }

    func index(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .viewRisks)
        let matrix = try req.application.riskMatrix
        let query = try RiskRegisterQuery(req, matrix: matrix)
        let view = try await RiskRegisterPage.make(unit, query: query, matrix: matrix, req: req)
        return try await WebPage.render("risks/index", title: req.t("risk.title"), view, req: req)
    }

    func newForm(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .manageRisks)
        let year = try req.queryYear(default: req.clock.today().year)
        return try await renderForm(unit, risk: nil, form: FormState(values: ["year": String(year)]), req: req)
    }

    func create(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .manageRisks)
        let input = try req.content.decode(RiskInput.self)
        let risk = Risk()
        return try await WebPage.submit(
            req, typed: input,
            show: { form, status in
                try await renderForm(unit, risk: nil, form: form, req: req, status: status)
            }
        ) {
            let matrix = try req.application.riskMatrix
            let checked = try input.checked(matrix: matrix)
            try await req.writeAsUser { actor, db in
                try await RiskService.save(checked, to: risk, unit: unit, matrix: matrix, by: actor, on: db)
            }
            return WebPage.redirect(req, to: SitePath.risk.path(risk.id!), notice: "created")
        }
    }

    func editForm(req: Request) async throws -> Response {
        let (risk, unit) = try await RiskAccess.load(req, .manageRisks)
        let values = RiskInput(
            year: String(risk.year), objective: risk.objective, statement: risk.statement, cause: risk.cause, effect: risk.effect,
            likelihood: String(risk.likelihood), impact: String(risk.impact), existingControls: risk.existingControls,
            residualLikelihood: risk.residualLikelihood.map(String.init), residualImpact: risk.residualImpact.map(String.init))
        return try await renderForm(unit, risk: risk, form: FormState(values: FormState.values(of: values)), req: req)
    }

    func update(req: Request) async throws -> Response {
        let (risk, unit) = try await RiskAccess.load(req, .manageRisks)
        let input = try req.content.decode(RiskInput.self)
        return try await WebPage.submit(
            req, typed: input,
            show: { form, status in
                try await renderForm(unit, risk: risk, form: form, req: req, status: status)
            }
        ) {
            let matrix = try req.application.riskMatrix
            let checked = try input.checked(matrix: matrix)
            try await req.writeAsUser { actor, db in
                try await RiskService.save(checked, to: risk, unit: unit, matrix: matrix, by: actor, on: db)
            }
            return WebPage.redirect(req, to: SitePath.risk.path(risk.id!), notice: "saved")
        }
    }

    func delete(req: Request) async throws -> Response {
        let (risk, unit) = try await RiskAccess.load(req, .manageRisks)
        try await req.writeAsUser { actor, db in try await RiskService.delete(risk, unit: unit, by: actor, on: db) }
        return WebPage.redirect(req, to: SitePath.unitRisks.path(unit.id!) + "?year=\(risk.year)", notice: "deleted")
    }

    func show(req: Request) async throws -> Response {
        let (risk, unit) = try await RiskAccess.load(req)
        return try await renderShow(risk, unit: unit, form: FormState(), req: req)
    }

    func addAction(req: Request) async throws -> Response {
        let (risk, unit) = try await RiskAccess.load(req, .manageRisks)
        let input = try req.content.decode(RiskActionInput.self)
        let owners = try await PeoplePicker.ids(of: unit, on: req.db)
        return try await attempt(risk, unit: unit, values: FormState.values(of: input), req: req) { actor, db in
            _ = try await RiskService.addAction(try input.checked(eligibleOwners: owners), to: risk, unit: unit, by: actor, on: db)
        }
    }

    func removeAction(req: Request) async throws -> Response {
        let (risk, unit) = try await RiskAccess.load(req, .manageRisks)
        let action = try await RiskAccess.action(req, of: risk)
        return try await attempt(risk, unit: unit, values: [:], req: req) { actor, db in
            try await RiskService.removeAction(action, unit: unit, by: actor, on: db)
        }
    }

    func monitor(req: Request) async throws -> Response {
        let (risk, unit) = try await RiskAccess.load(req, .manageRisks)
        let quarter = try RiskAccess.quarter(req)
        let input = try req.content.decode(RiskMonitoringInput.self)
        let actions = try await RiskControlAction.query(on: req.db).filter(\.$risk.$id == risk.id!).all().compactMap(\.id)
        let matrix = try req.application.riskMatrix
        var values = [
            "quarter": String(quarter), "note": input.note ?? "", "residualLikelihood": input.residualLikelihood ?? "",
            "residualImpact": input.residualImpact ?? "",
        ]
        for (action, status) in input.statuses ?? [:] { values["status-\(action.lowercased())"] = status }
        return try await attempt(risk, unit: unit, values: values, req: req) { actor, db in
            try await RiskService.monitor(
                try input.checked(matrix: matrix, actions: actions), risk: risk, quarter: quarter, unit: unit,
                by: actor, on: db)
        }
    }

    /// Runs a change and returns to the risk's page; a refusal shows it with the reason and what was typed.
    private func attempt(
        _ risk: Risk, unit: WorkUnit, values: [String: String], req: Request,
        _ body: @escaping @Sendable (AuditActor, any Database) async throws -> Void
    ) async throws -> Response {
        try await WebPage.attempt(req, redirectTo: SitePath.risk.path(risk.id!), values: values, body) { form, status in
            try await renderShow(risk, unit: unit, form: form, req: req, status: status)
        }
    }

    private func renderShow(_ risk: Risk, unit: WorkUnit, form: FormState, req: Request, status: HTTPStatus = .ok) async throws -> Response
    {
        let view = try await RiskPage.make(risk, unit: unit, form: form, req: req)
        return try await WebPage.render("risks/show", title: "\(req.t("risk.one")) — \(risk.statement)", view, req: req, status: status)
    }

    private func renderForm(_ unit: WorkUnit, risk: Risk?, form: FormState, req: Request, status: HTTPStatus = .ok) async throws -> Response
    {
        let view = RiskFormPage(unit: unit, risk: risk, matrix: try req.application.riskMatrix, form: form)
        return try await WebPage.render("risks/form", title: req.t(risk == nil ? "risk.new" : "risk.edit"), view, req: req, status: status)
    }
}
