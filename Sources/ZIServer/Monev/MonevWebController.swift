import Fluent
import Vapor
import ZICore

/// The monev pages: the periods of the year with the open follow-ups and the LKE
/// suggestions; per period the due actions' realisation, the meetings, their findings and
/// follow-ups (open follow-ups of earlier meetings first).
struct MonevWebController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let one = routes.grouped("plans", ":planID")
        routes.get(.planMonev, use: overview)
        routes.get(.planMonevPeriod, use: period)
        routes.post(.planMonevRealisations, use: saveRealisations)
        routes.post(.planMonevMeetings, use: addMeeting)
        routes.post(.planMeetingFindings, use: addFinding)
        routes.post(.planFinding, use: updateFollowUp)
    }

    func overview(req: Request) async throws -> Response {
        let (plan, unit) = try await PlanAccess.load(req)
        let state = try await MonevState.load(plan, today: req.clock.today(), on: req.db)
        let catalog = try req.application.lke.entry(LKECatalog.defaultFrameworkID)
        let view = try await MonevPage.overview(state, unit: unit, catalog: catalog, req: req)
        return try await WebPage.render("plans/monev", title: "\(req.t("monev.title")) \(plan.year)", view, req: req)
    }

    func period(req: Request) async throws -> Response {
        let (plan, unit) = try await PlanAccess.load(req)
        return try await renderPeriod(plan, unit: unit, period: try Self.period(req, plan: plan), form: FormState(), req: req)
    }

    func saveRealisations(req: Request) async throws -> Response {
        let (plan, unit) = try await PlanAccess.load(req)
        let period = try Self.period(req, plan: plan)
        let fields = try req.content.decode([String: String].self)
        let state = try await MonevState.load(plan, today: req.clock.today(), on: req.db)
        let entries = MonevRealisationForm.entries(fromForm: fields, due: state.actionsDue(in: period).map { $0.0.row.id! })
        return try await WebPage.submit(
            req, values: fields,
            show: { form, status in
                try await renderPeriod(
                    plan, unit: unit, period: period, form: form,
                    req: req, status: status)
            }
        ) {
            let checked = try await MonevRealisationForm.checked(entries, period: period, state: state, unit: unit, req: req)
            try await req.writeAsUser { actor, db in
                try await MonevService.recordRealisations(checked, period: period, plan: plan, unit: unit, by: actor, on: db)
            }
            return WebPage.redirect(req, to: SitePath.planMonevPeriod.path(plan.id!, period.key), notice: "saved")
        }
    }

    func addMeeting(req: Request) async throws -> Response {
        let (plan, unit) = try await PlanAccess.load(req, .recordMonev)
        let period = try Self.period(req, plan: plan)
        var form = try req.content.decode(MonevMeetingInput.self)
        form.period = period.key
        return try await WebPage.submit(
            req, typed: form,
            show: { form, status in
                try await renderPeriod(
                    plan, unit: unit, period: period, form: form, req: req,
                    status: status)
            }
        ) {
            let input = try form.checked(plan: plan)
            try await req.writeAsUser { actor, db in _ = try await MonevService.addMeeting(input, plan: plan, unit: unit, by: actor, on: db)
            }
            return WebPage.redirect(req, to: SitePath.planMonevPeriod.path(plan.id!, period.key), notice: "saved")
        }
    }

    func addFinding(req: Request) async throws -> Response {
        let (plan, unit) = try await PlanAccess.load(req, .recordMonev)
        let meeting = try await PlanAccess.part(MonevMeeting.self, "meetingID", of: plan, req: req)
        let period = MonitoringPeriod(key: meeting.periodKey)!
        let form = try req.content.decode(MonevFindingInput.self)
        var typed = FormState.values(of: form)
        typed["meetingID"] = meeting.id!.uuidString
        return try await WebPage.submit(
            req, values: typed,
            show: { state, status in try await renderPeriod(plan, unit: unit, period: period, form: state, req: req, status: status) }
        ) {
            let owners = try await PeoplePicker.ids(of: unit, on: req.db)
            let input = try form.checked(eligibleOwners: owners)
            try await req.writeAsUser { actor, db in
                _ = try await MonevService.addFinding(input, meeting: meeting, plan: plan, unit: unit, by: actor, on: db)
            }
            return WebPage.redirect(req, to: SitePath.planMonevPeriod.path(plan.id!, period.key), notice: "saved")
        }
    }

    func updateFollowUp(req: Request) async throws -> Response {
        let (plan, unit) = try await PlanAccess.load(req)
        let finding = try await PlanAccess.part(MonevFinding.self, "findingID", of: plan, req: req)
        guard try await MonevAccess.mayUpdate(finding, unit: unit, req: req) else { throw AppError.forbidden }
        let form = try req.content.decode(MonevFollowUpInput.self)
        return try await WebPage.submit(
            req, values: [:],
            show: { state, status in
                let meeting = try await finding.$meeting.get(on: req.db)
                return try await renderPeriod(
                    plan, unit: unit, period: MonitoringPeriod(key: meeting.periodKey)!, form: state, req: req, status: status)
            }
        ) {
            let (status, note) = try form.checked()
            try await req.writeAsUser { actor, db in
                try await MonevService.updateFollowUp(finding, status: status, note: note, plan: plan, unit: unit, by: actor, on: db)
            }
            return WebPage.redirect(req, to: Self.back(req, plan: plan), notice: "saved")
        }
    }

    private func renderPeriod(
        _ plan: WorkPlan, unit: WorkUnit, period: MonitoringPeriod, form: FormState, req: Request,
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let names = req.names
        let state = try await MonevState.load(plan, today: req.clock.today(), on: req.db)
        let view = try await MonevPage.period(period, state: state, unit: unit, form: form, req: req)
        return try await WebPage.render(
            "plans/monev-period", title: "\(req.t("monev.title")) \(names(period))", view, req: req,
            status: status)
    }

    /// The period named by the route: one of the plan's cadence and year, or 404.
    static func period(_ req: Request, plan: WorkPlan) throws -> MonitoringPeriod {
        guard let key = req.parameters.get("periodKey"), let period = MonitoringPeriod(key: key), period.year == plan.year,
            period.cadence.rawValue == plan.cadence
        else { throw AppError.notFound }
        return period
    }

    /// Where to return after a follow-up changes: the `back` field when it is a page of this
    /// plan or the task list, else the monev overview.
    private static func back(_ req: Request, plan: WorkPlan) -> String {
        let back = (try? req.content.get(String.self, at: "back")) ?? ""
        let allowed = back.hasPrefix(SitePath.plan.path(plan.id!) + "/") || back == SitePath.tasks.path()
        return allowed && !back.contains("//") && !back.contains("\\") ? back : SitePath.planMonev.path(plan.id!)
    }
}
