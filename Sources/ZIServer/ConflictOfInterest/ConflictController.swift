import Fluent
import Vapor
import ZICore

/// Conflict-of-interest control of a unit and year (`/units/:unitID/conflicts?year=`,
/// API `/api/v1/units/:unitID/conflicts?year=`): the matrix per main function, the employees'
/// declarations, the cases and their handling, the semester monitoring. Read and kept like the
/// other integrity registers.
struct ConflictController {
    typealias Action = @Sendable ([String: String], Int, WorkUnit, AuditActor, any Database) async throws -> Void

    /// The additions, by path.
    static let actions: [(SitePath, Action)] = [
        (.unitConflictsMatrix, { try await ConflictService.addRisk($0, year: $1, unit: $2, by: $3, on: $4) }),
        (.unitConflictsDeclarations, { try await ConflictService.declare($0, year: $1, unit: $2, by: $3, on: $4) }),
        (.unitConflictsCases, { try await ConflictService.addCase($0, year: $1, unit: $2, by: $3, on: $4) }),
        (
            .unitConflictsMonitoring,
            { fields, _, unit, actor, db in try await ConflictService.addMonitoring(fields, unit: unit, by: actor, on: db) }
        ),
    ]

    func registerWeb(_ routes: any RoutesBuilder) {
        routes.get(.unitConflicts, use: page)
        for (path, action) in Self.actions {
            routes.post(path) { req in
                let (unit, year) = try await UnitYear.target(req, .manageRegisters)
                let fields = try req.content.decode([String: String].self)
                return try await WebPage.attempt(req, redirectTo: SitePath.unitConflicts.path(unit.id!) + "?year=\(year)", values: fields) {
                    actor, db in
                    try await action(fields, year, unit, actor, db)
                } show: { form, status in
                    try await render(unit, year: year, form: form, req: req, status: status)
                }
            }
        }
        routes.post(.conflictCase) { req in
            let (row, unit) = try await Self.loadCase(req)
            let fields = try req.content.decode([String: String].self)
            return try await WebPage.attempt(req, redirectTo: SitePath.unitConflicts.path(unit.id!) + "?year=\(row.year)", values: fields) {
                actor, db in
                try await ConflictService.updateCase(row, fields, unit: unit, by: actor, on: db)
            } show: { form, status in
                try await render(unit, year: row.year, form: form, req: req, status: status)
            }
        }
    }

    func registerAPI(_ routes: any RoutesBuilder) {
        routes.get(.unitConflicts) { req in
            let (unit, year) = try await UnitYear.target(req, .viewRegisters)
            return try await ConflictSummary.load(unit: unit, year: year, on: req.db)
        }
        for (path, action) in Self.actions {
            routes.post(path) { req -> HTTPStatus in
                let (unit, year) = try await UnitYear.target(req, .manageRegisters)
                let fields = try req.content.decode([String: String].self)
                try await req.writeAsUser { actor, db in try await action(fields, year, unit, actor, db) }
                return .created
            }
        }
        routes.patch(.conflictCase) { req -> HTTPStatus in
            let (row, unit) = try await Self.loadCase(req)
            let fields = try req.content.decode([String: String].self)
            try await req.writeAsUser { actor, db in try await ConflictService.updateCase(row, fields, unit: unit, by: actor, on: db) }
            return .noContent
        }
    }

    struct PageView: Encodable {
        let unit: UnitDTO
        let summary: ConflictSummary
        let employees: [Choice]
        let types: [Choice]
        let statuses: [Choice]
        let semesters: [Choice]
        let canManage: Bool
        let form: FormState
    }

    func page(req: Request) async throws -> Response {
        let (unit, year) = try await UnitYear.target(req, .viewRegisters)
        return try await render(unit, year: year, form: FormState(), req: req)
    }

    private func render(_ unit: WorkUnit, year: Int, form: FormState, req: Request, status: HTTPStatus = .ok) async throws -> Response {
        let names = req.names
        let employees = try await Employee.query(on: req.db).filter(\.$unit.$id == unit.id!).filter(\.$isActive == true).sort(\.$name).all()
        let view = PageView(
            unit: UnitDTO(unit), summary: try await ConflictSummary.load(unit: unit, year: year, on: req.db),
            employees: employees.map {
                Choice(value: $0.id!.uuidString, label: $0.name, selected: form.values["employeeID"] == $0.id!.uuidString)
            },
            types: ConflictType.allCases.map { Choice(value: $0.rawValue, label: names($0), selected: form.values["type"] == $0.rawValue) },
            statuses: FollowUpStatus.allCases.map { Choice(value: $0.rawValue, label: names($0), selected: false) },
            semesters: MonitoringCadence.semester.periods(year: year).map { Choice(value: $0.key, label: names($0), selected: false) },
            canManage: try await req.may(.manageRegisters, on: unit.accessTarget), form: form)
        return try await WebPage.render("registers/conflicts", title: "\(req.t("conflict.title")) \(year)", view, req: req, status: status)
    }

    private static func loadCase(_ req: Request) async throws -> (ConflictCase, WorkUnit) {
        try await req.unitRecord(ConflictCase.self, "caseID", requiring: .manageRegisters)
    }
}

extension ConflictCase: UnitRecord { var unitID: UUID { $unit.id } }
