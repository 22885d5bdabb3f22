import Fluent

/// The whistleblowing tables.
struct CreateWhistleblowing: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(WBSReceiptRecipe.schema)
            .field("name", .string, .identifier(auto: false))
            .field("recipe", .data, .required)
            .create()
        try await database.schema(WBSHandlerKeys.schema)
            .id()
            .field("user_id", .uuid, .required, .references(User.schema, "id", onDelete: .cascade))
            .field("public_key", .data, .required)
            .field("password_sealed", .data, .required)
            .field("recovery_sealed", .data, .required)
            .field("totp_secret", .string, .required)
            .field("totp_confirmed", .bool, .required)
            .field("totp_last_step", .int64)
            .field("failures", .int, .required)
            .field("locked_until", .datetime)
            .field("created_on", .string, .required)
            .unique(on: "user_id")
            .create()
        try await database.schema(WBSReport.schema)
            .id()
            .field("unit_id", .uuid, .required, .references(WorkUnit.schema, "id", onDelete: .restrict))
            .field("lookup_id", .string)
            .field("keyring", .data)
            .field("sealed_report", .data)
            .field("status", .string, .required)
            .field("submitted_on", .string, .required)
            .field("status_since", .string, .required)
            .field("closed_on", .string)
            .field("retention_months", .int, .required)
            .field("purge_on", .string)
            .field("purged_on", .string)
            .field("awaiting_handler", .bool, .required)
            .unique(on: "lookup_id")
            .create()
        try await database.schema(WBSEntry.schema)
            .id()
            .field("report_id", .uuid, .required, .references(WBSReport.schema, "id", onDelete: .cascade))
            .field("sequence", .int, .required)
            .field("kind", .string, .required)
            .field("author_id", .uuid, .references(User.schema, "id", onDelete: .setNull))
            .field("sealed", .data)
            .field("from_status", .string)
            .field("to_status", .string)
            .field("created_on", .string, .required)
            .unique(on: "report_id", "sequence")
            .create()
        try await database.schema(WBSAttachment.schema)
            .id()
            .field("report_id", .uuid, .required, .references(WBSReport.schema, "id", onDelete: .cascade))
            .field("entry_id", .uuid)
            .field("blob_hash", .string, .required)
            .field("size", .int64, .required)
            .field("sealed_description", .data, .required)
            .field("created_on", .string, .required)
            .create()
        try await database.schema(WBSReportHandler.schema)
            .id()
            .field("report_id", .uuid, .required, .references(WBSReport.schema, "id", onDelete: .cascade))
            .field("user_id", .uuid, .required, .references(User.schema, "id", onDelete: .cascade))
            .field("added_on", .string, .required)
            .unique(on: "report_id", "user_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        for schema in [
            WBSReportHandler.schema, WBSAttachment.schema, WBSEntry.schema, WBSReport.schema, WBSHandlerKeys.schema,
            WBSReceiptRecipe.schema,
        ] {
            try await database.schema(schema).delete()
        }
    }
}
