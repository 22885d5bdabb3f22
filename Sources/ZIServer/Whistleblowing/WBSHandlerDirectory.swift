import Fluent
import Vapor
import ZICore

/// Who handles a unit's whistleblowing reports: the active accounts whose roles give them
/// `handleWhistleblowing` on the unit (the `pengelola_wbs` role, granted by the agency's
/// administrator like any role), and which of them are ready — keys made and authenticator
/// confirmed — so that new reports can be wrapped to them.
enum WBSHandlerDirectory {
    /// A handler ready to receive reports.
    struct Ready: Sendable {
        let userID: UUID
        let displayName: String
        let publicKey: HandlerPublicKey
    }

    /// The designated handlers of `unit` whose keys are ready, by name.
    static func ready(for unit: WorkUnit, on db: any Database) async throws -> [Ready] {
        let ids = try await designated(for: unit, on: db)
        guard !ids.isEmpty else { return [] }
        let users = try await User.query(on: db).filter(\.$id ~~ ids).filter(\.$isActive == true).sort(\.$displayName).all()
        let keys = try await WBSHandlerKeys.query(on: db).filter(\.$user.$id ~~ ids).filter(\.$totpConfirmed == true).all()
        let byUser = Dictionary(keys.map { ($0.$user.id, $0) }, uniquingKeysWith: { first, _ in first })
        return try users.compactMap { user in
            guard let keys = byUser[user.id!] else { return nil }
            return Ready(
                userID: user.id!, displayName: user.displayName, publicKey: try HandlerPublicKey(rawRepresentation: keys.publicKey))
        }
    }

    /// The accounts whose roles give `handleWhistleblowing` on `unit` (decided by ``AccessPolicy``).
    static func designated(for unit: WorkUnit, on db: any Database) async throws -> Set<UUID> {
        let unitIDs = unit.ancestorIDs + [unit.id!]
        let assignments = try await RoleAssignment.query(on: db).group(.or) { group in
            group.filter(\.$unit.$id ~~ unitIDs)
            group.filter(\.$instansi.$id == unit.$instansi.id)
            group.group(.and) { global in
                global.filter(\.$unit.$id == nil)
                global.filter(\.$instansi.$id == nil)
            }
        }.all()
        return Set(assignments.filter { AccessPolicy.allows([$0.grant], .handleWhistleblowing, on: unit.accessTarget) }.map { $0.$user.id })
    }

    /// The units in which the requester may handle whistleblowing reports.
    static func units(for req: Request) async throws -> [WorkUnit] {
        let grants = try await req.grants()
        let unitIDs = grants.compactMap { grant -> UUID? in
            guard AccessPolicy.permissions(of: grant.role).contains(.handleWhistleblowing), case .unit(let id, _) = grant.scope else {
                return nil
            }
            return id
        }
        guard !unitIDs.isEmpty else { return [] }
        return try await WorkUnit.query(on: req.db).filter(\.$id ~~ unitIDs).sort(\.$name).all()
            .filter { AccessPolicy.allows(grants, .handleWhistleblowing, on: $0.accessTarget) }
    }
}
