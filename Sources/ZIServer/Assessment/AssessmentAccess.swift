import Fluent
import Vapor
import ZICore

/// Finds an assessment and its unit, and checks what the requester may do with it.
enum AssessmentAccess {
    /// An assessment and its unit, after checking `permission` on the unit (404/403 otherwise).
    static func load(_ req: Request, _ permission: Permission = .viewAssessment) async throws -> (Assessment, WorkUnit) {
        try await req.unitRecord(Assessment.self, "assessmentID", requiring: permission)
    }

    /// Checks that the requester may change every question of `update` (an area coordinator
    /// only in their area).
    static func requireQuestions(
        _ update: AnswerUpdate, _ permission: Permission, unit: WorkUnit,
        catalog: LKECatalog.Entry, req: Request
    ) async throws {
        for id in update.questionIDs {
            try await req.require(permission, on: unit.accessTarget.narrowed(toArea: catalog.areaOf[id]))
        }
    }
}

extension Assessment: UnitRecord { var unitID: UUID { $unit.id } }
