import ZIDocuments
import Fluent
import Foundation
import Vapor

/// A file sent with a record (a complaint, a gratification report): checked by content like
/// evidence and kept in the same content-addressed store, read only through its record's
/// access rules.
final class Attachment: Model, @unchecked Sendable {
    static let schema = "attachments"

    /// What kind of record a file belongs to.
    enum Owner: String, Codable, Sendable {
        case complaint
        case gratification
    }

    @ID(key: .id) var id: UUID?
    @Enum(key: "owner") var owner: Owner
    @Field(key: "owner_id") var ownerID: UUID
    /// SHA-256 of the content (the blob's name in the store).
    @Field(key: "sha256") var sha256: String
    @Field(key: "size") var size: Int64
    /// `EvidenceFileType` raw value, detected from the content.
    @Field(key: "file_type") var fileType: String
    /// The file name as sent, made safe for display.
    @Field(key: "file_name") var fileName: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}

    /// Records stored files as attachments of a record.
    static func add(_ files: [StoredFile], to owner: Owner, id: UUID, on db: any Database) async throws {
        for file in files {
            let attachment = Attachment()
            attachment.owner = owner
            attachment.ownerID = id
            attachment.sha256 = file.sha256
            attachment.size = file.size
            attachment.fileType = file.type.rawValue
            attachment.fileName = file.fileName
            try await attachment.create(on: db)
        }
    }

    /// The attachments of a record, oldest first.
    static func of(_ owner: Owner, id: UUID, on db: any Database) async throws -> [Attachment] {
        try await Attachment.query(on: db).filter(\.$owner == owner).filter(\.$ownerID == id).sort(\.$createdAt).all()
    }

    /// The attachment `:attachmentID` of a record, streamed (the caller has checked access to the record).
    static func download(_ owner: Owner, id: UUID, req: Request) async throws -> Response {
        guard let attachmentID = req.parameters.get("attachmentID", as: UUID.self),
            let attachment = try await Attachment.query(on: req.db).filter(\.$id == attachmentID).filter(\.$owner == owner)
                .filter(\.$ownerID == id).first()
        else { throw AppError.notFound }
        return try await StoredFileDownload.response(
            sha256: attachment.sha256, size: attachment.size, fileType: attachment.fileType,
            fileName: attachment.fileName, req: req)
    }
}

/// An attachment as a record's detail lists it.
struct AttachmentDTO: Content {
    let id: UUID
    let fileName: String
    let fileType: String
    let size: Int64
    let sizeText: String
    let sha256: String

    init(_ attachment: Attachment) {
        id = attachment.id!
        fileName = attachment.fileName
        fileType = attachment.fileType
        size = attachment.size
        sizeText = EvidenceFileSize.text(attachment.size)
        sha256 = attachment.sha256
    }
}

/// The attachments table.
struct CreateAttachments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Attachment.schema)
            .id()
            .field("owner", .string, .required)
            .field("owner_id", .uuid, .required)
            .field("sha256", .string, .required)
            .field("size", .int64, .required)
            .field("file_type", .string, .required)
            .field("file_name", .string, .required)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Attachment.schema).delete()
    }
}
