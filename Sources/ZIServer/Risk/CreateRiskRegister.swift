import Fluent

/// Creates the risk register: risks, their control actions and their quarterly monitoring.
struct CreateRiskRegister: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Risk.schema)
            .id()
            .field("unit_id", .uuid, .required, .references(WorkUnit.schema, "id", onDelete: .restrict))
            .field("year", .int, .required)
            .field("objective", .string, .required)
            .field("statement", .string, .required)
            .field("cause", .string, .required)
            .field("effect", .string, .required)
            .field("likelihood", .int, .required)
            .field("impact", .int, .required)
            .field("score", .int, .required)
            .field("existing_controls", .string)
            .field("residual_likelihood", .int)
            .field("residual_impact", .int)
            .field("residual_score", .int)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("deleted_at", .datetime)
            .create()
        try await database.schema(RiskControlAction.schema)
            .id()
            .field("risk_id", .uuid, .required, .references(Risk.schema, "id", onDelete: .cascade))
            .field("description", .string, .required)
            .field("owner_id", .uuid, .references(User.schema, "id", onDelete: .setNull))
            .field("owner_name", .string)
            .field("due_on", .string)
            .field("created_at", .datetime)
            .create()
        try await database.schema(RiskMonitoring.schema)
            .id()
            .field("risk_id", .uuid, .required, .references(Risk.schema, "id", onDelete: .cascade))
            .field("quarter", .int, .required)
            .field("note", .string)
            .field("residual_likelihood", .int, .required)
            .field("residual_impact", .int, .required)
            .field("action_statuses", .string, .required)
            .field("updated_at", .datetime)
            .unique(on: "risk_id", "quarter")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RiskMonitoring.schema).delete()
        try await database.schema(RiskControlAction.schema).delete()
        try await database.schema(Risk.schema).delete()
    }
}
