import Fluent
import Vapor
import ZICore

/// The home page after login, and the first-run setup (first agency and first unit).
struct DashboardWebController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(use: dashboard)
        routes.get(.setup, use: setupForm)
        routes.post(.setup, use: setup)
    }

    struct DashboardView: Encodable {
        let instansi: [InstansiSummary]
        let canCreateInstansi: Bool
        let overdue: OverdueDigest
    }

    /// The overdue work of this year's plans in the units the user may see, most urgent first.
    struct OverdueDigest: Encodable {
        struct FollowUp: Encodable {
            let planID: UUID
            let unitName: String
            let text: String
            let owner: String?
            let dueDate: String?
        }

        let actionCount: Int
        let followUpCount: Int
        let actions: [PlanWatch.ActionItem]
        let followUps: [FollowUp]
        static let shown = 10
    }

    struct InstansiSummary: Encodable {
        let id: UUID
        let name: String
        let code: String
        let unitCount: Int
        let canRollup: Bool
    }

    func dashboard(req: Request) async throws -> Response {
        let canSetUp = try await req.may(.createInstansi, on: .installation)
        if canSetUp, try await Instansi.query(on: req.db).count() == 0 {
            return req.redirect(to: SitePath.setup.path())
        }
        let units = try await UnitVisibility.visibleUnits(for: req)
        let counts = Dictionary(grouping: units, by: { $0.$instansi.id }).mapValues(\.count)
        var instansi: [InstansiSummary] = []
        for item in try await UnitVisibility.visibleInstansi(for: req, units: units) {
            instansi.append(
                InstansiSummary(
                    id: item.id!, name: item.name, code: item.code, unitCount: counts[item.id!] ?? 0,
                    canRollup: try await req.may(.viewRollup, on: .instansi(item.id!))))
        }
        return try await WebPage.render(
            "dashboard", title: req.t("nav.dashboard"),
            DashboardView(
                instansi: instansi, canCreateInstansi: canSetUp,
                overdue: try await overdue(units, req: req)), req: req)
    }

    private func overdue(_ units: [WorkUnit], req: Request) async throws -> OverdueDigest {
        var planUnits: [WorkUnit] = []
        for unit in units where try await req.may(.viewPlan, on: unit.accessTarget) { planUnits.append(unit) }
        let plans = try await PlanWatch.plans(of: planUnits, year: req.clock.today().year, on: req.db)
        let watch = try await PlanWatch.collect(
            plans, today: req.clock.today(), upcoming: false, on: req.db,
            includeAction: { _ in true }, includeFinding: { _ in true })
        return OverdueDigest(
            actionCount: watch.actions.count, followUpCount: watch.followUps.count,
            actions: Array(watch.actions.prefix(OverdueDigest.shown)),
            followUps: watch.followUps.prefix(OverdueDigest.shown).map {
                .init(
                    planID: $0.planID, unitName: $0.unitName, text: $0.finding.row.followUp, owner: $0.finding.ownerName,
                    dueDate: $0.finding.dueDate.map(IndonesianDate.format))
            })
    }

    /// The setup form fields: the agency, then its first unit.
    struct SetupForm: Content {
        var instansiName: String?
        var instansiCode: String?
        var isPemerintahDaerah: String?
        var unitName: String?
        var unitCode: String?
        var address: String?
        var headName: String?
        var headNIP: String?
    }

    func setupForm(req: Request) async throws -> Response {
        try await requireEmptyInstallation(req)
        return try await WebPage.render("setup", title: req.t("setup.title"), FormState(), req: req)
    }

    func setup(req: Request) async throws -> Response {
        try await requireEmptyInstallation(req)
        let form = try req.content.decode(SetupForm.self)
        let unitInput = UnitInput(
            name: form.unitName, code: form.unitCode, address: form.address,
            headName: form.headName, headNIP: form.headNIP)
        do {
            // One transaction: a bad unit leaves no agency behind.
            let unit = try await req.writeAsUser { actor, db in
                let instansi = try await AppError.renamingFields(["name": "instansiName", "code": "instansiCode"]) {
                    try await InstansiService.create(
                        InstansiInput(
                            name: form.instansiName, code: form.instansiCode,
                            isPemerintahDaerah: form.isPemerintahDaerah == "on"),
                        by: actor, on: db)
                }
                return try await AppError.renamingFields(["name": "unitName", "code": "unitCode"]) {
                    try await UnitService.create(unitInput, instansiID: instansi.id!, parent: nil, by: actor, on: db)
                }
            }
            return WebPage.redirect(req, to: SitePath.unit.path(unit.id!), notice: "setup_done")
        } catch let error as AppError {
            return try await WebPage.render(
                "setup", title: req.t("setup.title"),
                FormState(form, error: error, req: req), req: req,
                status: error.status)
        }
    }

    private func requireEmptyInstallation(_ req: Request) async throws {
        try await req.require(.createInstansi, on: .installation)
        if try await Instansi.query(on: req.db).count() > 0 { throw AppError.conflict("setup_done") }
    }
}
