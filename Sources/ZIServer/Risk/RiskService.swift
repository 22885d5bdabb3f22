import Fluent
import Foundation
import ZICore

/// Changes to the risk register: each checked, stored and recorded in the audit trail (with the
/// risk's state before and after), inside the caller's transaction.
package enum RiskService {
    /// What the audit trail keeps of a risk.
    struct Snapshot: Codable, Sendable {
        let year: Int
        let objective: String
        let statement: String
        let cause: String
        let effect: String
        let likelihood: Int
        let impact: Int
        let existingControls: String?
        let residualLikelihood: Int?
        let residualImpact: Int?

        init(_ risk: Risk) {
            year = risk.year
            objective = risk.objective
            statement = risk.statement
            cause = risk.cause
            effect = risk.effect
            likelihood = risk.likelihood
            impact = risk.impact
            existingControls = risk.existingControls
            residualLikelihood = risk.residualLikelihood
            residualImpact = risk.residualImpact
        }
    }

    /// Adds a risk to `unit`'s register (when `risk` is new) or changes it.
    package static func save(
        _ input: RiskInput.Checked, to risk: Risk, unit: WorkUnit, matrix: RiskMatrix, by actor: AuditActor,
        on db: any Database
    ) async throws {
        let before = risk.id == nil ? nil : Snapshot(risk)
        risk.$unit.id = unit.id!
        risk.year = input.year
        risk.objective = input.objective
        risk.statement = input.statement
        risk.cause = input.cause
        risk.effect = input.effect
        risk.likelihood = input.inherent.likelihood
        risk.impact = input.inherent.impact
        risk.score = matrix.score(input.inherent)!
        risk.existingControls = input.existingControls
        risk.residualLikelihood = input.residual?.likelihood
        risk.residualImpact = input.residual?.impact
        risk.residualScore = input.residual.flatMap(matrix.score)
        try await risk.save(on: db)
        try await record(
            risk, action: before == nil ? "create" : "update", unit: unit, before: before, after: Snapshot(risk),
            by: actor, on: db)
    }

    /// Removes a risk from the register (soft: the row stays, marked deleted).
    static func delete(_ risk: Risk, unit: WorkUnit, by actor: AuditActor, on db: any Database) async throws {
        let before = Snapshot(risk)
        try await risk.delete(on: db)
        try await record(risk, action: "delete", unit: unit, before: before, after: nil, by: actor, on: db)
    }

    /// Adds a planned control action to `risk`.
    static func addAction(
        _ input: RiskActionInput.Checked, to risk: Risk, unit: WorkUnit, by actor: AuditActor,
        on db: any Database
    ) async throws -> RiskControlAction {
        let action = RiskControlAction()
        action.$risk.id = risk.id!
        action.description = input.description
        action.$owner.id = input.ownerID
        action.ownerName = input.ownerName
        action.dueOn = input.dueOn
        try await action.create(on: db)
        try await AuditLog.record(
            AuditChange(
                entity: "risk_control_action", entityID: action.id?.uuidString, action: "create", instansiID: unit.$instansi.id,
                unitID: unit.id,
                after: [
                    "risk": risk.id!.uuidString, "description": input.description,
                    "owner": input.ownerID?.uuidString ?? input.ownerName ?? "", "dueOn": input.dueOn ?? "",
                ]),
            by: actor, on: db)
        return action
    }

    /// Removes a planned control action (and its status from the monitoring already recorded).
    static func removeAction(_ action: RiskControlAction, unit: WorkUnit, by actor: AuditActor, on db: any Database) async throws {
        for monitoring in try await RiskMonitoring.query(on: db).filter(\.$risk.$id == action.$risk.id).all() {
            monitoring.actionStatuses.removeValue(forKey: action.id!)
            try await monitoring.save(on: db)
        }
        try await action.delete(on: db)
        try await AuditLog.record(
            AuditChange(
                entity: "risk_control_action", entityID: action.id?.uuidString, action: "delete", instansiID: unit.$instansi.id,
                unitID: unit.id, before: ["risk": action.$risk.id.uuidString, "description": action.description]),
            by: actor, on: db)
    }

    /// Records (or replaces) the monitoring of `risk` in `quarter` (1…4).
    static func monitor(
        _ input: RiskMonitoringInput.Checked, risk: Risk, quarter: Int, unit: WorkUnit, by actor: AuditActor,
        on db: any Database
    ) async throws {
        let existing = try await RiskMonitoring.query(on: db).filter(\.$risk.$id == risk.id!).filter(\.$quarter == quarter).first()
        let monitoring = existing ?? RiskMonitoring()
        let before = existing.map(MonitoringSnapshot.init)
        monitoring.$risk.id = risk.id!
        monitoring.quarter = quarter
        monitoring.note = input.note
        monitoring.residualLikelihood = input.residual.likelihood
        monitoring.residualImpact = input.residual.impact
        monitoring.actionStatuses = input.statuses.mapValues(\.rawValue)
        try await monitoring.save(on: db)
        try await AuditLog.record(
            AuditChange(
                entity: "risk_monitoring", entityID: monitoring.id?.uuidString, action: existing == nil ? "create" : "update",
                instansiID: unit.$instansi.id, unitID: unit.id, before: before, after: MonitoringSnapshot(monitoring)),
            by: actor, on: db)
    }

    /// What the audit trail keeps of a quarter's monitoring.
    struct MonitoringSnapshot: Codable, Sendable {
        let risk: UUID
        let quarter: Int
        let note: String?
        let residualLikelihood: Int
        let residualImpact: Int
        let statuses: [String: String]

        init(_ monitoring: RiskMonitoring) {
            risk = monitoring.$risk.id
            quarter = monitoring.quarter
            note = monitoring.note
            residualLikelihood = monitoring.residualLikelihood
            residualImpact = monitoring.residualImpact
            statuses = Dictionary(uniqueKeysWithValues: monitoring.actionStatuses.map { ($0.key.uuidString, $0.value) })
        }
    }

    private static func record(
        _ risk: Risk, action: String, unit: WorkUnit, before: Snapshot?, after: Snapshot?, by actor: AuditActor,
        on db: any Database
    ) async throws {
        try await AuditLog.record(
            AuditChange(
                entity: "risk", entityID: risk.id?.uuidString, action: action, instansiID: unit.$instansi.id, unitID: unit.id,
                before: before, after: after),
            by: actor, on: db)
    }
}
