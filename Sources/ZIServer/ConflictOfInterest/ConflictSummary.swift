import Fluent
import Foundation
import Vapor
import ZICore

/// A unit's conflict-of-interest control of a year as the page and the API show it.
struct ConflictSummary: Content {
    struct Risk: Content {
        let function: String
        let potential: String
        let type: String
        let control: String
        let owner: String
    }

    struct Declaration: Content {
        let name: String
        let declaredOn: String
        let hasConflict: Bool
        let statement: String?
    }

    struct Case: Content {
        let id: UUID
        let reportedOn: String
        let description: String
        let handling: String?
        let status: String
        let statusLabel: String
    }

    struct Monitoring: Content {
        let periodLabel: String
        let findings: String
        let followUp: String
    }

    let year: Int
    let risks: [Risk]
    let declarations: [Declaration]
    /// Active employees without a declaration this year.
    let undeclared: Int
    let cases: [Case]
    let monitorings: [Monitoring]

    static func load(unit: WorkUnit, year: Int, on db: any Database) async throws -> ConflictSummary {
        let employees = try await Employee.query(on: db).filter(\.$unit.$id == unit.id!).all()
        let employeeNames = Dictionary(uniqueKeysWithValues: employees.map { ($0.id!, $0.name) })
        let names = RequestNames.current
        let declarations = try await ConflictDeclaration.query(on: db).filter(\.$unit.$id == unit.id!).filter(\.$year == year).all()
        let declared = Set(declarations.map(\.$employee.id))
        return ConflictSummary(
            year: year,
            risks: try await ConflictRisk.query(on: db).filter(\.$unit.$id == unit.id!).filter(\.$year == year).sort(\.$function).all().map
            {
                Risk(
                    function: $0.function, potential: $0.potential, type: names(ConflictType.self, raw: $0.type),
                    control: $0.control, owner: $0.owner)
            },
            declarations: declarations.map {
                Declaration(
                    name: employeeNames[$0.$employee.id] ?? "—", declaredOn: $0.declaredOn, hasConflict: $0.hasConflict,
                    statement: $0.statement)
            }.sorted { $0.name < $1.name },
            undeclared: employees.filter { $0.isActive && !declared.contains($0.id!) }.count,
            cases: try await ConflictCase.query(on: db).filter(\.$unit.$id == unit.id!).filter(\.$year == year).sort(\.$reportedOn).all()
                .map {
                    Case(
                        id: $0.id!, reportedOn: $0.reportedOn, description: $0.description, handling: $0.handling, status: $0.status,
                        statusLabel: names(FollowUpStatus.self, raw: $0.status))
                },
            monitorings: try await ConflictMonitoring.query(on: db).filter(\.$unit.$id == unit.id!)
                .filter(\.$period >= "\(year)-S").filter(\.$period <= "\(year)-S9").sort(\.$period).all().map {
                    Monitoring(
                        periodLabel: (MonitoringPeriod(key: $0.period).map { names($0) } ?? $0.period), findings: $0.findings,
                        followUp: $0.followUp)
                })
    }
}
