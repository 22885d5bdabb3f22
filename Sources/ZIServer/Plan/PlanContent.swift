import Fluent
import Foundation
import ZICore
import ZIDocuments

/// Everything stored for a plan, read at once: the tree of areas, indicators and actions,
/// the narrative, the priority targets and the team members.
package struct PlanContent: Sendable {
    let tree: PlanTree
    let narrative: PlanNarrative
    let targets: [String]
    let teamMembers: [WorkPlanTeamMember]

    var plan: WorkPlan { tree.plan }

    /// The plan's monev cadence (`triwulan` if the stored value is unknown).
    var cadence: MonitoringCadence { MonitoringCadence(rawValue: plan.cadence) ?? .triwulan }

    package static func load(_ plan: WorkPlan, on db: any Database) async throws -> PlanContent {
        let tree = try await PlanTree.load(plan, on: db)
        let targets = try await WorkPlanTarget.query(on: db).filter(\.$plan.$id == plan.id!).sort(\.$position).all().map(\.text)
        let members = try await WorkPlanTeamMember.query(on: db).filter(\.$plan.$id == plan.id!).sort(\.$position).all()
        return PlanContent(tree: tree, narrative: try PlanHeader.decode(plan.narrativeJSON), targets: targets, teamMembers: members)
    }

    /// One team's members in order.
    func members(of team: WorkPlanTeamMember.Team) -> [PlanTeamInput.Member] {
        teamMembers.filter { $0.team == team }.map { PlanTeamInput.Member(name: $0.name, nip: $0.nip, role: $0.role) }
    }

    /// Where an action stands on `today` under the plan's cadence. An action whose overall
    /// realisation is 100% (as imported or entered) counts as done in every period it is due.
    func timeliness(of action: PlanTree.Action, today: CalendarDate) -> ActionTimeliness {
        let dueDates = action.schedule?.dueDates ?? []
        var realisations = action.realisations.mapValues(\.percent)
        if let overall = action.row.realisasiPercent, overall >= 100 {
            for date in dueDates { realisations[cadence.period(containing: date).key] = 100 }
            if dueDates.isEmpty { realisations["overall"] = 100 }
        }
        return ActionTimeliness.evaluate(dueDates: dueDates, realisations: realisations, cadence: cadence, today: today)
    }
}
