import Fluent
import Vapor
import ZICore

/// The forms that change a draft plan's content: add an area of the unit's own, add and edit
/// indicators, add, edit and delete actions. A refused change shows the form again with the
/// reason and everything typed.
struct PlanEditWebController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.post(.planAreas, use: addArea)
        routes.post(.planAreaIndicators, use: addIndicator)
        routes.get(.planIndicatorEdit, use: editIndicator)
        routes.post(.planIndicator, use: saveIndicator)
        routes.post(.planIndicatorDelete, use: deleteIndicator)
        routes.get(.planIndicatorActionsNew, use: newAction)
        routes.post(.planIndicatorActions, use: createAction)
        routes.get(.planActionEdit, use: editAction)
        routes.post(.planAction, use: saveAction)
        routes.post(.planActionDelete, use: deleteAction)
    }

    func addArea(req: Request) async throws -> Response {
        let (plan, unit) = try await PlanAccess.load(req, .managePlan)
        let form = try req.content.decode(PlanAPIController.AreaBody.self)
        return try await attempt(plan, unit: unit, form: FormState.values(of: form), req: req) { actor, db in
            _ = try await PlanEditService.addArea(named: form.name, to: plan, unit: unit, by: actor, on: db)
        }
    }

    func addIndicator(req: Request) async throws -> Response {
        let (plan, unit) = try await PlanAccess.load(req)
        let area = try await PlanAccess.part(WorkPlanArea.self, "areaID", of: plan, req: req)
        try await PlanAccess.requireEdit(area, unit: unit, req: req)
        let form = try req.content.decode(PlanAPIController.IndicatorBody.self)
        let catalog = try req.application.lke.entry(LKECatalog.defaultFrameworkID)
        return try await attempt(plan, unit: unit, form: FormState.values(of: form), req: req) { actor, db in
            _ = try await PlanEditService.addIndicator(
                form.text, lkeQuestionID: form.lkeQuestionID, to: area, plan: plan, unit: unit,
                catalog: catalog, by: actor, on: db)
        }
    }

    struct IndicatorView: Encodable {
        let planID: UUID
        let indicatorID: UUID
        let form: FormState
    }

    func editIndicator(req: Request) async throws -> Response {
        let (plan, _, indicator) = try await PlanAccess.editableIndicator(req)
        try WorkPlanService.requireDraft(plan)
        let form = FormState(values: ["text": indicator.text, "lkeQuestionID": indicator.lkeQuestionID ?? ""])
        return try await renderIndicator(plan, indicator, form: form, req: req)
    }

    func saveIndicator(req: Request) async throws -> Response {
        let (plan, unit, indicator) = try await PlanAccess.editableIndicator(req)
        let form = try req.content.decode(PlanAPIController.IndicatorBody.self)
        let catalog = try req.application.lke.entry(LKECatalog.defaultFrameworkID)
        return try await WebPage.submit(
            req, typed: form,
            show: { form, status in
                try await renderIndicator(plan, indicator, form: form, req: req, status: status)
            }
        ) {
            try await req.writeAsUser { actor, db in
                try await PlanEditService.updateIndicator(
                    indicator, text: form.text, lkeQuestionID: form.lkeQuestionID, plan: plan,
                    unit: unit, catalog: catalog, by: actor, on: db)
            }
            return WebPage.redirect(req, to: SitePath.plan.path(plan.id!), notice: "saved")
        }
    }

    func deleteIndicator(req: Request) async throws -> Response {
        let (plan, unit, indicator) = try await PlanAccess.editableIndicator(req)
        return try await attempt(plan, unit: unit, form: [:], notice: "deleted", req: req) { actor, db in
            try await PlanEditService.deleteIndicator(indicator, plan: plan, unit: unit, by: actor, on: db)
        }
    }

    private func renderIndicator(
        _ plan: WorkPlan, _ indicator: WorkPlanIndicator, form: FormState, req: Request,
        status: HTTPStatus = .ok
    ) async throws -> Response {
        try await WebPage.render(
            "plans/indicator", title: req.t("plan.edit_indicator"),
            IndicatorView(planID: plan.id!, indicatorID: indicator.id!, form: form), req: req, status: status)
    }

    struct ActionView: Encodable {
        let planID: UUID
        let indicatorText: String
        /// Where the form posts.
        let action: String
        let actionID: UUID?
        let people: [Choice]
        let form: FormState
    }

    func newAction(req: Request) async throws -> Response {
        let (plan, unit, indicator) = try await PlanAccess.editableIndicator(req)
        try WorkPlanService.requireDraft(plan)
        return try await renderAction(plan, unit: unit, indicator: indicator, action: nil, form: FormState(), req: req)
    }

    func createAction(req: Request) async throws -> Response {
        let (plan, unit, indicator) = try await PlanAccess.editableIndicator(req)
        let form = try req.content.decode(PlanActionInput.self)
        return try await WebPage.submit(
            req, typed: form,
            show: { form, status in
                try await renderAction(
                    plan, unit: unit, indicator: indicator, action: nil,
                    form: form, req: req, status: status)
            }
        ) {
            let input = try await PlanAccess.checkedAction(req, unit: unit)
            try await req.writeAsUser { actor, db in
                _ = try await PlanEditService.addAction(input, to: indicator, plan: plan, unit: unit, by: actor, on: db)
            }
            return WebPage.redirect(req, to: SitePath.plan.path(plan.id!), notice: "saved")
        }
    }

    func editAction(req: Request) async throws -> Response {
        let (plan, unit, action) = try await PlanAccess.editableAction(req)
        try WorkPlanService.requireDraft(plan)
        let bukti = (try? JSONDecoder().decode([String].self, from: Data(action.buktiFisikJSON.utf8))) ?? []
        let form = FormState(values: [
            "langkahAksi": action.langkahAksi, "buktiFisik": bukti.joined(separator: "\n"), "targetWaktu": action.targetWaktu ?? "",
            "picUserID": action.$picUser.id?.uuidString ?? "", "picText": action.picText ?? "",
            "realisasi": action.realisasiPercent.map { String(format: "%g", $0) } ?? "",
        ])
        return try await renderAction(
            plan, unit: unit, indicator: try await action.$indicator.get(on: req.db), action: action,
            form: form, req: req)
    }

    func saveAction(req: Request) async throws -> Response {
        let (plan, unit, action) = try await PlanAccess.editableAction(req)
        let form = try req.content.decode(PlanActionInput.self)
        return try await WebPage.submit(
            req, typed: form,
            show: { form, status in
                try await renderAction(
                    plan, unit: unit, indicator: try await action.$indicator.get(on: req.db), action: action,
                    form: form, req: req, status: status)
            }
        ) {
            let input = try await PlanAccess.checkedAction(req, unit: unit)
            try await req.writeAsUser { actor, db in
                try await PlanEditService.updateAction(action, input, plan: plan, unit: unit, by: actor, on: db)
            }
            return WebPage.redirect(req, to: SitePath.plan.path(plan.id!), notice: "saved")
        }
    }

    func deleteAction(req: Request) async throws -> Response {
        let (plan, unit, action) = try await PlanAccess.editableAction(req)
        return try await attempt(plan, unit: unit, form: [:], notice: "deleted", req: req) { actor, db in
            try await PlanEditService.deleteAction(action, plan: plan, unit: unit, by: actor, on: db)
        }
    }

    private func renderAction(
        _ plan: WorkPlan, unit: WorkUnit, indicator: WorkPlanIndicator, action: WorkPlanAction?,
        form: FormState, req: Request, status: HTTPStatus = .ok
    ) async throws -> Response {
        let people = try await PeoplePicker.choices(of: unit, selected: form.values["picUserID"], on: req.db)
        let target =
            action.map { SitePath.planAction.path(plan.id!, $0.id!) } ?? SitePath.planIndicatorActions.path(plan.id!, indicator.id!)
        let view = ActionView(
            planID: plan.id!, indicatorText: indicator.text, action: target, actionID: action?.id,
            people: people, form: form)
        return try await WebPage.render(
            "plans/action", title: req.t(action == nil ? "plan.add_action" : "plan.edit_action"), view,
            req: req, status: status)
    }

    /// Runs a change and returns to the plan; a refusal shows the plan page with the reason.
    private func attempt(
        _ plan: WorkPlan, unit: WorkUnit, form: [String: String], notice: String = "saved", req: Request,
        _ body: @escaping @Sendable (AuditActor, any Database) async throws -> Void
    ) async throws -> Response {
        try await WebPage.attempt(req, redirectTo: SitePath.plan.path(plan.id!), notice: notice, values: form, body) { form, status in
            try await PlanWebController().renderShow(plan, unit: unit, form: form, req: req, status: status)
        }
    }
}
