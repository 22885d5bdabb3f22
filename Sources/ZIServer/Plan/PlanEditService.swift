import Fluent
import Foundation
import ZICore

/// Changes to the content of a draft plan: areas, indicators, actions, priority targets and
/// team members. Every change is refused on an approved plan and audited.
enum PlanEditService {
    /// Adds an area of the unit's own after the existing ones.
    static func addArea(
        named name: String?, to plan: WorkPlan, unit: WorkUnit, by actor: AuditActor,
        on db: any Database
    ) async throws -> WorkPlanArea {
        try WorkPlanService.requireDraft(plan)
        var validator = Validator()
        let name = validator.required("name", name, max: 200)
        try validator.check()
        let area = WorkPlanArea()
        area.$plan.id = plan.id!
        area.position = try await WorkPlanArea.query(on: db).filter(\.$plan.$id == plan.id!).count()
        area.name = name!
        try await area.create(on: db)
        try await WorkPlanService.audit(plan, unit: unit, action: "add_area", after: ["name": name!], by: actor, on: db)
        return area
    }

    /// Adds an indicator at the end of an area.
    static func addIndicator(
        _ text: String?, lkeQuestionID: String?, to area: WorkPlanArea, plan: WorkPlan, unit: WorkUnit,
        catalog: LKECatalog.Entry, by actor: AuditActor, on db: any Database
    ) async throws -> WorkPlanIndicator {
        try WorkPlanService.requireDraft(plan)
        let (text, question) = try checkedIndicator(text, lkeQuestionID, catalog: catalog)
        let indicator = WorkPlanIndicator()
        indicator.$plan.id = plan.id!
        indicator.$area.id = area.id!
        indicator.position = try await WorkPlanIndicator.query(on: db).filter(\.$area.$id == area.id!).count()
        indicator.text = text
        indicator.lkeQuestionID = question
        try await indicator.create(on: db)
        try await WorkPlanService.audit(
            plan, unit: unit, action: "add_indicator", after: ["text": String(text.prefix(200))],
            by: actor, on: db)
        return indicator
    }

    /// Changes an indicator's text and LKE link.
    static func updateIndicator(
        _ indicator: WorkPlanIndicator, text: String?, lkeQuestionID: String?, plan: WorkPlan,
        unit: WorkUnit, catalog: LKECatalog.Entry, by actor: AuditActor, on db: any Database
    ) async throws {
        try WorkPlanService.requireDraft(plan)
        let (text, question) = try checkedIndicator(text, lkeQuestionID, catalog: catalog)
        indicator.text = text
        indicator.lkeQuestionID = question
        try await indicator.save(on: db)
        try await WorkPlanService.audit(
            plan, unit: unit, action: "update_indicator", after: ["id": indicator.id!.uuidString],
            by: actor, on: db)
    }

    /// Removes an indicator with its actions.
    static func deleteIndicator(
        _ indicator: WorkPlanIndicator, plan: WorkPlan, unit: WorkUnit, by actor: AuditActor,
        on db: any Database
    ) async throws {
        try WorkPlanService.requireDraft(plan)
        try await indicator.delete(on: db)
        try await WorkPlanService.audit(
            plan, unit: unit, action: "delete_indicator",
            after: ["text": String(indicator.text.prefix(200))], by: actor, on: db)
    }

    /// Adds an action at the end of an indicator.
    static func addAction(
        _ input: PlanActionInput.Checked, to indicator: WorkPlanIndicator, plan: WorkPlan, unit: WorkUnit,
        by actor: AuditActor, on db: any Database
    ) async throws -> WorkPlanAction {
        try WorkPlanService.requireDraft(plan)
        let action = WorkPlanAction()
        action.$plan.id = plan.id!
        action.$indicator.id = indicator.id!
        action.position = try await WorkPlanAction.query(on: db).filter(\.$indicator.$id == indicator.id!).count()
        try apply(input, to: action, year: plan.year)
        try await action.create(on: db)
        try await WorkPlanService.audit(
            plan, unit: unit, action: "add_action",
            after: ["langkahAksi": String(input.langkahAksi.prefix(200))], by: actor, on: db)
        return action
    }

