import Fluent
import Vapor
import ZICore

/// The person behind a request: a snapshot of their account, session and role grants,
/// taken when the request was authenticated (see ``SessionAuthenticator``).
///
/// It is a value, so cached copies are never shared mutable state; code that changes the
/// account loads the model with ``userModel(on:)``.
package struct CurrentUser: Authenticatable, Sendable {
    let user: UserDTO
    let sessionID: UUID
    let csrfToken: String
    let expiresAt: Date
    let grants: [RoleGrant]
    /// An administrator set the password: nothing but choosing a new one is allowed (``PasswordChangeGate``).
    var mustChangePassword = false
    /// The account must log in with a second factor (``SecondFactorPolicy``).
    var needsSecondFactor = false
    /// The account has a confirmed authenticator.
    var hasSecondFactor = false

    /// Required but not set up yet: nothing but enrolment is allowed (``RequireLogin``).
    var mustEnrolSecondFactor: Bool { needsSecondFactor && !hasSecondFactor }

    var id: UUID { user.id }
    var actor: AuditActor { AuditActor(id: user.id, name: user.username) }

    /// The account as a model, for changing it.
    func userModel(on db: any Database) async throws -> User {
        guard let model = try await User.find(user.id, on: db) else { throw AppError.unauthorized }
        return model
    }
}

extension Request {
    /// The logged-in user, or 401.
    func currentUser() throws -> CurrentUser {
        guard let current = auth.get(CurrentUser.self) else { throw AppError.unauthorized }
        return current
    }

    /// The logged-in user's role grants.
    func grants() async throws -> [RoleGrant] {
        try currentUser().grants
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

extension Request {
    /// Runs `body` as one transaction on behalf of the logged-in user (the actor its audit entries name).
    func writeAsUser<T: Sendable>(_ body: @escaping @Sendable (AuditActor, any Database) async throws -> T) async throws -> T {
        let actor = try currentUser().actor
        return try await write { db in try await body(actor, db) }
    }
}
