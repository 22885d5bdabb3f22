import Foundation
import Vapor
import ZICore

/// The realisation form of a period: `pct:<actionID>` and `rep:<actionID>` per due action
/// (the API sends the same as a list). Checked against the actions due in the period and
/// what the requester may record.
enum MonevRealisationForm {
    /// One entry as the API sends it.
    struct Entry: Content {
        var actionID: UUID
        var percent: String?
        var report: String?
    }

    /// The API body.
    struct Body: Content {
        var entries: [Entry]
    }

    /// The form fields as entries, in the order of the due actions.
    static func entries(fromForm fields: [String: String], due: [UUID]) -> [Entry] {
        due.compactMap { id in
            let percent = fields["pct:\(id)"]
            let report = fields["rep:\(id)"]
            return percent == nil && report == nil ? nil : Entry(actionID: id, percent: percent, report: report)
        }
    }

    /// Checks every entry: a due action the requester may record, a percentage 0…100, a report
    /// of at most 2000 characters. All problems are reported together, per field.
    static func checked(
        _ entries: [Entry], period: MonitoringPeriod, state: MonevState, unit: WorkUnit,
        req: Request
    ) async throws -> [MonevService.RealisationEntry] {
        let due = Dictionary(uniqueKeysWithValues: state.actionsDue(in: period).map { ($0.0.row.id!, $0.0.row) })
        let areas = Dictionary(
            uniqueKeysWithValues: state.content.tree.areas.flatMap { area in
                area.indicators.flatMap { $0.actions.map { ($0.row.id!, area.row.standardNumber) } }
            })
        let me = try req.currentUser().user.id
        var validator = Validator()
        var checked: [MonevService.RealisationEntry] = []
        for entry in entries {
            guard let action = due[entry.actionID] else {
                validator.add("pct:\(entry.actionID)", "validation.action_not_due")
                continue
            }
            guard try await MonevAccess.mayRecord(action, area: areas[entry.actionID] ?? nil, unit: unit, userID: me, req: req) else {
                throw AppError.forbidden
            }
            let percent = PlanActionInput.percent(entry.percent, field: "pct:\(entry.actionID)", into: &validator)
            let report = validator.optional("rep:\(entry.actionID)", entry.report, max: 2000)
            checked.append(.init(actionID: entry.actionID, percent: percent, report: report))
        }
        try validator.check()
        return checked
    }
}
