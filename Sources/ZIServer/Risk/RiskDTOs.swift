import Foundation
import Vapor
import ZICore
import ZIDocuments

/// A rating as shown: likelihood, impact, the matrix's score and level.
struct RiskRatingDTO: Content {
    let likelihood: Int
    let impact: Int
    let score: Int?
    /// The level's id (`sangat-tinggi`), also the badge's style.
    let level: String?
    let levelLabel: String?

    init(_ cell: RiskCell, matrix: RiskMatrix) {
        likelihood = cell.likelihood
        impact = cell.impact
        score = matrix.score(cell)
        let found = matrix.level(cell)
        level = found?.id
        levelLabel = found?.label
    }
}

/// A risk as the register lists it.
struct RiskSummaryDTO: Content {
    let id: UUID
    let year: Int
    let objective: String
    let statement: String
    let inherent: RiskRatingDTO
    /// `nil` while the rating after controls is not assessed.
    let residual: RiskRatingDTO?

    init(_ risk: Risk, matrix: RiskMatrix) {
        id = risk.id!
        year = risk.year
        objective = risk.objective
        statement = risk.statement
        inherent = RiskRatingDTO(RiskCell(likelihood: risk.likelihood, impact: risk.impact), matrix: matrix)
        residual = Self.residual(of: risk).map { RiskRatingDTO($0, matrix: matrix) }
    }

    static func residual(of risk: Risk) -> RiskCell? {
        guard let likelihood = risk.residualLikelihood, let impact = risk.residualImpact else { return nil }
        return RiskCell(likelihood: likelihood, impact: impact)
    }
}

/// A risk with everything the register keeps: its control actions and the monitoring of each quarter.
struct RiskDetailDTO: Content {
    /// A planned control action.
    struct Action: Content {
        let id: UUID
        let description: String
        let ownerID: UUID?
        /// The owner's display name, or the name as written.
        let owner: String
        let dueOn: String?
    }

    /// One quarter (Triwulan I–IV); `monitoring` is `nil` while not recorded.
    struct Quarter: Content {
        let quarter: Int
        let label: String
        let monitoring: Monitoring?
    }

    /// What was recorded for a quarter.
    struct Monitoring: Content {
        let note: String?
        let residual: RiskRatingDTO
        let statuses: [ActionStatus]
    }

    /// A control action's status in a quarter.
    struct ActionStatus: Content {
        let actionID: UUID
        let description: String
        let status: String
        let statusLabel: String
    }

    let risk: RiskSummaryDTO
    let cause: String
    let effect: String
    let existingControls: String?
    let actions: [Action]
    let quarters: [Quarter]

    init(_ risk: Risk, actions: [RiskControlAction], owners: [UUID: String], monitorings: [RiskMonitoring], matrix: RiskMatrix) {
        let names = RequestNames.current
        self.risk = RiskSummaryDTO(risk, matrix: matrix)
        cause = risk.cause
        effect = risk.effect
        existingControls = risk.existingControls
        self.actions = actions.map { action in
            Action(
                id: action.id!, description: action.description, ownerID: action.$owner.id,
                owner: action.$owner.id.flatMap { owners[$0] } ?? action.ownerName ?? "—", dueOn: action.dueOn)
        }
        quarters = (1...4).map { quarter in
            let recorded = monitorings.first { $0.quarter == quarter }
            return Quarter(
                quarter: quarter, label: "Triwulan \(RomanNumeral.string(quarter))",
                monitoring: recorded.map { monitoring in
                    let statuses = monitoring.actionStatuses
                    return Monitoring(
                        note: monitoring.note,
                        residual: RiskRatingDTO(
                            RiskCell(likelihood: monitoring.residualLikelihood, impact: monitoring.residualImpact), matrix: matrix),
                        statuses: actions.map { action in
                            let status = statuses[action.id!].flatMap(FollowUpStatus.init(rawValue:)) ?? .terbuka
                            return ActionStatus(
                                actionID: action.id!, description: action.description, status: status.rawValue,
                                statusLabel: names(status))
                        })
                })
        }
    }
}

/// The two heat maps of a register as counts: per cell before and after controls.
struct RiskHeatMapDTO: Content {
    /// A cell holding risks.
    struct Cell: Content {
        let likelihood: Int
        let impact: Int
        let count: Int
    }

    let year: Int
    let total: Int
    let before: [Cell]
    let after: [Cell]
    /// Risks whose rating after controls is not assessed yet.
    let afterNotRated: Int

    init(year: Int, total: Int, maps: (before: RiskHeatMap, after: RiskHeatMap), matrix: RiskMatrix) {
        self.year = year
        self.total = total
        let cells = { (map: RiskHeatMap) in
            matrix.cells.filter { map.count($0) > 0 }.map { Cell(likelihood: $0.likelihood, impact: $0.impact, count: map.count($0)) }
        }
        before = cells(maps.before)
        after = cells(maps.after)
        afterNotRated = maps.after.notRated
    }
}
