import Fluent
import Foundation
import ZICore

/// Who holds a permission on a unit: the active accounts whose role grants reach it (the
/// unit's own roles, those of the units above it that reach down, the agency's, the
/// installation's), decided by the access policy as for a request.
enum RoleHolders {
    /// The ids of the active users holding `permission` on `unit`.
    static func ids(holding permission: Permission, on unit: WorkUnit, db: any Database) async throws -> Set<UUID> {
        let target = unit.accessTarget
        let assignments = try await RoleAssignment.query(on: db)
            .group(.or) { scope in
                scope.filter(\.$unit.$id ~~ (unit.ancestorIDs + [unit.id!])).filter(\.$instansi.$id == unit.$instansi.id)
                    .group(.and) { $0.filter(\.$unit.$id == nil).filter(\.$instansi.$id == nil) }
            }
            .all()
        let holders = Set(assignments.filter { AccessPolicy.allows([$0.grant], permission, on: target) }.map { $0.$user.id })
        guard !holders.isEmpty else { return [] }
        return Set(try await User.query(on: db).filter(\.$id ~~ holders).filter(\.$isActive == true).all().compactMap(\.id))
    }
}
