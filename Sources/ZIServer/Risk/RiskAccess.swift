import Fluent
import Vapor
import ZICore

/// Finds a risk (or one of its control actions) for a route and checks the requester's
/// permission on the risk's unit; a deleted risk is not found.
enum RiskAccess {
    static func load(_ req: Request, _ permission: Permission = .viewRisks) async throws -> (Risk, WorkUnit) {
        try await req.unitRecord(Risk.self, "riskID", requiring: permission)
    }

    /// The control action named by the route's `actionID`, which must belong to `risk`.
    static func action(_ req: Request, of risk: Risk) async throws -> RiskControlAction {
        guard let id = req.parameters.get("actionID", as: UUID.self),
            let action = try await RiskControlAction.query(on: req.db).filter(\.$id == id).filter(\.$risk.$id == risk.id!).first()
        else { throw AppError.notFound }
        return action
    }

    /// The quarter named by the route's `quarter` (1…4).
    static func quarter(_ req: Request) throws -> Int {
        guard let quarter = req.parameters.get("quarter", as: Int.self), (1...4).contains(quarter) else {
            throw AppError.validation([FieldError(field: "quarter", key: "validation.risk_quarter")])
        }
        return quarter
    }

    /// The risk with its control actions (owners named) and its monitoring.
    static func detail(_ risk: Risk, unit: WorkUnit, matrix: RiskMatrix, on db: any Database) async throws -> RiskDetailDTO {
        let actions = try await RiskControlAction.query(on: db).filter(\.$risk.$id == risk.id!).sort(\.$createdAt).sort(\.$id).all()
        let ownerIDs = Set(actions.compactMap { $0.$owner.id })
        let owners = ownerIDs.isEmpty ? [] : try await User.query(on: db).filter(\.$id ~~ ownerIDs).all()
        let monitorings = try await RiskMonitoring.query(on: db).filter(\.$risk.$id == risk.id!).all()
        return RiskDetailDTO(
            risk, actions: actions, owners: Dictionary(uniqueKeysWithValues: owners.map { ($0.id!, $0.displayName) }),
            monitorings: monitorings, matrix: matrix)
    }
}

extension Risk: UnitRecord { var unitID: UUID { $unit.id } }
