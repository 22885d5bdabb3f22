import Fluent
import Foundation

/// A piece of evidence (data dukung) of a unit: what it is and its versions. Deleting it is
/// soft (`deleted_at`) and audited; its files stay, content-addressed, for the versions that
/// refer to them.
final class Evidence: Model, @unchecked Sendable {
    static let schema = "evidence"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: WorkUnit
    @Field(key: "title") var title: String
    @OptionalField(key: "description") var description: String?
    /// `EvidenceKind` raw value.
    @Field(key: "kind") var kind: String
    /// The document's own number (e.g. an SK number).
    @OptionalField(key: "document_number") var documentNumber: String?
    /// The document's date, `YYYY-MM-DD`.
    @OptionalField(key: "document_date") var documentDate: String?
    /// Tags, normalised to lower case, separated by `,`.
    @Field(key: "tags") var tags: String
    /// The number of the newest version.
    @Field(key: "current_version") var currentVersion: Int
    @Field(key: "created_by") var createdBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Timestamp(key: "deleted_at", on: .delete) var deletedAt: Date?

    init() {}
}

/// One version of a piece of evidence: which stored content, its checked type and the name
/// it was uploaded with.
final class EvidenceVersion: Model, @unchecked Sendable {
    static let schema = "evidence_versions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "evidence_id") var evidence: Evidence
    @Field(key: "number") var number: Int
    /// SHA-256 of the content (the blob's name in the store).
    @Field(key: "sha256") var sha256: String
    @Field(key: "size") var size: Int64
    /// `EvidenceFileType` raw value, detected from the content.
    @Field(key: "file_type") var fileType: String
    /// The file name as uploaded, made safe for display.
    @Field(key: "file_name") var fileName: String
    @Field(key: "uploaded_by") var uploadedBy: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// Evidence tied to what it proves: an LKE question of an assessment, or a plan action; with
/// the TPI's current verdict.
final class EvidenceLink: Model, @unchecked Sendable {
    static let schema = "evidence_links"

    @ID(key: .id) var id: UUID?
    @Parent(key: "evidence_id") var evidence: Evidence
    @OptionalParent(key: "assessment_id") var assessment: Assessment?
    @OptionalField(key: "question_id") var questionID: String?
    @OptionalParent(key: "action_id") var action: WorkPlanAction?
    /// `EvidenceReviewStatus` raw value.
    @Field(key: "review_status") var reviewStatus: String
    @OptionalField(key: "review_note") var reviewNote: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// One verdict of the TPI on a link, kept as history.
final class EvidenceReview: Model, @unchecked Sendable {
    static let schema = "evidence_reviews"

    @ID(key: .id) var id: UUID?
    @Parent(key: "link_id") var link: EvidenceLink
    /// The version the verdict was given on.
    @Field(key: "version") var version: Int
    @Field(key: "status") var status: String
    @OptionalField(key: "note") var note: String?
    @Field(key: "reviewer") var reviewer: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// Creates the evidence tables.
struct CreateEvidence: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Evidence.schema)
            .id()
            .field("unit_id", .uuid, .required, .references(WorkUnit.schema, "id", onDelete: .restrict))
            .field("title", .string, .required)
            .field("description", .string)
            .field("kind", .string, .required)
            .field("document_number", .string)
            .field("document_date", .string)
            .field("tags", .string, .required)
            .field("current_version", .int, .required)
            .field("created_by", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("deleted_at", .datetime)
            .create()
        try await database.schema(EvidenceVersion.schema)
            .id()
            .field("evidence_id", .uuid, .required, .references(Evidence.schema, "id", onDelete: .cascade))
            .field("number", .int, .required)
            .field("sha256", .string, .required)
            .field("size", .int64, .required)
            .field("file_type", .string, .required)
            .field("file_name", .string, .required)
            .field("uploaded_by", .string, .required)
            .field("created_at", .datetime)
            .unique(on: "evidence_id", "number")
            .create()
        try await database.schema(EvidenceLink.schema)
            .id()
            .field("evidence_id", .uuid, .required, .references(Evidence.schema, "id", onDelete: .cascade))
            .field("assessment_id", .uuid, .references(Assessment.schema, "id", onDelete: .cascade))
            .field("question_id", .string)
            .field("action_id", .uuid, .references(WorkPlanAction.schema, "id", onDelete: .cascade))
            .field("review_status", .string, .required)
            .field("review_note", .string)
            .field("created_at", .datetime)
            .create()
        try await database.schema(EvidenceReview.schema)
            .id()
            .field("link_id", .uuid, .required, .references(EvidenceLink.schema, "id", onDelete: .cascade))
            .field("version", .int, .required)
            .field("status", .string, .required)
            .field("note", .string)
            .field("reviewer", .string, .required)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        for schema in [EvidenceReview.schema, EvidenceLink.schema, EvidenceVersion.schema, Evidence.schema] {
            try await database.schema(schema).delete()
        }
    }
}

extension EvidenceLink {
    /// Fluent's properties listed by hand: Fluent otherwise finds them by reflection on every row
    /// it reads or writes (``ModelPropertyListTests`` checks the list against reflection).
    var properties: [any AnyProperty] {
        [$id, $evidence, $assessment, $questionID, $action, $reviewStatus, $reviewNote, $createdAt]
    }
}
