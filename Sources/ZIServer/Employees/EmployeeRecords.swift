import Fluent
import Foundation

/// An employee (pegawai) of a unit as the personnel system (SIMPEG/SIASN) knows them: the
/// registers the LKE counts (pakta integritas, LHKPN/LHKASN, discipline, agents of change)
/// refer to employees, who need not have a SIZI account; a user may be linked to one.
final class Employee: Model, @unchecked Sendable {
    static let schema = "employees"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: WorkUnit
    /// The 18-digit NIP, digits only; unique in the installation.
    @Field(key: "nip") var nip: String
    @Field(key: "name") var name: String
    @OptionalField(key: "position") var position: String?
    /// Eselon as written by the personnel system (`III.a`, `IV.b`, `Non Eselon`).
    @OptionalField(key: "echelon") var echelon: String?
    /// Golongan/ruang (`III/c`).
    @OptionalField(key: "grade") var grade: String?
    /// Must file an LHKPN (to KPK) rather than an LHKASN.
    @Field(key: "lhkpn_obliged") var lhkpnObliged: Bool
    @Field(key: "is_active") var isActive: Bool
    @OptionalParent(key: "user_id") var user: User?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}

extension Employee {
    /// Fluent's properties listed by hand: Fluent otherwise finds them by reflection on every row
    /// it reads or writes (``ModelPropertyListTests`` checks the list against reflection).
    var properties: [any AnyProperty] {
        [$id, $unit, $nip, $name, $position, $echelon, $grade, $lhkpnObliged, $isActive, $user, $createdAt, $updatedAt]
    }
}

/// A personnel file uploaded for a dry run, kept until it is applied or replaced (one per unit).
final class EmployeeUpload: Model, @unchecked Sendable {
    static let schema = "employee_uploads"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: WorkUnit
    @Field(key: "file_name") var fileName: String
    @Field(key: "content") var content: Data
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// The employee register and its uploads.
struct CreateEmployees: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Employee.schema)
            .id()
            .field("unit_id", .uuid, .required, .references(WorkUnit.schema, "id", onDelete: .restrict))
            .field("nip", .string, .required)
            .field("name", .string, .required)
            .field("position", .string)
            .field("echelon", .string)
            .field("grade", .string)
            .field("lhkpn_obliged", .bool, .required)
            .field("is_active", .bool, .required)
            .field("user_id", .uuid, .references(User.schema, "id", onDelete: .setNull))
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "nip")
            .create()
        try await database.schema(EmployeeUpload.schema)
            .id()
            .field("unit_id", .uuid, .required, .references(WorkUnit.schema, "id", onDelete: .cascade))
            .field("file_name", .string, .required)
            .field("content", .data, .required)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        for schema in [EmployeeUpload.schema, Employee.schema] { try await database.schema(schema).delete() }
    }
}
