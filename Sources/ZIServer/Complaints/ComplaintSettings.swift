import Fluent
import Foundation
import ZICore

/// A unit's own rules for complaints: its time limits in working days (see
/// ``ComplaintDeadlines``) and whether the public form requires a contact. A unit without a
/// row uses ``ComplaintDeadlines/standard`` and an optional contact (see ``ComplaintRules``).
final class ComplaintSettings: Model, @unchecked Sendable {
    static let schema = "complaint_settings"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: WorkUnit
    @Field(key: "verify_days") var verifyDays: Int
    @Field(key: "follow_up_days") var followUpDays: Int
    @Field(key: "investigation_days") var investigationDays: Int
    @Field(key: "reporter_silence_days") var reporterSilenceDays: Int
    @Field(key: "require_contact") var requireContact: Bool
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}

/// The settings table (one row per unit at most), as first made: its stage columns became
/// two limits in ``AlignComplaintsWithLapor``.
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
