import Fluent
import Foundation
import Vapor
import ZICore
import ZIDocuments

/// The plan's life: start it (from a ``PlanDraft``), replace its content by an import,
/// change its header, approve (lock) and re-open it — each step checked and audited.
///
/// Each call works on the database it is given; callers run it inside `req.write`.
/// Authorization is the controller's job.
package enum WorkPlanService {
    static let years = 2010...2100

    /// How a plan was started.
    package enum Origin: String, CaseIterable, Sendable {
        case empty, lke, previous
        case imported = "import"
    }

    /// Starts the plan of a unit for a year with `draft` as its content.
    package static func create(
        unit: WorkUnit, year: Int, origin: Origin, cadence: MonitoringCadence, draft: PlanDraft,
        by actor: AuditActor, on db: any Database
    ) async throws -> WorkPlan {
        guard years.contains(year) else { throw AppError.validation([FieldError(field: "year", key: "validation.year")]) }
        let existing = try await WorkPlan.query(on: db).filter(\.$unit.$id == unit.id!).filter(\.$year == year).count()
        if existing > 0 { throw AppError.conflict("plan_exists", field: "year") }
        let plan = WorkPlan()
        plan.$unit.id = unit.id!
        plan.year = year
        plan.status = .draft
        plan.cadence = cadence.rawValue
        plan.showRealisasi = false
        plan.narrativeJSON = try PlanHeader.encode(PlanNarrative.defaults(unitName: unit.name, instansiName: nil, year: year))
        plan.origin = origin.rawValue
        try await plan.create(on: db)
        try await PlanContentWriter.store(draft, in: plan, on: db)
        try await audit(
            plan, unit: unit, action: "create",
            after: ["year": String(year), "origin": origin.rawValue, "actions": String(draft.actionCount)], by: actor, on: db)
        return plan
    }

    /// Replaces the areas, indicators and actions of a draft plan with `draft` (an import).
    /// Refused once monev has recorded realisations against the current actions.
    package static func replaceContent(
        of plan: WorkPlan, with draft: PlanDraft, source: String, unit: WorkUnit,
        by actor: AuditActor, on db: any Database
    ) async throws {
        try requireDraft(plan)
        if try await hasMonev(plan, on: db) { throw AppError.conflict("plan_has_monev") }
        try await WorkPlanArea.query(on: db).filter(\.$plan.$id == plan.id!).delete()
        try await PlanContentWriter.store(draft, in: plan, on: db)
        if draft.areas.contains(where: { $0.indicators.contains { $0.actions.contains { $0.realisasiPercent != nil } } }) {
            plan.showRealisasi = true
            try await plan.save(on: db)
        }
        try await audit(
            plan, unit: unit, action: "import", after: ["file": source, "actions": String(draft.actionCount)],
            by: actor, on: db)
    }

    /// Approves the plan: from now on it is locked.
    static func approve(_ plan: WorkPlan, unit: WorkUnit, by actor: AuditActor, on db: any Database) async throws {
        try requireDraft(plan)
        guard try await WorkPlanAction.query(on: db).filter(\.$plan.$id == plan.id!).count() > 0 else {
            throw AppError.conflict("plan_empty")
        }
        plan.status = .approved
        plan.approvedAt = AppClock.current.now()
        plan.approvedBy = actor.name
        try await plan.save(on: db)
        try await audit(plan, unit: unit, action: "approve", after: ["status": "approved"], by: actor, on: db)
    }

    /// Re-opens an approved plan for changes; the reason is required and audited.
    static func reopen(_ plan: WorkPlan, reason: String?, unit: WorkUnit, by actor: AuditActor, on db: any Database) async throws {
        guard plan.status == .approved else { throw AppError.conflict("plan_not_approved") }
        var validator = Validator()
        let reason = validator.required("reason", reason, max: 1000)
        try validator.check()
        plan.status = .draft
        plan.approvedAt = nil
        plan.approvedBy = nil
        try await plan.save(on: db)
        try await audit(plan, unit: unit, action: "reopen", after: ["status": "draft", "reason": reason!], by: actor, on: db)
    }

    /// Saves the header: cadence, document options, signature, decrees and narrative. The
    /// cadence cannot change once monev is recorded under it (its periods would be lost).
    static func updateHeader(
        _ plan: WorkPlan, _ header: PlanHeader, unit: WorkUnit, by actor: AuditActor,
        on db: any Database
    ) async throws {
        try requireDraft(plan)
        if let cadence = header.cadence, cadence != plan.cadence, try await hasMonev(plan, on: db) {
            throw AppError.conflict("plan_cadence_in_use", field: "cadence")
        }
        try header.apply(to: plan)
        try await plan.save(on: db)
        try await audit(plan, unit: unit, action: "update_header", after: ["cadence": plan.cadence], by: actor, on: db)
    }

    /// Whether monev has recorded anything for the plan: a realisation or a meeting.
    static func hasMonev(_ plan: WorkPlan, on db: any Database) async throws -> Bool {
        let realisations = try await MonevRealisation.query(on: db)
            .join(WorkPlanAction.self, on: \MonevRealisation.$action.$id == \WorkPlanAction.$id)
            .filter(WorkPlanAction.self, \.$plan.$id == plan.id!).count()
        if realisations > 0 { return true }
        return try await MonevMeeting.query(on: db).filter(\.$plan.$id == plan.id!).count() > 0
    }

    /// Throws `plan_locked` (naming who approved it and when) unless the plan is a draft.
    static func requireDraft(_ plan: WorkPlan) throws {
        guard plan.status == .draft else {
            let when = plan.approvedAt.map { WIBTime.format($0) } ?? "-"
            throw AppError(.conflict, code: "plan_locked", arguments: [plan.approvedBy ?? "-", when])
        }
    }

    /// Records a change to a plan in the audit trail.
    static func audit(
        _ plan: WorkPlan, unit: WorkUnit, action: String, after: [String: String],
        by actor: AuditActor, on db: any Database
    ) async throws {
        try await AuditLog.record("work_plan", id: plan.id, action: action, unit: unit, after: after, by: actor, on: db)
    }
}
