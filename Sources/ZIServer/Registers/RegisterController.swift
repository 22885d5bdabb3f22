import Fluent
import Vapor
import ZICore

/// A unit's integrity registers of a year on one page (`/units/:unitID/registers?year=`) and
/// as JSON (`/api/v1/units/:unitID/registers?year=`), with the LKE answers they suggest; the
/// forms and endpoints that add to them.
struct RegisterController {
    func registerWeb(_ routes: any RoutesBuilder) {
        routes.get(.unitRegisters, use: page)
        for (path, action) in Self.actions { routes.post(path) { req in try await form(req, action) } }
        routes.post(.assetReport) { req in try await updateReportForm(req) }
    }

    func registerAPI(_ routes: any RoutesBuilder) {
        routes.get(.unitRegisters, use: summary)
        for (path, action) in Self.actions {
            routes.post(path) { req -> HTTPStatus in
                let (unit, year) = try await UnitYear.target(req, .manageRegisters)
                let input = try req.content.decode(RegisterService.Input.self)
                try await req.writeAsUser { actor, db in try await action(input, year, unit, actor, db) }
                return .created
            }
        }
        routes.patch(.assetReport) { req -> HTTPStatus in
            let (report, unit) = try await Self.report(req)
            let input = try req.content.decode(RegisterService.Input.self)
            try await req.writeAsUser { actor, db in
                try await RegisterService.updateAssetReport(report, input, unit: unit, by: actor, on: db)
            }
            return .noContent
        }
    }

    typealias Action = @Sendable (RegisterService.Input, Int, WorkUnit, AuditActor, any Database) async throws -> Void

    /// The additions, by path.
    static let actions: [(SitePath, Action)] = [
        (.unitRegistersPacts, { try await RegisterService.signPact($0, year: $1, unit: $2, by: $3, on: $4) }),
        (.unitRegistersAssetObligations, { _ = try await RegisterService.addAssetObligations(year: $1, unit: $2, by: $3, on: $4) }),
        (.unitRegistersDiscipline, { try await RegisterService.addDisciplineCase($0, year: $1, unit: $2, by: $3, on: $4) }),
        (.unitRegistersAgents, { try await RegisterService.addAgent($0, year: $1, unit: $2, by: $3, on: $4) }),
        (.unitRegistersChanges, { input, _, unit, actor, db in try await RegisterService.addChange(input, unit: unit, by: actor, on: db) }),
        (.unitRegistersSimplifications, { try await RegisterService.addSimplification($0, year: $1, unit: $2, by: $3, on: $4) }),
        (.unitRegistersInnovations, { try await RegisterService.addInnovation($0, year: $1, unit: $2, by: $3, on: $4) }),
    ]

    func summary(req: Request) async throws -> RegisterSummary {
        let (unit, year) = try await UnitYear.target(req, .viewRegisters)
        return try await RegisterSummary.load(unit: unit, year: year, on: req.db)
    }

    struct PageView: Encodable {
        let unit: UnitDTO
        let summary: RegisterSummary
        let employees: [Choice]
        let services: [Choice]
        let groups: [Choice]
        /// Why an asset report is due (periodic, appointment, leaving).
        let reportKinds: [Choice]
        let kinds: [Choice]
        let canManage: Bool
        let form: FormState
    }

    func page(req: Request) async throws -> Response {
        let (unit, year) = try await UnitYear.target(req, .viewRegisters)
        return try await render(unit, year: year, form: FormState(), req: req)
    }

    private func form(_ req: Request, _ action: @escaping Action) async throws -> Response {
        let (unit, year) = try await UnitYear.target(req, .manageRegisters)
        let input = try req.content.decode(RegisterService.Input.self)
        return try await WebPage.attempt(
            req, redirectTo: SitePath.unitRegisters.path(unit.id!) + "?year=\(year)", values: FormState.values(of: input)
        ) {
            actor, db in
            try await action(input, year, unit, actor, db)
        } show: { form, status in
            try await render(unit, year: year, form: form, req: req, status: status)
        }
    }

    private func updateReportForm(_ req: Request) async throws -> Response {
        let (report, unit) = try await Self.report(req)
        let input = try req.content.decode(RegisterService.Input.self)
        return try await WebPage.attempt(
            req, redirectTo: SitePath.unitRegisters.path(unit.id!) + "?year=\(report.year)", values: FormState.values(of: input)
        ) {
            actor, db in
            try await RegisterService.updateAssetReport(report, input, unit: unit, by: actor, on: db)
        } show: { form, status in
            try await render(unit, year: report.year, form: form, req: req, status: status)
        }
    }

    private func render(_ unit: WorkUnit, year: Int, form: FormState, req: Request, status: HTTPStatus = .ok) async throws -> Response {
        let names = req.names
        let employees = try await Employee.query(on: req.db).filter(\.$unit.$id == unit.id!).filter(\.$isActive == true).sort(\.$name).all()
        let services = try await SurveyService.query(on: req.db).filter(\.$unit.$id == unit.id!).filter(\.$isActive == true).sort(\.$name)
            .all()
        let view = PageView(
            unit: UnitDTO(unit), summary: try await RegisterSummary.load(unit: unit, year: year, on: req.db),
            employees: employees.map {
                Choice(value: $0.id!.uuidString, label: $0.name, selected: form.values["employeeID"] == $0.id!.uuidString)
            },
            services: services.map {
                Choice(value: $0.id!.uuidString, label: $0.name, selected: form.values["serviceID"] == $0.id!.uuidString)
            },
            groups: AssetReportGroup.allCases.map { Choice(value: $0.rawValue, label: names($0), selected: false) },
            reportKinds: AssetReportKind.allCases.map { Choice(value: $0.rawValue, label: names($0), selected: false) },
            kinds: ServiceSimplificationKind.allCases.map {
                Choice(value: $0.rawValue, label: names($0), selected: form.values["kind"] == $0.rawValue)
            },
            canManage: try await req.may(.manageRegisters, on: unit.accessTarget), form: form)
        return try await WebPage.render("registers/index", title: "\(req.t("register.title")) \(year)", view, req: req, status: status)
    }

    private static func report(_ req: Request) async throws -> (AssetReport, WorkUnit) {
        try await req.unitRecord(AssetReport.self, "reportID", requiring: .manageRegisters)
    }
}

extension AssetReport: UnitRecord { var unitID: UUID { $unit.id } }
