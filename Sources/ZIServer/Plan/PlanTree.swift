import Fluent
import Foundation
import ZICore

/// A stored plan read back in order: areas → indicators → actions, each action with its
/// evidence list, parsed schedule, the name of the person responsible and its realisations
/// per monitoring period. Pages, the API, the documents and monev all read a plan through this.
struct PlanTree: Sendable {
    /// An action with what is derived from its stored columns.
    struct Action: Sendable {
        let row: WorkPlanAction
        let buktiFisik: [String]
        let schedule: PeriodSchedule?
        /// The responsible user's name, if one is named.
        let picName: String?
        /// Realisations by `MonitoringPeriod.key`.
        let realisations: [String: MonevRealisation]

        /// The responsible user and/or team, as shown in tables (`Budi; Tim Manajemen Perubahan`).
        var picLabel: String? {
            let parts = [picName, row.picText].compactMap { $0 }
            return parts.isEmpty ? nil : parts.joined(separator: "; ")
        }
    }

    /// An indicator with its actions.
    struct Indicator: Sendable {
        let row: WorkPlanIndicator
        let actions: [Action]
    }

    /// An area with its indicators.
    struct Area: Sendable {
        let row: WorkPlanArea
        let indicators: [Indicator]
    }

    let plan: WorkPlan
    let areas: [Area]

    /// Every action in document order.
    var actions: [Action] { areas.flatMap { $0.indicators.flatMap(\.actions) } }

    static func load(_ plan: WorkPlan, on db: any Database) async throws -> PlanTree {
        let planID = try plan.requireID()
        let areaRows = try await WorkPlanArea.query(on: db).filter(\.$plan.$id == planID).sort(\.$position).all()
        let indicatorRows = try await WorkPlanIndicator.query(on: db).filter(\.$plan.$id == planID).sort(\.$position).all()
        let actionRows = try await WorkPlanAction.query(on: db).filter(\.$plan.$id == planID).sort(\.$position).all()
        let realisations = try await MonevRealisation.query(on: db)
            .join(WorkPlanAction.self, on: \MonevRealisation.$action.$id == \WorkPlanAction.$id)
            .filter(WorkPlanAction.self, \.$plan.$id == planID).all()
        let picIDs = Set(actionRows.compactMap { $0.$picUser.id })
        let names =
            picIDs.isEmpty
            ? [:]
            : Dictionary(
                uniqueKeysWithValues: try await User.query(on: db).filter(\.$id ~~ picIDs).all().map { ($0.id!, $0.displayName) })
        let realisationsByAction = Dictionary(grouping: realisations, by: { $0.$action.id })
        let decoder = JSONDecoder()
        let actionsByIndicator = Dictionary(
            grouping: actionRows.map { row in
                Action(
                    row: row,
                    buktiFisik: (try? decoder.decode([String].self, from: Data(row.buktiFisikJSON.utf8))) ?? [],
                    schedule: row.scheduleJSON.flatMap { try? decoder.decode(PeriodSchedule.self, from: Data($0.utf8)) },
                    picName: row.$picUser.id.flatMap { names[$0] },
                    realisations: Dictionary(
                        (realisationsByAction[row.id!] ?? []).map { ($0.periodKey, $0) },
                        uniquingKeysWith: { first, _ in first }))
            }, by: { $0.row.$indicator.id })
        let indicatorsByArea = Dictionary(
            grouping: indicatorRows.map {
                Indicator(row: $0, actions: actionsByIndicator[$0.id!] ?? [])
            }, by: { $0.row.$area.id })
        return PlanTree(plan: plan, areas: areaRows.map { Area(row: $0, indicators: indicatorsByArea[$0.id!] ?? []) })
    }
}
