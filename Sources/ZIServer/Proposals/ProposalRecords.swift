import Fluent
import Foundation
import ZICore

/// A unit an agency proposes to KemenPANRB in a year, with its PortalRB category.
final class UnitProposal: Model, @unchecked Sendable {
    static let schema = "unit_proposals"

    @ID(key: .id) var id: UUID?
    @Parent(key: "instansi_id") var instansi: Instansi
    @Parent(key: "unit_id") var unit: WorkUnit
    @Field(key: "year") var year: Int
    /// `ProposalCategory` raw value.
    @Field(key: "category") var category: String
    @Field(key: "afirmasi") var afirmasi: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// An agency's proposal round of a year: its cut-off date (after it the list is frozen) and
/// whether the agency admin has confirmed the list (only a confirmed list reaches PortalRB).
final class ProposalRound: Model, @unchecked Sendable {
    static let schema = "proposal_rounds"

    @ID(key: .id) var id: UUID?
    @Parent(key: "instansi_id") var instansi: Instansi
    @Field(key: "year") var year: Int
    /// `YYYY-MM-DD`; the list can change up to and including this day.
    @OptionalField(key: "cutoff") var cutoff: String?
    @OptionalField(key: "confirmed_at") var confirmedAt: Date?
    @OptionalField(key: "confirmed_by") var confirmedBy: String?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}

/// Creates the proposal tables.
struct CreateProposals: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(UnitProposal.schema)
            .id()
            .field("instansi_id", .uuid, .required, .references(Instansi.schema, "id", onDelete: .restrict))
            .field("unit_id", .uuid, .required, .references(WorkUnit.schema, "id", onDelete: .restrict))
            .field("year", .int, .required)
            .field("category", .string, .required)
            .field("afirmasi", .bool, .required)
            .field("created_at", .datetime)
            .unique(on: "unit_id", "year")
            .create()
        try await database.schema(ProposalRound.schema)
            .id()
            .field("instansi_id", .uuid, .required, .references(Instansi.schema, "id", onDelete: .restrict))
            .field("year", .int, .required)
            .field("cutoff", .string)
            .field("confirmed_at", .datetime)
            .field("confirmed_by", .string)
            .field("updated_at", .datetime)
            .unique(on: "instansi_id", "year")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ProposalRound.schema).delete()
        try await database.schema(UnitProposal.schema).delete()
    }
}

extension UnitProposal {
    /// Fluent's properties listed by hand: Fluent otherwise finds them by reflection on every row
    /// it reads or writes (``ModelPropertyListTests`` checks the list against reflection).
    var properties: [any AnyProperty] {
        [$id, $instansi, $unit, $year, $category, $afirmasi, $createdAt]
    }
}

extension ProposalRound {
    /// Fluent's properties listed by hand: Fluent otherwise finds them by reflection on every row
    /// it reads or writes (``ModelPropertyListTests`` checks the list against reflection).
    var properties: [any AnyProperty] {
        [$id, $instansi, $year, $cutoff, $confirmedAt, $confirmedBy, $updatedAt]
    }
}
