import Fluent
import Foundation

/// A read-only share of the evidence linked to one question of an assessment, for evaluators
/// outside SIZI (PortalRB's `bukti_dukung_unit`): opened by a signed link, without an account,
/// until it expires or the unit revokes it.
final class EvidenceShare: Model, @unchecked Sendable {
    static let schema = "evidence_shares"

    @ID(key: .id) var id: UUID?
    @Parent(key: "assessment_id") var assessment: Assessment
    @Field(key: "question_id") var questionID: String
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "revoked_at") var revokedAt: Date?
    @OptionalField(key: "revoked_by") var revokedBy: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// One opening of a share: its page, or one file of it.
final class EvidenceShareAccess: Model, @unchecked Sendable {
    static let schema = "evidence_share_accesses"

    @ID(key: .id) var id: UUID?
    @Parent(key: "share_id") var share: EvidenceShare
    @Field(key: "at") var at: Date
    /// The file downloaded; absent for the page.
    @OptionalField(key: "evidence_id") var evidenceID: UUID?
    @Field(key: "client") var client: String

    init() {}
}

/// Creates the share tables.
struct CreateEvidenceShares: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(EvidenceShare.schema)
            .id()
            .field("assessment_id", .uuid, .required, .references(Assessment.schema, "id", onDelete: .cascade))
            .field("question_id", .string, .required)
            .field("expires_at", .datetime, .required)
            .field("revoked_at", .datetime)
            .field("revoked_by", .string)
            .field("created_at", .datetime)
            .unique(on: "assessment_id", "question_id")
            .create()
        try await database.schema(EvidenceShareAccess.schema)
            .id()
            .field("share_id", .uuid, .required, .references(EvidenceShare.schema, "id", onDelete: .cascade))
            .field("at", .datetime, .required)
            .field("evidence_id", .uuid)
            .field("client", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(EvidenceShareAccess.schema).delete()
        try await database.schema(EvidenceShare.schema).delete()
    }
}

extension EvidenceShare {
    /// Fluent's properties listed by hand: Fluent otherwise finds them by reflection on every row
    /// it reads or writes (``ModelPropertyListTests`` checks the list against reflection).
    var properties: [any AnyProperty] {
        [$id, $assessment, $questionID, $expiresAt, $revokedAt, $revokedBy, $createdAt]
    }
}
