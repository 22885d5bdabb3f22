import Fluent
import Foundation

/// A bearer token PortalRB uses to fetch an agency's proposals and LKE answers: stored as its
/// SHA-256 only, scoped to one agency and to the read-only `/portalrb/…` endpoints, with an
/// expiry and revocation.
final class PortalRBToken: Model, @unchecked Sendable {
    static let schema = "portalrb_tokens"

    @ID(key: .id) var id: UUID?
    @Parent(key: "instansi_id") var instansi: Instansi
    @Field(key: "name") var name: String
    @Field(key: "token_hash") var tokenHash: String
    /// The first characters of the token, to recognise it in the list.
    @Field(key: "prefix") var prefix: String
    @Field(key: "created_by") var createdBy: String
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "revoked_at") var revokedAt: Date?
    @OptionalField(key: "revoked_by") var revokedBy: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// One call PortalRB made with a token: when, which endpoint, which unit, and the answer's status.
final class PortalRBCall: Model, @unchecked Sendable {
    static let schema = "portalrb_calls"

    @ID(key: .id) var id: UUID?
    @Parent(key: "token_id") var token: PortalRBToken
    @Field(key: "instansi_id") var instansiID: UUID
    @Field(key: "at") var at: Date
    @Field(key: "endpoint") var endpoint: String
    @OptionalField(key: "unit_ref") var unitRef: String?
    @Field(key: "status") var status: Int
    /// The caller's address as SIZI sees it (behind a trusted proxy, the forwarded one).
    @Field(key: "client") var client: String

    init() {}
}

/// Creates the PortalRB tables.
struct CreatePortalRB: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PortalRBToken.schema)
            .id()
            .field("instansi_id", .uuid, .required, .references(Instansi.schema, "id", onDelete: .restrict))
            .field("name", .string, .required)
            .field("token_hash", .string, .required)
            .field("prefix", .string, .required)
            .field("created_by", .string, .required)
            .field("expires_at", .datetime, .required)
            .field("revoked_at", .datetime)
            .field("revoked_by", .string)
            .field("created_at", .datetime)
            .unique(on: "token_hash")
            .create()
        try await database.schema(PortalRBCall.schema)
            .id()
            .field("token_id", .uuid, .required, .references(PortalRBToken.schema, "id", onDelete: .cascade))
            .field("instansi_id", .uuid, .required)
            .field("at", .datetime, .required)
            .field("endpoint", .string, .required)
            .field("unit_ref", .string)
            .field("status", .int, .required)
            .field("client", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(PortalRBCall.schema).delete()
        try await database.schema(PortalRBToken.schema).delete()
    }
}

extension PortalRBToken {
    /// Fluent's properties listed by hand: Fluent otherwise finds them by reflection on every row
    /// it reads or writes (``ModelPropertyListTests`` checks the list against reflection).
    var properties: [any AnyProperty] {
        [$id, $instansi, $name, $tokenHash, $prefix, $createdBy, $expiresAt, $revokedAt, $revokedBy, $createdAt]
    }
}

extension PortalRBCall {
    /// Fluent's properties listed by hand: Fluent otherwise finds them by reflection on every row
    /// it reads or writes (``ModelPropertyListTests`` checks the list against reflection).
    var properties: [any AnyProperty] {
        [$id, $token, $instansiID, $at, $endpoint, $unitRef, $status, $client]
    }
}
