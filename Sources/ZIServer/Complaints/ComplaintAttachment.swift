import Fluent
import Foundation

/// A file sent with a complaint (a photo, a receipt, a letter): checked by content like
/// evidence and kept in the same content-addressed store. Staff of the unit may download it;
/// the public status page never shows it.
final class ComplaintAttachment: Model, @unchecked Sendable {
    static let schema = "complaint_attachments"

    @ID(key: .id) var id: UUID?
    @Parent(key: "complaint_id") var complaint: Complaint
    /// SHA-256 of the content (the blob's name in the store).
    @Field(key: "sha256") var sha256: String
    @Field(key: "size") var size: Int64
    /// `EvidenceFileType` raw value, detected from the content.
    @Field(key: "file_type") var fileType: String
    /// The file name as sent, made safe for display.
    @Field(key: "file_name") var fileName: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// The attachments table.
struct CreateComplaintAttachments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ComplaintAttachment.schema)
            .id()
            .field("complaint_id", .uuid, .required, .references(Complaint.schema, "id", onDelete: .cascade))
            .field("sha256", .string, .required)
            .field("size", .int64, .required)
            .field("file_type", .string, .required)
            .field("file_name", .string, .required)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ComplaintAttachment.schema).delete()
    }
}
