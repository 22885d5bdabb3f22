import Fluent
import Vapor
import ZICore

/// Finds the accounts a user may manage, deciding through ``GrantAuthority``: managing an
/// account needs `manageUsers` on its agency and on every scope it holds a role on.
enum UserDirectory {
    /// Accounts the requester may manage, by username, optionally filtered by a search text.
    static func manageableUsers(_ req: Request, search: String?) async throws -> [User] {
        let q = search?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        let grants = try await req.grants()
        let candidates = try await User.query(on: req.db).sort(\.$username).all()
            .filter { q.isEmpty || $0.username.contains(q) || $0.displayName.lowercased().contains(q) }
            .filter { AccessPolicy.allows(grants, .manageUsers, on: GrantScopes.home(of: $0)) }
        let held = try await GrantScopes.heldTargets(of: candidates.map { $0.id! }, on: req.db)
        return candidates.filter {
            GrantAuthority.mayManage(actorGrants: grants, accountHome: GrantScopes.home(of: $0), heldScopes: held[$0.id!] ?? [])
        }
    }

    /// One account the requester may manage, or 404/403.
    static func manageableUser(_ req: Request, _ id: UUID?) async throws -> User {
        guard let id, let user = try await User.find(id, on: req.db) else { throw AppError.notFound }
        let held = try await GrantScopes.heldTargets(of: [id], on: req.db)[id] ?? []
        guard GrantAuthority.mayManage(actorGrants: try await req.grants(), accountHome: GrantScopes.home(of: user), heldScopes: held)
        else {
            throw AppError.forbidden
        }
        return user
    }

    /// One role grant of the user that the requester may revoke.
    static func assignment(_ req: Request, of user: User, _ id: UUID?) async throws -> RoleAssignment {
        guard let id, let assignment = try await RoleAssignment.find(id, on: req.db),
            assignment.$user.id == user.id
        else { throw AppError.notFound }
        return assignment
    }
}
