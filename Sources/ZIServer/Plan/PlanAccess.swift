import Fluent
import Vapor
import ZICore

/// Finds a plan (and the parts of it a route names) and checks what the requester may do.
enum PlanAccess {
    /// The plan named by the route's `planID` and its unit, after checking `permission` (404/403 otherwise).
    static func load(_ req: Request, _ permission: Permission = .viewPlan) async throws -> (WorkPlan, WorkUnit) {
        try await req.unitRecord(WorkPlan.self, "planID", requiring: permission)
    }

    /// Checks that the requester may edit the content of `area`: a standard area with
    /// ``Permission/editPlanActions`` (a coordinator only their own), an area the unit added
    /// with ``Permission/managePlan``.
    static func requireEdit(_ area: WorkPlanArea, unit: WorkUnit, req: Request) async throws {
        if let number = area.standardNumber {
            try await req.require(.editPlanActions, on: unit.accessTarget.narrowed(toArea: number))
        } else {
            try await req.require(.managePlan, on: unit.accessTarget)
        }
    }

    /// Whether the requester may edit the content of `area` (for showing the forms).
    static func mayEdit(_ area: WorkPlanArea, unit: WorkUnit, req: Request) async throws -> Bool {
        if let number = area.standardNumber {
            return try await req.may(.editPlanActions, on: unit.accessTarget.narrowed(toArea: number))
        }
        return try await req.may(.managePlan, on: unit.accessTarget)
    }

    /// A part of `plan` by the id in route parameter `name` (404 when absent or in another plan).
    static func part<M: PlanPart>(_ type: M.Type, _ name: String, of plan: WorkPlan, req: Request) async throws -> M {
        guard let id = req.parameters.get(name, as: UUID.self), let part = try await M.find(id, on: req.db),
            part.planID == plan.id
        else { throw AppError.notFound }
        return part
    }

    /// The indicator named by the route, after checking the requester may edit its area.
    static func editableIndicator(_ req: Request) async throws -> (WorkPlan, WorkUnit, WorkPlanIndicator) {
        let (plan, unit) = try await load(req)
        let indicator = try await part(WorkPlanIndicator.self, "indicatorID", of: plan, req: req)
        try await requireEdit(try await indicator.$area.get(on: req.db), unit: unit, req: req)
        return (plan, unit, indicator)
    }

    /// The action named by the route, after checking the requester may edit its area.
    static func editableAction(_ req: Request) async throws -> (WorkPlan, WorkUnit, WorkPlanAction) {
        let (plan, unit) = try await load(req)
        let action = try await part(WorkPlanAction.self, "actionID", of: plan, req: req)
        let indicator = try await action.$indicator.get(on: req.db)
        try await requireEdit(try await indicator.$area.get(on: req.db), unit: unit, req: req)
        return (plan, unit, action)
    }

    /// The action fields of the request body, checked.
    static func checkedAction(_ req: Request, unit: WorkUnit) async throws -> PlanActionInput.Checked {
        let eligible = try await PeoplePicker.ids(of: unit, on: req.db)
        return try req.content.decode(PlanActionInput.self).checked(eligiblePIC: eligible)
    }
}

/// A record that belongs to one plan (found by id in a route, then checked to be in that plan).
protocol PlanPart: Model where IDValue == UUID {
    /// The id of the plan the record belongs to.
    var planID: UUID { get }
}

extension WorkPlanArea: PlanPart { var planID: UUID { $plan.id } }
extension WorkPlanIndicator: PlanPart { var planID: UUID { $plan.id } }
extension WorkPlanAction: PlanPart { var planID: UUID { $plan.id } }
extension MonevMeeting: PlanPart { var planID: UUID { $plan.id } }
extension MonevFinding: PlanPart { var planID: UUID { $plan.id } }
extension WorkPlanUpload: PlanPart { var planID: UUID { $plan.id } }

extension WorkPlan: UnitRecord { var unitID: UUID { $unit.id } }
