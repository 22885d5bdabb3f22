import Fluent
import Vapor
import ZICore

/// Finds the accounts a user may manage, deciding through ``AccessPolicy``.
enum UserDirectory {
    /// Accounts the requester may manage, by username, optionally filtered by a search text.
    static func manageableUsers(_ req: Request, search: String?) async throws -> [User] {
        let q = search?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        var result: [User] = []
        for user in try await User.query(on: req.db).sort(\.$username).all()
            where q.isEmpty || user.username.contains(q) || user.displayName.lowercased().contains(q) {
            if try await req.may(.manageUsers, on: UnitVisibility.accountTarget(user)) { result.append(user) }
        }
        return result
    }

    /// One account the requester may manage, or 404/403.
    static func manageableUser(_ req: Request, _ id: UUID?) async throws -> User {
        guard let id, let user = try await User.find(id, on: req.db) else { throw AppError.notFound }
        try await req.require(.manageUsers, on: UnitVisibility.accountTarget(user))
        return user
    }

    /// One role grant of the user that the requester may revoke.
    static func assignment(_ req: Request, of user: User, _ id: UUID?) async throws -> RoleAssignment {
        guard let id, let assignment = try await RoleAssignment.find(id, on: req.db),
              assignment.$user.id == user.id else { throw AppError.notFound }
        let input = RoleInput(role: assignment.role.rawValue, instansiID: assignment.$instansi.id,
                              unitID: assignment.$unit.id, area: assignment.area)
        try await req.require(.manageUsers, on: try await UnitVisibility.grantTarget(input, on: req.db))
        return assignment
    }
}
