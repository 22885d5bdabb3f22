import Fluent
import Vapor
import ZICore

/// Finds an assessment and its unit, and checks what the requester may do with it.
enum AssessmentAccess {
    /// An assessment and its unit, after checking `permission` on the unit (404/403 otherwise).
    static func load(_ req: Request, _ permission: Permission = .viewAssessment) async throws -> (Assessment, WorkUnit) {
        guard let id = req.parameters.get("assessmentID", as: UUID.self),
              let assessment = try await Assessment.find(id, on: req.db) else { throw AppError.notFound }
        let unit = try await UnitVisibility.unit(assessment.$unit.id, on: req.db)
        try await req.require(permission, on: unit.accessTarget)
        return (assessment, unit)
    }

    /// Checks that the requester may change every question of `update` (an area coordinator
    /// only in their area).
    static func requireQuestions(_ update: AnswerUpdate, _ permission: Permission, unit: WorkUnit,
                                 catalog: LKECatalog.Entry, req: Request) async throws {
        for id in update.questionIDs {
            try await req.require(permission, on: unit.accessTarget.narrowed(toArea: catalog.areaOf[id]))
        }
    }
}
