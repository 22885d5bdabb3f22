import Fluent
import Foundation
import Vapor
import ZICore

/// A unit's integrity registers of a year, as the page and the API show them, with the LKE
/// answers they suggest.
struct RegisterSummary: Content {
    struct Pact: Content {
        let employeeID: UUID
        let name: String
        let signedOn: String?
        let method: String?
    }

    struct Report: Content {
        let id: UUID
        let name: String
        let group: String
        let groupLabel: String
        let filedOn: String?
        let kind: String
        let kindLabel: String
        let eventOn: String?
        /// The due date, or nil while an appointment or leaving has no date.
        let due: String?
        let late: Bool
    }

    struct Case: Content {
        let occurredOn: String
        let employee: String?
        let description: String
        let sanction: String?
    }

    struct Agent: Content {
        struct Change: Content {
            let title: String
            let madeOn: String
            let isIntegrated: Bool
        }

        let id: UUID
        let name: String
        let decreeNumber: String
        let decreeDate: String
        let workPlan: String?
        let changes: [Change]
    }

    struct Innovation: Content {
        let title: String
        let description: String
        let launchedOn: String
    }

    struct Simplification: Content {
        let service: String
        let kind: String
        let description: String
    }

    let year: Int
    let pacts: [Pact]
    let pactsSigned: Int
    let reports: [Report]
    let reportsFiled: Int
    /// Filed after the due date (31 March, or 3 months after an appointment or leaving).
    let reportsLate: Int
    let cases: [Case]
    let casesLastYear: Int
    let agents: [Agent]
    let simplifications: [Simplification]
    let innovations: [Innovation]
    let suggestions: [LKERegisterSuggestion]

    static func load(unit: WorkUnit, year: Int, on db: any Database) async throws -> RegisterSummary {
        let employees = try await Employee.query(on: db).filter(\.$unit.$id == unit.id!).sort(\.$name).all()
        let employeeNames = Dictionary(uniqueKeysWithValues: employees.map { ($0.id!, $0.name) })
        let names = RequestNames.current
        let pacts = Dictionary(
            try await IntegrityPact.query(on: db).filter(\.$unit.$id == unit.id!).filter(\.$year == year).all()
                .map { ($0.$employee.id, $0) }, uniquingKeysWith: { first, _ in first })
        let reports = try await AssetReport.query(on: db).filter(\.$unit.$id == unit.id!).filter(\.$year == year).all()
        let cases = try await DisciplineCase.query(on: db).filter(\.$unit.$id == unit.id!).filter(\.$year >= year - 1).filter(
            \.$year <= year
        )
        .sort(\.$occurredOn).all()
        let agents = try await ChangeAgent.query(on: db).filter(\.$unit.$id == unit.id!).filter(\.$year == year).all()
        let changes =
            agents.isEmpty ? [] : try await AgentChange.query(on: db).filter(\.$agent.$id ~~ agents.compactMap(\.id)).sort(\.$madeOn).all()
        let services = Dictionary(
            uniqueKeysWithValues: try await SurveyService.query(on: db).filter(\.$unit.$id == unit.id!).all()
                .map { ($0.id!, $0.name) })
        let simplified = try await ServiceSimplification.query(on: db).filter(\.$unit.$id == unit.id!).filter(\.$year == year).all()
        let active = employees.filter { $0.isActive || pacts[$0.id!] != nil }
        return RegisterSummary(
            year: year,
            pacts: active.map { Pact(employeeID: $0.id!, name: $0.name, signedOn: pacts[$0.id!]?.signedOn, method: pacts[$0.id!]?.method) },
            pactsSigned: pacts.count,
            reports: reports.map {
                Report(
                    id: $0.id!, name: employeeNames[$0.$employee.id] ?? "—", group: $0.group,
                    groupLabel: names(AssetReportGroup.self, raw: $0.group), filedOn: $0.filedOn, kind: $0.reportKind.rawValue,
                    kindLabel: names($0.reportKind), eventOn: $0.eventOn, due: $0.dueOn?.description, late: $0.isLate)
            }.sorted { $0.name < $1.name },
            reportsFiled: reports.filter { $0.filedOn != nil }.count,
            reportsLate: reports.filter(\.isLate).count,
            cases: cases.filter { $0.year == year }.map {
                Case(
                    occurredOn: $0.occurredOn, employee: $0.$employee.id.flatMap { employeeNames[$0] }, description: $0.description,
                    sanction: $0.sanction)
            },
            casesLastYear: cases.filter { $0.year == year - 1 }.count,
            agents: agents.map { agent in
                Agent(
                    id: agent.id!, name: employeeNames[agent.$employee.id] ?? "—", decreeNumber: agent.decreeNumber,
                    decreeDate: agent.decreeDate,
                    workPlan: agent.workPlan,
                    changes: changes.filter { $0.$agent.id == agent.id }.map {
                        .init(title: $0.title, madeOn: $0.madeOn, isIntegrated: $0.isIntegrated)
                    })
            }.sorted { $0.name < $1.name },
            simplifications: simplified.map {
                Simplification(
                    service: services[$0.$service.id] ?? "—", kind: names(ServiceSimplificationKind.self, raw: $0.kind),
                    description: $0.description)
            },
            innovations: try await ServiceInnovation.query(on: db).filter(\.$unit.$id == unit.id!).filter(\.$year == year).sort(
                \.$launchedOn
            ).all()
                .map { Innovation(title: $0.title, description: $0.description, launchedOn: $0.launchedOn) },
            suggestions: try await RegisterSuggestions.of(unit: unit, year: year, on: db))
    }
}
