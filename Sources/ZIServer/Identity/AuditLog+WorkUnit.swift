import Fluent
import Foundation

extension AuditLog {
    /// Records a change to an entity of `unit` (its agency and unit fill the entry's scope).
    static func record(
        _ entity: String, id: UUID?, action: String, unit: WorkUnit, after: [String: String],
        by actor: AuditActor, on db: any Database
    ) async throws {
        try await record(
            AuditChange(
                entity: entity, entityID: id?.uuidString, action: action, instansiID: unit.$instansi.id,
                unitID: unit.id, after: after),
            by: actor, on: db)
    }
}
