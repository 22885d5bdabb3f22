import Fluent
import Foundation

/// A PDF a unit publishes next to its texts: the signed maklumat pelayanan or the standar
/// pelayanan (one current file of each kind per unit, kept in the evidence store).
final class PublicDocument: Model, @unchecked Sendable {
    static let schema = "public_documents"

    /// What the document is.
    enum Kind: String, Codable, CaseIterable, Sendable {
        case maklumat, standar

        /// The name the public downloads it under.
        var fileName: String { self == .maklumat ? "maklumat-pelayanan.pdf" : "standar-pelayanan.pdf" }
        /// Where the public reads the signed PDF.
        var sitePath: SitePath { self == .maklumat ? .publicMaklumatPdf : .publicStandarPelayananPdf }
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: WorkUnit
    @Enum(key: "kind") var kind: Kind
    /// SHA-256 of the content (the blob's name in the store).
    @Field(key: "sha256") var sha256: String
    @Field(key: "size") var size: Int64
    /// The file name as uploaded, made safe for display.
    @Field(key: "file_name") var fileName: String
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}

/// The public documents table.
struct CreatePublicDocuments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PublicDocument.schema)
            .id()
            .field("unit_id", .uuid, .required, .references(WorkUnit.schema, "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("sha256", .string, .required)
            .field("size", .int64, .required)
            .field("file_name", .string, .required)
            .field("updated_at", .datetime)
            .unique(on: "unit_id", "kind")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PublicDocument.schema).delete()
    }
}
