import Foundation
import Vapor
import ZICore

/// A quarter's monitoring of a risk as the form or the API sends it: the note, the residual
/// rating at that time and the status of each control action (`statuses[<actionID>]`).
struct RiskMonitoringInput: Content {
    var note: String?
    var residualLikelihood: String?
    var residualImpact: String?
    var statuses: [String: String]?

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        note = try container.decodeIfPresent(String.self, forKey: .note)
        residualLikelihood = try container.textOrNumber(.residualLikelihood)
        residualImpact = try container.textOrNumber(.residualImpact)
        statuses = try container.decodeIfPresent([String: String].self, forKey: .statuses)
    }

    /// The input once every field is valid.
    struct Checked: Sendable {
        let note: String?
        let residual: RiskCell
        let statuses: [UUID: FollowUpStatus]
    }

    /// Checks the fields against `matrix` and the risk's `actions`; an action without a status
    /// is `terbuka`.
    func checked(matrix: RiskMatrix, actions: [UUID]) throws -> Checked {
        var validator = Validator()
        let note = validator.optional("note", note, max: 4000)
        let likelihood = RiskInput.rating(residualLikelihood, field: "residualLikelihood", scale: matrix.likelihood, &validator)
        let impact = RiskInput.rating(residualImpact, field: "residualImpact", scale: matrix.impact, &validator)
        var given: [UUID: String] = [:]
        for (key, value) in statuses ?? [:] {
            guard let id = UUID(uuidString: key), actions.contains(id) else {
                validator.add("statuses", "validation.risk_action_unknown")
                continue
            }
            given[id] = value
        }
        var checked: [UUID: FollowUpStatus] = [:]
        for action in actions {
            let raw = given[action].flatMap { $0.isEmpty ? nil : $0 } ?? FollowUpStatus.terbuka.rawValue
            if let status = FollowUpStatus(rawValue: raw) {
                checked[action] = status
            } else {
                validator.add("statuses", "validation.risk_action_status")
            }
        }
        try validator.check()
        return Checked(note: note, residual: RiskCell(likelihood: likelihood!, impact: impact!), statuses: checked)
    }
}
