import Fluent

/// Creates the append-only audit table; `seq` and `hash` are unique so a chain cannot fork.
struct CreateAuditTrail: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AuditEntry.schema)
            .id()
            .field("seq", .int, .required)
            .field("at_ms", .int64, .required)
            .field("actor_id", .uuid)
            .field("actor_name", .string, .required)
            .field("instansi_id", .uuid)
            .field("unit_id", .uuid)
            .field("entity", .string, .required)
            .field("entity_id", .string)
            .field("action", .string, .required)
            .field("before_json", .string)
            .field("after_json", .string)
            .field("prev_hash", .string, .required)
            .field("hash", .string, .required)
            .unique(on: "seq")
            .unique(on: "hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AuditEntry.schema).delete()
    }
}
