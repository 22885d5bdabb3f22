import Fluent
import Foundation
import ZICore

/// Monev records of a plan: realisation per action and monitoring period, meetings with
/// their findings, and the follow-up of each finding — each change checked and audited.
///
/// Monev runs against the plan as approved, so none of this is blocked by the plan's lock.
enum MonevService {
    /// One action's realisation in a period, as entered.
    struct RealisationEntry: Sendable {
        let actionID: UUID
        let percent: Double?
        let report: String?
    }

    /// Saves the realisations of `period`; an entry with neither percent nor report removes the
    /// stored one. The action's overall realisation follows its latest period with a value.
    static func recordRealisations(
        _ entries: [RealisationEntry], period: MonitoringPeriod, plan: WorkPlan, unit: WorkUnit,
        by actor: AuditActor, on db: any Database
    ) async throws {
        let actions = try await WorkPlanAction.query(on: db).filter(\.$plan.$id == plan.id!)
            .filter(\.$id ~~ entries.map(\.actionID)).all()
        let byID = Dictionary(uniqueKeysWithValues: actions.map { ($0.id!, $0) })
        var changed = 0
        for entry in entries {
            guard let action = byID[entry.actionID] else { throw AppError.notFound }
            let stored = try await MonevRealisation.query(on: db).filter(\.$action.$id == entry.actionID)
                .filter(\.$periodKey == period.key).first()
            if entry.percent == nil && entry.report == nil {
                // An empty row clears what was recorded; one never filled in changes nothing.
                guard let stored else { continue }
                try await stored.delete(on: db)
            } else {
                let row = stored ?? MonevRealisation()
                row.$action.id = entry.actionID
                row.periodKey = period.key
                row.percent = entry.percent ?? 0
                row.report = entry.report
                row.recordedBy = actor.name
                try await row.save(on: db)
            }
            try await refreshOverall(action, cadence: period.cadence, on: db)
            changed += 1
        }
        try await audit(
            plan, unit: unit, entity: "monev_realisation", id: nil, action: "record",
            after: ["period": period.key, "actions": String(changed)], by: actor, on: db)
    }

    /// Records a monev meeting for a period.
    static func addMeeting(
        _ input: MonevMeetingInput.Checked, plan: WorkPlan, unit: WorkUnit, by actor: AuditActor,
        on db: any Database
    ) async throws -> MonevMeeting {
        let meeting = MonevMeeting()
        meeting.$plan.id = plan.id!
        meeting.periodKey = input.period.key
        meeting.date = input.date.description
        meeting.attendees = input.attendees.joined(separator: "\n")
        meeting.pimpinanPresent = input.pimpinanPresent
        meeting.notulen = input.notulen
        try await meeting.create(on: db)
        try await audit(
            plan, unit: unit, entity: "monev_meeting", id: meeting.id, action: "create",
            after: ["date": meeting.date, "period": meeting.periodKey, "pimpinan": String(input.pimpinanPresent)],
            by: actor, on: db)
        return meeting
    }

    /// Records a finding of a meeting with its follow-up (status `terbuka`).
    static func addFinding(
        _ input: MonevFindingInput.Checked, meeting: MonevMeeting, plan: WorkPlan, unit: WorkUnit,
        by actor: AuditActor, on db: any Database
    ) async throws -> MonevFinding {
        let finding = MonevFinding()
        finding.$plan.id = plan.id!
        finding.$meeting.id = meeting.id!
        finding.text = input.text
        finding.followUp = input.followUp
        finding.$owner.id = input.ownerID
        finding.dueDate = input.dueDate?.description
        finding.status = FollowUpStatus.terbuka.rawValue
        try await finding.create(on: db)
        try await audit(
            plan, unit: unit, entity: "monev_finding", id: finding.id, action: "create",
            after: ["meeting": meeting.id!.uuidString, "dueDate": finding.dueDate ?? ""], by: actor, on: db)
        return finding
    }

    /// Moves a follow-up to `status`, with a note on what was done.
    static func updateFollowUp(
        _ finding: MonevFinding, status: FollowUpStatus, note: String?, plan: WorkPlan, unit: WorkUnit,
        by actor: AuditActor, on db: any Database
    ) async throws {
        let before = finding.status
        finding.status = status.rawValue
        if let note { finding.resultNote = note }
        try await finding.save(on: db)
        try await audit(
            plan, unit: unit, entity: "monev_finding", id: finding.id, action: "follow_up",
            after: ["from": before, "to": status.rawValue], by: actor, on: db)
    }

    /// Sets an action's overall realisation to that of its latest period (of `cadence`) with a
    /// value; with none left, the overall realisation stays as it was (as imported or entered).
    private static func refreshOverall(_ action: WorkPlanAction, cadence: MonitoringCadence, on db: any Database) async throws {
        let rows = try await MonevRealisation.query(on: db).filter(\.$action.$id == action.id!).all()
        guard
            let latest = rows.compactMap({ row in MonitoringPeriod(key: row.periodKey).map { ($0, row.percent) } })
                .filter({ $0.0.cadence == cadence }).max(by: { $0.0 < $1.0 })
        else { return }
        action.realisasiPercent = latest.1
        try await action.save(on: db)
    }

    private static func audit(
        _ plan: WorkPlan, unit: WorkUnit, entity: String, id: UUID?, action: String, after: [String: String],
        by actor: AuditActor, on db: any Database
    ) async throws {
        try await AuditLog.record(
            entity, id: id ?? plan.id, action: action, unit: unit,
            after: after.merging(["plan": plan.id!.uuidString]) { a, _ in a }, by: actor, on: db)
    }
}
