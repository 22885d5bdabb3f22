import Fluent
import Foundation
import ZICore

/// Who holds a permission on a unit or an agency through a role *there*: the active accounts
/// whose unit or agency grants reach it (the unit's own roles, those of the units above it that
/// reach down, the agency's), decided by the access policy as for a request. Installation-wide
/// grants (the super-admin) are left out: they are there to administer, not to act on each
/// unit's deadlines.
enum RoleHolders {
    /// The ids of the active users holding `permission` on `unit`.
    static func ids(holding permission: Permission, on unit: WorkUnit, db: any Database) async throws -> Set<UUID> {
        try await ids(
            holding: permission, target: unit.accessTarget, instansiID: unit.$instansi.id, unitIDs: unit.ancestorIDs + [unit.id!], db: db)
    }

    /// The ids of the active users holding `permission` on the agency `instansiID`.
    static func ids(holding permission: Permission, onInstansi instansiID: UUID, db: any Database) async throws -> Set<UUID> {
        try await ids(holding: permission, target: .instansi(instansiID), instansiID: instansiID, unitIDs: [], db: db)
    }

    private static func ids(
        holding permission: Permission, target: AccessTarget, instansiID: UUID, unitIDs: [UUID], db: any Database
    ) async throws -> Set<UUID> {
        let assignments = try await RoleAssignment.query(on: db)
            .group(.or) { scope in
                scope.filter(\.$instansi.$id == instansiID)
                if !unitIDs.isEmpty { scope.filter(\.$unit.$id ~~ unitIDs) }
            }
            .all()
        let holders = Set(assignments.filter { AccessPolicy.allows([$0.grant], permission, on: target) }.map { $0.$user.id })
        guard !holders.isEmpty else { return [] }
        return Set(try await User.query(on: db).filter(\.$id ~~ holders).filter(\.$isActive == true).all().compactMap(\.id))
    }
}
