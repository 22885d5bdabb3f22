import Fluent
import Foundation
import ZICore

/// A unit's Zona Integritas programme for one year: the predicate it works toward and where it stands.
final class UnitProgramme: Model, @unchecked Sendable {
    static let schema = "unit_programmes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: WorkUnit
    @Field(key: "year") var year: Int
    @Enum(key: "target") var target: TargetPredicate
    /// The pencanangan (declaration) date as `YYYY-MM-DD`, kept as text so it never shifts with time zones.
    @OptionalField(key: "pencanangan_date") var pencananganDate: String?
    @Enum(key: "status") var status: ProgrammeStatus
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}
