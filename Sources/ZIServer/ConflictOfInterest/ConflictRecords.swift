import ZICore
import Fluent
import Foundation

/// A row of the unit's conflict-of-interest matrix for a year: where in a main function a
/// conflict may arise, of which type, the control and who owns it.
final class ConflictRisk: Model, @unchecked Sendable {
    static let schema = "conflict_risks"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: WorkUnit
    @Field(key: "year") var year: Int
    @Field(key: "function") var function: String
    @Field(key: "potential") var potential: String
    /// `ConflictType` raw value.
    @Field(key: "type") var type: String
    @Field(key: "control") var control: String
    @Field(key: "owner") var owner: String

    init() {}
}

/// An employee's signed declaration of a year: whether they have a conflict of interest (e.g.
/// family relations with service users or vendors) and what it is.
final class ConflictDeclaration: Model, @unchecked Sendable {
    static let schema = "conflict_declarations"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: WorkUnit
    @Parent(key: "employee_id") var employee: Employee
    @Field(key: "year") var year: Int
    @Field(key: "declared_on") var declaredOn: String
    @Field(key: "has_conflict") var hasConflict: Bool
    @OptionalField(key: "statement") var statement: String?

    init() {}
}

/// A conflict of interest that arose, and how it was handled.
final class ConflictCase: Model, @unchecked Sendable {
    static let schema = "conflict_cases"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: WorkUnit
    @Field(key: "year") var year: Int
    @Field(key: "reported_on") var reportedOn: String
    @Field(key: "description") var description: String
    @OptionalField(key: "handling") var handling: String?
    /// `FollowUpStatus` raw value (terbuka, dalam proses, selesai, dibatalkan).
    @Field(key: "status") var status: String

    init() {}
}

/// The semester monitoring of conflict-of-interest control: what was found and what follows.
final class ConflictMonitoring: Model, @unchecked Sendable {
    static let schema = "conflict_monitorings"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: WorkUnit
    /// A semester key, `2026-S1`.
    @Field(key: "period") var period: String
    @Field(key: "findings") var findings: String
    @Field(key: "follow_up") var followUp: String
    @Field(key: "status") var status: String

    init() {}
}

/// The conflict-of-interest tables.
struct CreateConflictOfInterest: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ConflictRisk.schema).id()
            .field("unit_id", .uuid, .required, .references(WorkUnit.schema, "id", onDelete: .restrict))
            .field("year", .int, .required).field("function", .string, .required).field("potential", .string, .required)
            .field("type", .string, .required).field("control", .string, .required).field("owner", .string, .required).create()
        try await database.schema(ConflictDeclaration.schema).id()
            .field("unit_id", .uuid, .required, .references(WorkUnit.schema, "id", onDelete: .restrict))
            .field("employee_id", .uuid, .required, .references(Employee.schema, "id", onDelete: .cascade))
            .field("year", .int, .required).field("declared_on", .string, .required).field("has_conflict", .bool, .required)
            .field("statement", .string).unique(on: "employee_id", "year").create()
        try await database.schema(ConflictCase.schema).id()
            .field("unit_id", .uuid, .required, .references(WorkUnit.schema, "id", onDelete: .restrict))
            .field("year", .int, .required).field("reported_on", .string, .required).field("description", .string, .required)
            .field("handling", .string).field("status", .string, .required).create()
        try await database.schema(ConflictMonitoring.schema).id()
            .field("unit_id", .uuid, .required, .references(WorkUnit.schema, "id", onDelete: .restrict))
            .field("period", .string, .required).field("findings", .string, .required).field("follow_up", .string, .required)
            .field("status", .string, .required).create()
    }

    func revert(on database: any Database) async throws {
        for schema in [ConflictMonitoring.schema, ConflictCase.schema, ConflictDeclaration.schema, ConflictRisk.schema] {
            try await database.schema(schema).delete()
        }
    }
}

/// The kinds of conflict of interest a matrix row names.
enum ConflictType: String, CaseIterable, Codable, Sendable, Labelled {
    case keluarga, bisnis, rangkapJabatan = "rangkap-jabatan", hadiah, afiliasi, lainnya

    static let labelGroup = "conflict_type"
}
