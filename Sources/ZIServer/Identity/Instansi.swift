import Fluent
import Foundation

/// An agency (instansi): a ministry, agency or regional government that owns a tree of units.
package final class Instansi: Model, @unchecked Sendable {
    package static let schema = "instansi"

    @ID(key: .id) package var id: UUID?
    @Field(key: "name") var name: String
    @Field(key: "code") var code: String
    /// A regional government (pemerintah daerah) rather than a ministry or agency; Tabel 5 sets
    /// a different Indeks RB minimum for them.
    @Field(key: "is_pemerintah_daerah") var isPemerintahDaerah: Bool
    /// Every account of the agency must log in with a second factor (administrators always must).
    @Field(key: "requires_second_factor") var requiresSecondFactor: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    package init() {}

    init(id: UUID? = nil, name: String, code: String) {
        self.id = id
        self.name = name
        self.code = code
        self.isPemerintahDaerah = false
        self.requiresSecondFactor = false
    }
}

extension Instansi {
    /// Fluent's properties listed by hand: Fluent otherwise finds them by reflection on every row
    /// it reads or writes (``ModelPropertyListTests`` checks the list against reflection).
    package var properties: [any AnyProperty] { [$id, $name, $code, $isPemerintahDaerah, $requiresSecondFactor, $createdAt, $updatedAt] }
}
