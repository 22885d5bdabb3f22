import Fluent
import Foundation

/// A gift an employee received or refused, reported to the unit's UPG (unit pengendalian
/// gratifikasi), and its way to KPK: review, forwarding, KPK's decision and, for a gift
/// declared state property, its handover.
final class GratificationReport: Model, @unchecked Sendable {
    static let schema = "gratification_reports"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: WorkUnit
    /// The employee (user) who reported; they see their own reports only.
    @Parent(key: "reporter_id") var reporter: User
    @Field(key: "reporter_name") var reporterName: String
    /// `GratificationReportKind` raw value.
    @Field(key: "kind") var kind: String
    /// `YYYY-MM-DD`: the day the gift was received or refused.
    @Field(key: "received_on") var receivedOn: String
    /// `YYYY-MM-DD`: the day it reached the UPG (the report's day).
    @Field(key: "reported_on") var reportedOn: String
    @Field(key: "giver") var giver: String
    /// `GiverRelation` raw value.
    @Field(key: "relation") var relation: String
    @Field(key: "occasion") var occasion: String
    /// `GratificationForm` raw value.
    @Field(key: "form") var form: String
    @Field(key: "description") var description: String
    /// The estimated value in whole Rupiah.
    @Field(key: "value") var value: Int
    /// Where the gift is now (kept by the employee, handed to the UPG, returned, …).
    @Field(key: "whereabouts") var whereabouts: String
    /// Whether the rules in force said it must be reported, and why (one reason per line).
    @Field(key: "must_report") var mustReport: Bool
    @Field(key: "rule_reasons") var ruleReasons: String
    /// `GratificationStatus` raw value.
    @Field(key: "status") var status: String
    @OptionalField(key: "forwarded_on") var forwardedOn: String?
    @OptionalField(key: "kpk_reference") var kpkReference: String?
    @OptionalField(key: "decided_on") var decidedOn: String?
    /// `milik_penerima` or `milik_negara`.
    @OptionalField(key: "decision") var decision: String?
    @OptionalField(key: "handed_over_on") var handedOverOn: String?
    /// The UPG's note (required to close a report without forwarding it).
    @OptionalField(key: "upg_note") var upgNote: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// A public campaign (sosialisasi) on gratification control held by the unit's UPG.
final class GratificationCampaign: Model, @unchecked Sendable {
    static let schema = "gratification_campaigns"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: WorkUnit
    @Field(key: "held_on") var heldOn: String
    @Field(key: "title") var title: String
    @Field(key: "participants") var participants: Int
    /// Where the proof is (a link or an evidence title).
    @OptionalField(key: "evidence") var evidence: String?

    init() {}
}

/// The gratification tables.
struct CreateGratification: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(GratificationReport.schema).id()
            .field("unit_id", .uuid, .required, .references(WorkUnit.schema, "id", onDelete: .restrict))
            .field("reporter_id", .uuid, .required, .references(User.schema, "id", onDelete: .restrict))
            .field("reporter_name", .string, .required).field("kind", .string, .required)
            .field("received_on", .string, .required).field("reported_on", .string, .required)
            .field("giver", .string, .required).field("relation", .string, .required).field("occasion", .string, .required)
            .field("form", .string, .required).field("description", .string, .required).field("value", .int64, .required)
            .field("whereabouts", .string, .required).field("must_report", .bool, .required).field("rule_reasons", .string, .required)
            .field("status", .string, .required).field("forwarded_on", .string).field("kpk_reference", .string)
            .field("decided_on", .string).field("decision", .string).field("handed_over_on", .string).field("upg_note", .string)
            .field("created_at", .datetime)
            .create()
        try await database.schema(GratificationCampaign.schema).id()
            .field("unit_id", .uuid, .required, .references(WorkUnit.schema, "id", onDelete: .restrict))
            .field("held_on", .string, .required).field("title", .string, .required).field("participants", .int, .required)
            .field("evidence", .string)
            .create()
    }

    func revert(on database: any Database) async throws {
        for schema in [GratificationCampaign.schema, GratificationReport.schema] { try await database.schema(schema).delete() }
    }
}