    /// Changes an action's fields.
    static func updateAction(
        _ action: WorkPlanAction, _ input: PlanActionInput.Checked, plan: WorkPlan, unit: WorkUnit,
        by actor: AuditActor, on db: any Database
    ) async throws {
        try WorkPlanService.requireDraft(plan)
        try apply(input, to: action, year: plan.year)
        try await action.save(on: db)
        try await WorkPlanService.audit(
            plan, unit: unit, action: "update_action",
            after: ["id": action.id!.uuidString, "targetWaktu": input.targetWaktu ?? ""], by: actor, on: db)
    }

    /// Removes an action (with its monev records).
    static func deleteAction(
        _ action: WorkPlanAction, plan: WorkPlan, unit: WorkUnit, by actor: AuditActor,
        on db: any Database
    ) async throws {
        try WorkPlanService.requireDraft(plan)
        try await action.delete(on: db)
        try await WorkPlanService.audit(
            plan, unit: unit, action: "delete_action",
            after: ["langkahAksi": String(action.langkahAksi.prefix(200))], by: actor, on: db)
    }

    /// Replaces the priority targets with `lines` (one target per non-empty line).
    static func setTargets(_ text: String?, plan: WorkPlan, unit: WorkUnit, by actor: AuditActor, on db: any Database) async throws {
        try WorkPlanService.requireDraft(plan)
        let targets = PlanHeader.lines(text ?? "")
        var validator = Validator()
        if targets.contains(where: { $0.count > 1000 }) { validator.add("targets", "validation.too_long", ["1000"]) }
        if targets.count > 100 { validator.add("targets", "validation.too_many", ["100"]) }
        try validator.check()
        try await WorkPlanTarget.query(on: db).filter(\.$plan.$id == plan.id!).delete()
        for (index, text) in targets.enumerated() {
            let target = WorkPlanTarget()
            target.$plan.id = plan.id!
            target.position = index
            target.text = text
            try await target.create(on: db)
        }
        try await WorkPlanService.audit(
            plan, unit: unit, action: "set_targets", after: ["count": String(targets.count)],
            by: actor, on: db)
    }

    /// Replaces one team's members.
    static func setTeam(
        _ team: WorkPlanTeamMember.Team, members: [PlanTeamInput.Member], plan: WorkPlan, unit: WorkUnit,
        by actor: AuditActor, on db: any Database
    ) async throws {
        try WorkPlanService.requireDraft(plan)
        try await WorkPlanTeamMember.query(on: db).filter(\.$plan.$id == plan.id!).filter(\.$team == team).delete()
        for (index, member) in members.enumerated() {
            let row = WorkPlanTeamMember()
            row.$plan.id = plan.id!
            row.team = team
            row.position = index
            row.name = member.name
            row.nip = member.nip
            row.role = member.role
            try await row.create(on: db)
        }
        try await WorkPlanService.audit(
            plan, unit: unit, action: "set_team",
            after: ["team": team.rawValue, "members": String(members.count)], by: actor, on: db)
    }

    private static func apply(_ input: PlanActionInput.Checked, to action: WorkPlanAction, year: Int) throws {
        try PlanContentWriter.fill(
            action, langkahAksi: input.langkahAksi, buktiFisik: input.buktiFisik,
            targetWaktu: input.targetWaktu, year: year)
        action.$picUser.id = input.picUserID
        action.picText = input.picText
        action.realisasiPercent = input.realisasiPercent
    }

    private static func checkedIndicator(
        _ text: String?, _ questionID: String?,
        catalog: LKECatalog.Entry
    ) throws -> (String, String?) {
        var validator = Validator()
        let text = validator.required("text", text, max: PlanActionInput.maxTextLength)
        let question = validator.optional("lkeQuestionID", questionID, max: 40)
        if let question, catalog.questions[question] == nil { validator.add("lkeQuestionID", "validation.lke_question") }
        try validator.check()
        return (text!, question)
    }
}
