import Fluent
import Vapor
import ZICore

/// "Tugas saya": the actions a person is responsible for and the follow-ups they own that
/// are overdue or due within the next days, and the steps of their own gratification reports
/// that are due soon or overdue (the reminder) — as a page (`/tasks`) and as JSON (`/api/v1/tasks`).
struct TasksController {
    /// The page's and the API's content.
    struct TasksView: Content {
        let actions: [PlanWatch.ActionItem]
        let followUps: MonevPage.FollowUpList
        let gratification: [GratificationDTO]
        /// As the unit's UPG: reports with a step due soon or overdue.
        let upgGratification: [GratificationDTO]
        /// This year's pakta integritas of the user's employee record (not yet signed: a reminder).
        let pact: PactStatus
        let horizonDays: Int
    }

    func registerWeb(_ routes: any RoutesBuilder) {
        routes.get(.tasks) { req in
            try await WebPage.render("plans/tasks", title: req.t("tasks.title"), try await tasks(req), req: req)
        }
    }

    func registerAPI(_ routes: any RoutesBuilder) {
        routes.get(.tasks) { req in try await tasks(req) }
    }

    private func tasks(_ req: Request) async throws -> TasksView {
        let me = try req.currentUser().id
        let today = req.clock.today()
        let mine = try await WorkPlanAction.query(on: req.db).filter(\.$picUser.$id == me).all().map { $0.$plan.id }
        let owned = try await MonevFinding.query(on: req.db).filter(\.$owner.$id == me).all().map { $0.$plan.id }
        let planIDs = Set(mine + owned)
        let plans =
            planIDs.isEmpty
            ? []
            : try await WorkPlan.query(on: req.db).filter(\.$id ~~ planIDs)
                .filter(\.$year >= today.year - 1).with(\.$unit).all().map { ($0, $0.unit.name) }
        let watch = try await PlanWatch.collect(
            plans, today: today, upcoming: true, on: req.db,
            includeAction: { $0.$picUser.id == me }, includeFinding: { $0.$owner.id == me })
        let followUps = watch.followUps.map { $0.finding }
        let calendar = try await req.application.holidayCache.calendar(on: req.db)
        return TasksView(
            actions: watch.actions,
            followUps: try MonevPage.followUps(followUps, back: SitePath.tasks.path(), mayRecord: false, req: req),
            gratification: try await GratificationReminders.reporter(me, calendar: calendar, today: today, on: req.db),
            upgGratification: try await GratificationReminders.upg(
                try req.currentUser().grants, calendar: calendar, today: today, on: req.db),
            pact: try await PactStatus.of(user: me, today: today, on: req.db),
            horizonDays: PlanWatch.horizonDays)
    }
}
