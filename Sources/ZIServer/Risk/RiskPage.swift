import Vapor
import ZICore

/// What a risk's page shows: the risk and its ratings, its control actions with the form to add
/// one (owner from the unit's users or a name), and the four quarters' monitoring with the form
/// to record a quarter.
struct RiskPage: Encodable {
    /// A quarter with the values its form shows.
    struct QuarterForm: Encodable {
        let quarter: RiskDetailDTO.Quarter
        let likelihood: [Choice]
        let impact: [Choice]
        let note: String
        /// Per control action: its id, description and the status choices.
        let actions: [ActionChoice]
        /// Whether the typed values shown are those of a refused submission.
        let isRefused: Bool
    }

    /// A control action's status choices within a quarter's form.
    struct ActionChoice: Encodable {
        let id: UUID
        let description: String
        let statuses: [Choice]
    }

    let unit: UnitDTO
    let detail: RiskDetailDTO
    let owners: [Choice]
    let quarters: [QuarterForm]
    let canManage: Bool
    let form: FormState

    static func make(_ risk: Risk, unit: WorkUnit, form: FormState, req: Request) async throws -> RiskPage {
        let names = req.names
        let matrix = try req.application.riskMatrix
        let detail = try await RiskAccess.detail(risk, unit: unit, matrix: matrix, on: req.db)
        let refusedQuarter = form.values["quarter"].flatMap(Int.init)
        let quarters = detail.quarters.map { quarter -> QuarterForm in
            let refused = refusedQuarter == quarter.quarter
            let recorded = quarter.monitoring
            let current = detail.risk.residual ?? detail.risk.inherent
            func value(_ field: String, _ recordedValue: Int?, _ fallback: Int) -> String {
                refused ? form.values[field] ?? "" : String(recordedValue ?? fallback)
            }
            let likelihood = value("residualLikelihood", recorded?.residual.likelihood, current.likelihood)
            let impact = value("residualImpact", recorded?.residual.impact, current.impact)
            let actions = detail.actions.map { action in
                let chosen =
                    refused
                    ? form.values["status-\(action.id.uuidString.lowercased())"]
                    : recorded?.statuses.first { $0.actionID == action.id }?.status
                return ActionChoice(
                    id: action.id, description: action.description,
                    statuses: FollowUpStatus.allCases.map {
                        Choice(value: $0.rawValue, label: names($0), selected: $0.rawValue == (chosen ?? FollowUpStatus.terbuka.rawValue))
                    })
            }
            return QuarterForm(
                quarter: quarter,
                likelihood: choices(matrix.likelihood, selected: likelihood),
                impact: choices(matrix.impact, selected: impact),
                note: refused ? form.values["note"] ?? "" : recorded?.note ?? "", actions: actions, isRefused: refused)
        }
        let ownerChosen = form.values["ownerID"]
        return RiskPage(
            unit: UnitDTO(unit), detail: detail,
            owners: try await PeoplePicker.choices(of: unit, selected: ownerChosen, on: req.db),
            quarters: quarters, canManage: try await req.may(.manageRisks, on: unit.accessTarget), form: form)
    }

    private static func choices(_ scale: RiskScale, selected: String) -> [Choice] {
        scale.points.map { Choice(value: String($0.value), label: "\($0.value) – \($0.label)", selected: String($0.value) == selected) }
    }
}
