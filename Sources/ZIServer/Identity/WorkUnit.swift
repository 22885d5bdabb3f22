import Fluent
import Foundation
import ZICore

/// A work unit (unit kerja / satuan kerja) in an agency's tree: echelon-I, balai, UPT …
///
/// `path` holds the ids of the unit's ancestors and itself (`/root/…/self/`), so that
/// "this unit and everything below it" is one prefix query and authorization needs
/// no extra look-ups.
package final class WorkUnit: Model, @unchecked Sendable {
    package static let schema = "units"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "instansi_id") package var instansi: Instansi
    @OptionalParent(key: "parent_id") var parent: WorkUnit?
    @Field(key: "path") var path: String
    @Field(key: "name") var name: String
    @Field(key: "code") var code: String
    @OptionalField(key: "address") var address: String?
    @OptionalField(key: "head_name") var headName: String?
    @OptionalField(key: "head_nip") var headNIP: String?
    /// `UnitServiceType` raw value: the public service it gives, where the ZI rules care.
    @OptionalField(key: "service_type") var serviceType: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    package init() {}

    /// The ids of the unit's ancestors, root first (the unit itself excluded).
    var ancestorIDs: [UUID] {
        let ids = path.split(separator: "/").compactMap { UUID(uuidString: String($0)) }
        return Array(ids.dropLast())
    }

    /// How deep the unit sits in its agency's tree (0 for a top unit).
    var depth: Int { ancestorIDs.count }

    /// What authorization needs to know about this unit.
    var accessTarget: AccessTarget {
        .unit(id: id!, instansiID: $instansi.id, ancestorIDs: ancestorIDs)
    }

    /// The path of a child of the unit with the given path.
    static func path(for id: UUID, under parentPath: String?) -> String {
        (parentPath ?? "/") + id.uuidString + "/"
    }
}

extension WorkUnit {
    /// Fluent's properties listed by hand: Fluent otherwise finds them by reflection on every row
    /// it reads or writes (``ModelPropertyListTests`` checks the list against reflection).
    package var properties: [any AnyProperty] {
        [$id, $instansi, $parent, $path, $name, $code, $address, $headName, $headNIP, $serviceType, $createdAt, $updatedAt]
    }
}

/// Adds the unit's service type (for the Stranas PK exemption of Tabel 5).
struct AddUnitServiceType: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(WorkUnit.schema).field("service_type", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(WorkUnit.schema).deleteField("service_type").update()
    }
}
