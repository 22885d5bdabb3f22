import Fluent
import Vapor
import ZICore
import ZIDocuments

/// The page for what the generated document says besides the table: monev cadence,
/// signature, narrative sections, the Tim Kerja and Agen Perubahan with their decrees, and
/// the priority targets.
struct PlanHeaderWebController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.planHeader, use: show)
        routes.post(.planHeader, use: saveHeader)
        routes.post(.planTeams, use: saveTeam)
        routes.post(.planTargets, use: saveTargets)
    }

    struct HeaderView: Encodable {
        let planID: UUID
        let year: Int
        let cadences: [Choice]
        let sections: [Section]
        let form: FormState

        /// A narrative section's field.
        struct Section: Encodable {
            let name: String
            let label: String
            let value: String
            let error: String?
        }
    }

    /// The narrative fields in document order, with their translation keys.
    static let sectionFields = [
        "kataPengantar", "latarBelakang", "dasarHukum", "maksudTujuan", "pengertianUmum", "pencanangan",
        "prosesPembangunan", "monitoringEvaluasi", "penutup", "mekanismeTimKerja", "mekanismeAgenPerubahan",
    ]

    func show(req: Request) async throws -> Response {
        let (plan, _) = try await PlanAccess.load(req, .managePlan)
        try WorkPlanService.requireDraft(plan)
        return try await render(plan, form: FormState(values: try await currentValues(plan, on: req.db)), req: req)
    }

    func saveHeader(req: Request) async throws -> Response {
        let (plan, unit) = try await PlanAccess.load(req, .managePlan)
        var header = try req.content.decode(PlanHeader.self)
        header.showRealisasi = header.showRealisasi == true
        var values = FormState.values(of: header)
        values["showRealisasi"] = String(header.showRealisasi == true)
        let checked = header
        return try await attempt(plan, values: values, req: req) { actor, db in
            try await WorkPlanService.updateHeader(plan, checked, unit: unit, by: actor, on: db)
        }
    }

    func saveTeam(req: Request) async throws -> Response {
        let (plan, unit) = try await PlanAccess.load(req, .managePlan)
        let input = try req.content.decode(PlanTeamInput.self)
        var values = try await currentValues(plan, on: req.db)
        values[input.team == WorkPlanTeamMember.Team.agenPerubahan.rawValue ? "agenMembers" : "timMembers"] = input.members ?? ""
        return try await attempt(plan, values: values, req: req) { actor, db in
            let (team, members) = try input.checked()
            try await PlanEditService.setTeam(team, members: members, plan: plan, unit: unit, by: actor, on: db)
        }
    }

    struct TargetsForm: Content {
        var targets: String?
    }

    func saveTargets(req: Request) async throws -> Response {
        let (plan, unit) = try await PlanAccess.load(req, .managePlan)
        let form = try req.content.decode(TargetsForm.self)
        var values = try await currentValues(plan, on: req.db)
        values["targets"] = form.targets ?? ""
        return try await attempt(plan, values: values, req: req) { actor, db in
            try await PlanEditService.setTargets(form.targets, plan: plan, unit: unit, by: actor, on: db)
        }
    }

    private func attempt(
        _ plan: WorkPlan, values: [String: String], req: Request,
        _ body: @escaping @Sendable (AuditActor, any Database) async throws -> Void
    ) async throws -> Response {
        try await WebPage.attempt(req, redirectTo: SitePath.planHeader.path(plan.id!), values: values, body) { form, status in
            try await render(plan, form: form, req: req, status: status)
        }
    }

    private func render(_ plan: WorkPlan, form: FormState, req: Request, status: HTTPStatus = .ok) async throws -> Response {
        let names = req.names
        let view = HeaderView(
            planID: plan.id!, year: plan.year,
            cadences: MonitoringCadence.allCases.map {
                Choice(value: $0.rawValue, label: names($0), selected: $0.rawValue == (form.values["cadence"] ?? plan.cadence))
            },
            sections: Self.sectionFields.map {
                HeaderView.Section(name: $0, label: req.t("plan.section.\($0)"), value: form.values[$0] ?? "", error: form.errors[$0])
            },
            form: form)
        return try await WebPage.render("plans/header", title: req.t("plan.header"), view, req: req, status: status)
    }

    /// The stored header, teams and targets as form values.
    private func currentValues(_ plan: WorkPlan, on db: any Database) async throws -> [String: String] {
        let content = try await PlanContent.load(plan, on: db)
        let narrative = content.narrative
        let member = { (m: PlanTeamInput.Member) in [m.name, m.nip ?? "", m.role].joined(separator: " | ") }
        return [
            "cadence": plan.cadence, "showRealisasi": String(plan.showRealisasi), "signPlace": plan.signPlace ?? "",
            "signDate": plan.signDate ?? "", "timSKNumber": plan.timSKNumber ?? "", "timSKDate": plan.timSKDate ?? "",
            "agenSKNumber": plan.agenSKNumber ?? "", "agenSKDate": plan.agenSKDate ?? "",
            "kataPengantar": narrative.kataPengantar, "latarBelakang": narrative.latarBelakang,
            "dasarHukum": narrative.dasarHukum.joined(separator: "\n"), "maksudTujuan": narrative.maksudTujuan,
            "pengertianUmum": narrative.pengertianUmum.map { "\($0.term): \($0.definition)" }.joined(separator: "\n"),
            "pencanangan": narrative.pencanangan, "prosesPembangunan": narrative.prosesPembangunan,
            "monitoringEvaluasi": narrative.monitoringEvaluasi, "penutup": narrative.penutup,
            "mekanismeTimKerja": narrative.mekanismeTimKerja, "mekanismeAgenPerubahan": narrative.mekanismeAgenPerubahan,
            "timMembers": content.members(of: .timKerja).map(member).joined(separator: "\n"),
            "agenMembers": content.members(of: .agenPerubahan).map(member).joined(separator: "\n"),
            "targets": content.targets.joined(separator: "\n"),
        ]
    }
}
