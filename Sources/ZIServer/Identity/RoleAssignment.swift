import Fluent
import Foundation
import ZICore

/// A role held by a user on a scope (installation, agency or unit, with an area for coordinators).
package final class RoleAssignment: Model, @unchecked Sendable {
    package static let schema = "role_assignments"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "user_id") var user: User
    @Enum(key: "role") var role: Role
    @OptionalParent(key: "instansi_id") var instansi: Instansi?
    @OptionalParent(key: "unit_id") var unit: WorkUnit?
    @OptionalField(key: "area") var area: Int?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    package init() {}

    init(userID: UUID, grant: RoleGrant) {
        self.$user.id = userID
        self.role = grant.role
        switch grant.scope {
        case .global: break
        case .instansi(let id): self.$instansi.id = id
        case .unit(let id, let area):
            self.$unit.id = id
            self.area = area
        }
    }

    /// The grant as the access policy sees it.
    var grant: RoleGrant {
        let scope: RoleScope
        if let unitID = $unit.id {
            scope = .unit(unitID, area: area)
        } else if let instansiID = $instansi.id {
            scope = .instansi(instansiID)
        } else {
            scope = .global
        }
        return RoleGrant(role: role, scope: scope)
    }
}
