import Fluent

/// Creates the agency, unit and programme tables.
struct CreateOrganization: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Instansi.schema)
            .id()
            .field("name", .string, .required)
            .field("code", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "code")
            .create()
        try await database.schema(WorkUnit.schema)
            .id()
            .field("instansi_id", .uuid, .required, .references(Instansi.schema, "id", onDelete: .restrict))
            .field("parent_id", .uuid, .references(WorkUnit.schema, "id", onDelete: .restrict))
            .field("path", .string, .required)
            .field("name", .string, .required)
            .field("code", .string, .required)
            .field("address", .string)
            .field("head_name", .string)
            .field("head_nip", .string)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "instansi_id", "code")
            .create()
        try await database.schema(UnitProgramme.schema)
            .id()
            .field("unit_id", .uuid, .required, .references(WorkUnit.schema, "id", onDelete: .restrict))
            .field("year", .int, .required)
            .field("target", .string, .required)
            .field("pencanangan_date", .string)
            .field("status", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "unit_id", "year")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(UnitProgramme.schema).delete()
        try await database.schema(WorkUnit.schema).delete()
        try await database.schema(Instansi.schema).delete()
    }
}

/// Creates accounts, role assignments and sessions.
struct CreateAccounts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(User.schema)
            .id()
            .field("username", .string, .required)
            .field("display_name", .string, .required)
            .field("email", .string)
            .field("password_hash", .string, .required)
            .field("is_active", .bool, .required)
            .field("failed_logins", .int, .required)
            .field("locked_until", .datetime)
            .field("instansi_id", .uuid, .references(Instansi.schema, "id", onDelete: .restrict))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "username")
            .create()
        try await database.schema(RoleAssignment.schema)
            .id()
            .field("user_id", .uuid, .required, .references(User.schema, "id", onDelete: .cascade))
            .field("role", .string, .required)
            .field("instansi_id", .uuid, .references(Instansi.schema, "id", onDelete: .restrict))
            .field("unit_id", .uuid, .references(WorkUnit.schema, "id", onDelete: .restrict))
            .field("area", .int)
            .field("created_at", .datetime)
            .create()
        try await database.schema(Session.schema)
            .id()
            .field("token_hash", .string, .required)
            .field("user_id", .uuid, .required, .references(User.schema, "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("csrf_token", .string, .required)
            .field("expires_at", .datetime, .required)
            .field("created_at", .datetime)
            .unique(on: "token_hash")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Session.schema).delete()
        try await database.schema(RoleAssignment.schema).delete()
        try await database.schema(User.schema).delete()
    }
}
