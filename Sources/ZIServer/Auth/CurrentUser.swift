import Fluent
import Vapor
import ZICore

/// The person behind a request, with the session that proved it.
struct CurrentUser: Authenticatable {
    let user: User
    let session: Session

    var id: UUID { user.id! }
    var actor: AuditActor { AuditActor(id: user.id, name: user.username) }
}

extension Request {
    /// The logged-in user, or 401.
    func currentUser() throws -> CurrentUser {
        guard let current = auth.get(CurrentUser.self) else { throw AppError.unauthorized }
        return current
    }

    private struct GrantsKey: StorageKey { typealias Value = [RoleGrant] }

    /// The logged-in user's role grants, loaded once per request.
    func grants() async throws -> [RoleGrant] {
        if let cached = storage[GrantsKey.self] { return cached }
        let user = try currentUser()
        let grants = try await RoleAssignment.query(on: db)
            .filter(\.$user.$id == user.id)
            .all()
            .map(\.grant)
        storage[GrantsKey.self] = grants
        return grants
    }

    /// Refuses the request (403) unless the user may do `permission` on `target`.
    func require(_ permission: Permission, on target: AccessTarget) async throws {
        guard try await may(permission, on: target) else { throw AppError.forbidden }
    }

    /// Whether the user may do `permission` on `target`.
    func may(_ permission: Permission, on target: AccessTarget) async throws -> Bool {
        AccessPolicy.allows(try await grants(), permission, on: target)
    }
}
