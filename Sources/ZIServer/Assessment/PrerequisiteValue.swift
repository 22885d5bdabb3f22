import Fluent
import Foundation

/// A recorded value of one TPN submission prerequisite (Tabel 5) for an agency or a unit in a year.
final class PrerequisiteValue: Model, @unchecked Sendable {
    static let schema = "prerequisite_values"

    @ID(key: .id) var id: UUID?
    @OptionalParent(key: "instansi_id") var instansi: Instansi?
    @OptionalParent(key: "unit_id") var unit: WorkUnit?
    @Field(key: "year") var year: Int
    @Field(key: "item_id") var itemID: String
    @Field(key: "value") var value: String
    @OptionalField(key: "note") var note: String?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}
