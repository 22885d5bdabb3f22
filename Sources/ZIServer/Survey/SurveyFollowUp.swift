import Fluent
import Foundation

/// A planned improvement after a survey (rencana tindak lanjut), aimed at one element —
/// usually the lowest — with an owner, a due date and a status; shown on the public page.
final class SurveyFollowUp: Model, @unchecked Sendable {
    static let schema = "survey_follow_ups"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: WorkUnit
    /// The survey period it answers, as shown (`Semester I 2026`).
    @Field(key: "period") var period: String
    /// `SKMElement` raw value.
    @Field(key: "element") var element: String
    @Field(key: "action") var action: String
    @OptionalField(key: "owner") var owner: String?
    /// `YYYY-MM-DD`.
    @OptionalField(key: "due_on") var dueOn: String?
    /// `FollowUpStatus` raw value.
    @Field(key: "status") var status: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// What a unit publishes about its service: the maklumat pelayanan (service pledge) and the
/// standar pelayanan, as plain text with paragraphs.
final class PublicProfile: Model, @unchecked Sendable {
    static let schema = "public_profiles"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: WorkUnit
    @Field(key: "maklumat") var maklumat: String
    @Field(key: "standar") var standar: String
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}

/// Creates the survey follow-up and public profile tables.
struct CreateSurveyFollowUps: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SurveyFollowUp.schema)
            .id()
            .field("unit_id", .uuid, .required, .references(WorkUnit.schema, "id", onDelete: .restrict))
            .field("period", .string, .required)
            .field("element", .string, .required)
            .field("action", .string, .required)
            .field("owner", .string)
            .field("due_on", .string)
            .field("status", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.schema(PublicProfile.schema)
            .id()
            .field("unit_id", .uuid, .required, .references(WorkUnit.schema, "id", onDelete: .restrict))
            .field("maklumat", .string, .required)
            .field("standar", .string, .required)
            .field("updated_at", .datetime)
            .unique(on: "unit_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PublicProfile.schema).delete()
        try await database.schema(SurveyFollowUp.schema).delete()
    }
}
