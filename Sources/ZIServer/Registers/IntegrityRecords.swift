import Fluent
import Foundation

/// An employee's signed pakta integritas of a year: signed in SIZI, or a signed scan recorded.
final class IntegrityPact: Model, @unchecked Sendable {
    static let schema = "integrity_pacts"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: WorkUnit
    @Parent(key: "employee_id") var employee: Employee
    @Field(key: "year") var year: Int
    /// `YYYY-MM-DD`.
    @Field(key: "signed_on") var signedOn: String
    /// How it was signed (`Ditandatangani di SIZI`, `Pindaian dokumen bertanda tangan`).
    @Field(key: "method") var method: String
    @Field(key: "recorded_by") var recordedBy: String

    init() {}
}

/// Who must file an asset report (LHKPN to KPK, or LHKASN) in a year, in which LKE group, and
/// when they filed.
final class AssetReport: Model, @unchecked Sendable {
    static let schema = "asset_reports"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: WorkUnit
    @Parent(key: "employee_id") var employee: Employee
    @Field(key: "year") var year: Int
    /// `AssetReportGroup` raw value (`lhkpn-kepala`, `lhkpn-pejabat`, `lhkpn-lainnya`,
    /// `lhkasn-administrator`, `lhkasn-pengawas`, `lhkasn-pelaksana`).
    @Field(key: "group") var group: String
    /// `YYYY-MM-DD`; nil while not filed.
    @OptionalField(key: "filed_on") var filedOn: String?
    /// `AssetReportKind` raw value; nil (recorded before kinds were kept) is the periodic report.
    @OptionalField(key: "kind") var kind: String?
    /// `YYYY-MM-DD` of the appointment or leaving the report is due after; nil for the periodic report.
    @OptionalField(key: "event_on") var eventOn: String?

    init() {}
}

/// A disciplinary violation by an employee of the unit, in the year it happened.
final class DisciplineCase: Model, @unchecked Sendable {
    static let schema = "discipline_cases"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: WorkUnit
    @OptionalParent(key: "employee_id") var employee: Employee?
    @Field(key: "year") var year: Int
    /// `YYYY-MM-DD`.
    @Field(key: "occurred_on") var occurredOn: String
    @Field(key: "description") var description: String
    /// The sanction given, if any (hukuman disiplin).
    @OptionalField(key: "sanction") var sanction: String?

    init() {}
}

/// An agent of change (agen perubahan) appointed for a year, with the decree and work plan.
final class ChangeAgent: Model, @unchecked Sendable {
    static let schema = "change_agents"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: WorkUnit
    @Parent(key: "employee_id") var employee: Employee
    @Field(key: "year") var year: Int
    /// The appointment decree (SK) number and date.
    @Field(key: "decree_number") var decreeNumber: String
    @Field(key: "decree_date") var decreeDate: String
    @OptionalField(key: "work_plan") var workPlan: String?

    init() {}
}

/// A concrete change an agent of change made, and whether it was built into the management system.
final class AgentChange: Model, @unchecked Sendable {
    static let schema = "agent_changes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "agent_id") var agent: ChangeAgent
    @Field(key: "title") var title: String
    @OptionalField(key: "description") var description: String?
    /// `YYYY-MM-DD`.
    @Field(key: "made_on") var madeOn: String
    @Field(key: "is_integrated") var isIntegrated: Bool

    init() {}
}

/// A service (of the unit's service list) made easier in a year, and how.
final class ServiceSimplification: Model, @unchecked Sendable {
    static let schema = "service_simplifications"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: WorkUnit
    @Parent(key: "service_id") var service: SurveyService
    @Field(key: "year") var year: Int
    /// `ServiceSimplificationKind` raw value.
    @Field(key: "kind") var kind: String
    @Field(key: "description") var description: String

    init() {}
}

/// A service innovation of the unit (inovasi pelayanan), launched in a year.
final class ServiceInnovation: Model, @unchecked Sendable {
    static let schema = "service_innovations"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: WorkUnit
    @Field(key: "year") var year: Int
    @Field(key: "title") var title: String
    @Field(key: "description") var description: String
    /// `YYYY-MM-DD`.
    @Field(key: "launched_on") var launchedOn: String

    init() {}
}

/// The integrity registers' tables.
struct CreateIntegrityRegisters: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(IntegrityPact.schema).id()
            .field("unit_id", .uuid, .required, .references(WorkUnit.schema, "id", onDelete: .restrict))
            .field("employee_id", .uuid, .required, .references(Employee.schema, "id", onDelete: .cascade))
            .field("year", .int, .required).field("signed_on", .string, .required).field("method", .string, .required)
            .field("recorded_by", .string, .required)
            .unique(on: "employee_id", "year").create()
        try await database.schema(AssetReport.schema).id()
            .field("unit_id", .uuid, .required, .references(WorkUnit.schema, "id", onDelete: .restrict))
            .field("employee_id", .uuid, .required, .references(Employee.schema, "id", onDelete: .cascade))
            .field("year", .int, .required).field("group", .string, .required).field("filed_on", .string)
            .unique(on: "employee_id", "year").create()
        try await database.schema(DisciplineCase.schema).id()
            .field("unit_id", .uuid, .required, .references(WorkUnit.schema, "id", onDelete: .restrict))
            .field("employee_id", .uuid, .references(Employee.schema, "id", onDelete: .setNull))
            .field("year", .int, .required).field("occurred_on", .string, .required).field("description", .string, .required)
            .field("sanction", .string).create()
        try await database.schema(ChangeAgent.schema).id()
            .field("unit_id", .uuid, .required, .references(WorkUnit.schema, "id", onDelete: .restrict))
            .field("employee_id", .uuid, .required, .references(Employee.schema, "id", onDelete: .cascade))
            .field("year", .int, .required).field("decree_number", .string, .required).field("decree_date", .string, .required)
            .field("work_plan", .string)
            .unique(on: "employee_id", "year").create()
        try await database.schema(AgentChange.schema).id()
            .field("agent_id", .uuid, .required, .references(ChangeAgent.schema, "id", onDelete: .cascade))
            .field("title", .string, .required).field("description", .string).field("made_on", .string, .required)
            .field("is_integrated", .bool, .required).create()
        try await database.schema(ServiceSimplification.schema).id()
            .field("unit_id", .uuid, .required, .references(WorkUnit.schema, "id", onDelete: .restrict))
            .field("service_id", .uuid, .required, .references(SurveyService.schema, "id", onDelete: .cascade))
            .field("year", .int, .required).field("kind", .string, .required).field("description", .string, .required).create()
        try await database.schema(ServiceInnovation.schema).id()
            .field("unit_id", .uuid, .required, .references(WorkUnit.schema, "id", onDelete: .restrict))
            .field("year", .int, .required).field("title", .string, .required).field("description", .string, .required)
            .field("launched_on", .string, .required).create()
    }

    func revert(on database: any Database) async throws {
        for schema in [
            ServiceInnovation.schema, ServiceSimplification.schema, AgentChange.schema, ChangeAgent.schema, DisciplineCase.schema,
            AssetReport.schema,
            IntegrityPact.schema,
        ] {
            try await database.schema(schema).delete()
        }
    }
}
