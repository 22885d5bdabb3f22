import Fluent
import Vapor
import ZICore

/// Creates and changes accounts and their roles, with validation and audit entries.
///
/// Used by the web pages, the API and the command line alike.
package enum UserService {
    package static func create(_ input: UserInput, by actor: AuditActor, on app: Application) async throws -> User {
        var v = Validator()
        let username: String?
        do { username = try Username.normalize(input.username ?? "", currentYear: AppClock.current.today().year) } catch {
            v.add("username", usernameMessage(error))
            username = nil
        }
        let displayName = v.required("displayName", input.displayName)
        let email = validEmail(input.email, &v)
        if let username { checkPassword(input.password ?? "", username: username, &v) }
        if let instansiID = input.instansiID, try await Instansi.find(instansiID, on: app.db) == nil {
            v.add("instansiID", "validation.instansi_unknown")
        }
        try v.check()
        let hash = try await app.asyncPassword.hash(input.password!).get()
        return try await app.write { db in
            if try await User.query(on: db).filter(\.$username == username!).count() > 0 {
                throw AppError.conflict("duplicate_username", field: "username")
            }
            let user = User(
                username: username!, displayName: displayName!, email: email,
                passwordHash: hash, instansiID: input.instansiID)
            try await user.create(on: db)
            try await AuditLog.record(
                AuditChange(
                    entity: "user", entityID: user.id?.uuidString, action: "create",
                    instansiID: input.instansiID, after: UserDTO(user)),
                by: actor, on: db)
            return user
        }
    }

    static func update(_ user: User, _ input: UserUpdateInput, by actor: AuditActor, on app: Application) async throws -> User {
        var v = Validator()
        let displayName = v.required("displayName", input.displayName ?? user.displayName)
        let email = validEmail(input.email ?? user.email, &v)
        try v.check()
        let before = UserDTO(user)
        defer { app.sessionCache.invalidate(userID: user.id!) }
        return try await app.write { db in
            user.displayName = displayName!
            user.email = email
            if let active = input.isActive { user.isActive = active }
            try await user.save(on: db)
            if input.isActive == false {
                try await Session.query(on: db).filter(\.$user.$id == user.id!).delete()
            }
            try await AuditLog.record(
                AuditChange(
                    entity: "user", entityID: user.id?.uuidString, action: "update",
                    instansiID: user.$instansi.id, before: before, after: UserDTO(user)),
                by: actor, on: db)
            return user
        }
    }

    /// The owner changes their own password, proving the current one; their other sessions end.
    static func changeOwnPassword(
        _ current: CurrentUser, currentPassword: String?, newPassword: String?,
        confirmation: String?, req: Request
    ) async throws {
        let user = try await current.userModel(on: req.db)
        guard try await req.password.async.verify(currentPassword ?? "", created: user.passwordHash).get() else {
            throw AppError.validation([FieldError(field: "currentPassword", key: "validation.current_password")])
        }
        guard newPassword == confirmation else {
            throw AppError.validation([FieldError(field: "confirmPassword", key: "validation.password_confirm")])
        }
        try await setPassword(
            user, to: newPassword ?? "", keeping: current.sessionID, chosenByOwner: true,
            by: current.actor, on: req.application)
    }

    /// Sets a new password; every open session of the account ends except `keeping`. A password
    /// not chosen by the account's owner must be changed at the next login.
    static func setPassword(
        _ user: User, to password: String, keeping: UUID? = nil, chosenByOwner: Bool = false,
        by actor: AuditActor, on app: Application
    ) async throws {
        var v = Validator()
        checkPassword(password, username: user.username, &v)
        try v.check()
        let hash = try await app.asyncPassword.hash(password).get()
        defer { app.sessionCache.invalidate(userID: user.id!) }
        try await app.write { db in
            user.passwordHash = hash
            user.mustChangePassword = !chosenByOwner
            try await user.save(on: db)
            try await LoginService.clearAttempts(of: user.id!, on: db)
            var sessions = Session.query(on: db).filter(\.$user.$id == user.id!)
            if let keeping { sessions = sessions.filter(\.$id != keeping) }
            try await sessions.delete()
            try await AuditLog.record(
                AuditChange(
                    entity: "user", entityID: user.id?.uuidString, action: "set_password",
                    instansiID: user.$instansi.id),
                by: actor, on: db)
        }
    }

    /// Grants a role after checking that its scope fits and exists and that `grantor` may give it:
    /// decided on the scope the stored grant will have (see ``GrantAuthority``); a refusal is audited.
    package static func grant(_ input: RoleInput, to user: User, by grantor: Grantor, on app: Application) async throws -> RoleAssignment {
        let grant = try validatedGrant(input)
        let target = try await GrantScopes.target(of: grant.scope, on: app.db)
        try await authorize(grantor, toChange: grant, of: user, on: target, action: "grant", app: app)
        defer { app.sessionCache.invalidate(userID: user.id!) }
        return try await app.write { db in
            let assignment = RoleAssignment(userID: user.id!, grant: grant)
            let existing = try await RoleAssignment.query(on: db).filter(\.$user.$id == user.id!).all()
            if existing.contains(where: { $0.grant == grant }) { throw AppError.conflict("duplicate_role") }
            try await assignment.create(on: db)
            try await endSessions(of: user.id!, on: db)
            try await AuditLog.record(
                AuditChange(
                    entity: "role", entityID: assignment.id?.uuidString, action: "grant",
                    instansiID: target.instansiID, unitID: assignment.$unit.id, after: RoleDTO(assignment)),
                by: grantor.actor, on: db)
            return assignment
        }
    }

    static func revoke(_ assignment: RoleAssignment, of user: User, by grantor: Grantor, on app: Application) async throws {
        let before = RoleDTO(assignment)
        let target = try await GrantScopes.storedTarget(of: assignment.grant.scope, on: app.db) ?? .installation
        try await authorize(grantor, toChange: assignment.grant, of: user, on: target, action: "revoke", app: app)
        defer { app.sessionCache.invalidate(userID: assignment.$user.id) }
        try await app.write { db in
            try await assignment.delete(on: db)
            try await endSessions(of: user.id!, on: db)
            try await AuditLog.record(
                AuditChange(
                    entity: "role", entityID: before.id.uuidString, action: "revoke",
                    instansiID: before.instansiID, unitID: before.unitID, before: before),
                by: grantor.actor, on: db)
        }
    }

    /// A change of privilege ends the account's sessions: its next login gets a new session id.
    private static func endSessions(of userID: UUID, on db: any Database) async throws {
        try await Session.query(on: db).filter(\.$user.$id == userID).delete()
    }

    /// The grant the input describes, with its scope checked against the role.
    private static func validatedGrant(_ input: RoleInput) throws -> RoleGrant {
        guard let role = Role(rawValue: input.role ?? "") else {
            throw AppError.validation([FieldError(field: "role", key: "validation.role")])
        }
        let scope: RoleScope
        switch (role.scopeKind, input.instansiID, input.unitID) {
        case (.global, _, _): scope = .global
        case (.instansi, let id?, _): scope = .instansi(id)
        case (.unit, _, let id?): scope = .unit(id, area: input.area)
        case (let kind, _, _): throw AppError.validation([grantError(.wrongScope(role: role, expected: kind))])
        }
        do { return try RoleGrant.validated(role: role, scope: scope) } catch {
            throw AppError.validation([grantError(error)])
        }
    }

    /// Refuses (403, audited) a grant or revocation the grantor may not make; the host's command line may make any.
    private static func authorize(
        _ grantor: Grantor, toChange grant: RoleGrant, of user: User, on target: AccessTarget,
        action: String, app: Application
    ) async throws {
        guard case .account(let current) = grantor else { return }
        do {
            try GrantAuthority.checkGrant(actorID: current.id, actorGrants: current.grants, granteeID: user.id!, scopeTarget: target)
        } catch {
            try await app.write { db in
                try await AuditLog.record(
                    AuditChange(
                        entity: "role", entityID: nil, action: "\(action)_refused", instansiID: target.instansiID,
                        unitID: target.unitPath?.0,
                        after: [
                            "userID": user.id!.uuidString, "role": grant.role.rawValue,
                            "reason": error == .ownAccount ? "own_account" : "outside_scope",
                        ]),
                    by: grantor.actor, on: db)
            }
            throw error == .ownAccount ? AppError(.forbidden, code: "own_roles") : AppError.forbidden
        }
    }

    private static func validEmail(_ raw: String?, _ v: inout Validator) -> String? {
        guard let email = v.optional("email", raw, max: 254) else { return nil }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !email.contains(" ") else {
            v.add("email", "validation.email")
            return nil
        }
        return email.lowercased()
    }

    static func checkPassword(_ password: String, username: String, _ v: inout Validator) {
        do { try PasswordPolicy.check(password, username: username) } catch {
            switch error {
            case .tooShort: v.add("password", "validation.password_short", [String(PasswordPolicy.minimumLength)])
            case .tooLong: v.add("password", "validation.password_long", [String(PasswordPolicy.maximumBytes)])
            case .sameAsUsername: v.add("password", "validation.password_username")
            case .needsLetterAndDigit: v.add("password", "validation.password_mix")
            }
        }
    }

    private static func usernameMessage(_ problem: Username.Problem) -> String {
        switch problem {
        case .tooShort: "validation.username_short"
        case .tooLong: "validation.username_long"
        case .invalidCharacters: "validation.username_chars"
        case .invalidNIP: "validation.nip"
        }
    }

    private static func grantError(_ error: RoleGrantError) -> FieldError {
        switch error {
        case .wrongScope(_, .instansi): FieldError(field: "instansiID", key: "validation.role_needs_instansi")
        case .wrongScope(_, .unit): FieldError(field: "unitID", key: "validation.role_needs_unit")
        case .wrongScope: FieldError(field: "role", key: "validation.role")
        case .areaRequired, .areaOutOfRange: FieldError(field: "area", key: "validation.area")
        case .areaNotAllowed: FieldError(field: "area", key: "validation.area_not_allowed")
        }
    }
}
