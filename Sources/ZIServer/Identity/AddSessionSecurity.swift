import Fluent
import SQLKit

/// Session hardening: when a session was last used (for the idle timeout) and whether an
/// account must choose a new password before doing anything else (after an administrator set it).
struct AddSessionSecurity: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds a single column per ALTER TABLE.
        try await database.schema(Session.schema).field("last_seen_at", .datetime).update()
        try await database.schema(User.schema)
            .field("must_change_password", .bool, .required, .sql(.default(false))).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(User.schema).deleteField("must_change_password").update()
        try await database.schema(Session.schema).deleteField("last_seen_at").update()
    }
}
