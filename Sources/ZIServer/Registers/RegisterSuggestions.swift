import Fluent
import Foundation
import ZICore

/// The LKE answers a unit's registers of a year suggest (agents of change A.I.1.iv.b and
/// A.II.1.i.a–b, discipline A.II.3.iii.a against the year before, LHKPN A.II.5.iii.i.a, LHKASN
/// A.II.5.iii.ii.a, simplified services A.II.6.i.b), each from the rows themselves.
enum RegisterSuggestions {
    static func of(unit: WorkUnit, year: Int, on db: any Database) async throws -> [LKERegisterSuggestion] {
        let unitID = unit.id!
        let agents = try await ChangeAgent.query(on: db).filter(\.$unit.$id == unitID).filter(\.$year == year).all()
        let changes = agents.isEmpty ? [] : try await AgentChange.query(on: db).filter(\.$agent.$id ~~ agents.compactMap(\.id)).all()
        let cases = try await DisciplineCase.query(on: db).filter(\.$unit.$id == unitID).filter(\.$year >= year - 1).filter(\.$year <= year)
            .all()
        let reports = try await AssetReport.query(on: db).filter(\.$unit.$id == unitID).filter(\.$year == year).all()
        let services = try await SurveyService.query(on: db).filter(\.$unit.$id == unitID).filter(\.$isActive == true).all()
        let simplified = try await ServiceSimplification.query(on: db).filter(\.$unit.$id == unitID).filter(\.$year == year).all()

        func ids(_ rows: [AssetReport], _ group: AssetReportGroup) -> [String] {
            rows.filter { $0.group == group.rawValue }.map { $0.id!.uuidString }
        }
        let filed = reports.filter { $0.filedOn != nil }.map { $0.id!.uuidString }
        let late = reports.filter(\.isLate).map { $0.id!.uuidString }
        let thisYear = cases.filter { $0.year == year }
        return RegisterLKESuggestions.agentsOfChange(
            AgentOfChangeFacts(
                year: year, agentIDs: agents.map { $0.id!.uuidString }, changeIDs: changes.map { $0.id!.uuidString },
                integratedChangeIDs: changes.filter(\.isIntegrated).map { $0.id!.uuidString }))
            + [
                RegisterLKESuggestions.discipline(
                    DisciplineFacts(
                        year: year, previousYearViolationIDs: cases.filter { $0.year == year - 1 }.map { $0.id!.uuidString },
                        violationIDs: thisYear.map { $0.id!.uuidString },
                        sanctionedViolationIDs: thisYear.filter { $0.sanction != nil }.map { $0.id!.uuidString })),
                RegisterLKESuggestions.lhkpn(
                    LHKPNFacts(
                        headOfUnitIDs: ids(reports, .lhkpnKepala), obligedOfficialIDs: ids(reports, .lhkpnPejabat),
                        otherIDs: ids(reports, .lhkpnLainnya), filedIDs: filed, lateIDs: late)),
                RegisterLKESuggestions.lhkasn(
                    LHKASNFacts(
                        administratorIDs: ids(reports, .lhkasnAdministrator), supervisorIDs: ids(reports, .lhkasnPengawas),
                        functionalAndStaffIDs: ids(reports, .lhkasnPelaksana), filedIDs: filed, lateIDs: late)),
                RegisterLKESuggestions.services(
                    ServiceSimplificationFacts(
                        registeredIDs: services.map { $0.id!.uuidString }, simplifiedIDs: simplified.map { $0.$service.id.uuidString })),
            ]
    }
}
