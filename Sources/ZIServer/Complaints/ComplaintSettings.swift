import Fluent
import Foundation
import ZICore

/// A unit's own rules for complaints: the working days each open stage may take, and whether
/// the public form requires a contact. A unit without a row uses
/// ``ComplaintDeadlines/standard`` and an optional contact (see ``ComplaintRules``).
final class ComplaintSettings: Model, @unchecked Sendable {
    static let schema = "complaint_settings"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: WorkUnit
    @Field(key: "verify_days") var verifyDays: Int
    @Field(key: "assign_days") var assignDays: Int
    @Field(key: "start_days") var startDays: Int
    @Field(key: "finish_days") var finishDays: Int
    @Field(key: "require_contact") var requireContact: Bool
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}

/// The settings table (one row per unit at most).
struct CreateComplaintSettings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ComplaintSettings.schema)
            .id()
            .field("unit_id", .uuid, .required, .references(WorkUnit.schema, "id", onDelete: .cascade))
            .field("verify_days", .int, .required)
            .field("assign_days", .int, .required)
            .field("start_days", .int, .required)
            .field("finish_days", .int, .required)
            .field("require_contact", .bool, .required)
            .field("updated_at", .datetime)
            .unique(on: "unit_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ComplaintSettings.schema).delete()
    }
}
