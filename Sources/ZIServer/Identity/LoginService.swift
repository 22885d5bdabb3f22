import Fluent
import SQLKit
import Vapor
import ZICore

/// Checks a username and password, applies the lock-out rule and opens a session.
///
/// Unknown users, locked accounts and wrong passwords get the same answer (and the same Bcrypt
/// work), so the login form reveals neither which usernames exist nor which are locked. Each
/// client also has a budget of failed logins per minute (``PublicRateLimiter/Budget/loginFailures``).
enum LoginService {
    static let throttle = LoginThrottle()

    /// A freshly opened session and its secret token (shown once, stored only as a hash).
    struct Opened {
        let token: String
        let session: Session
        let user: User
    }

    /// What a login with the right password leads to.
    enum Outcome {
        case opened(Opened)
        /// The account has an authenticator and no code was sent: ask for it (``continueWithCode``).
        case needsSecondFactor(pending: String)
    }

    /// How long a password step waits for its second factor.
    static let pendingSeconds: TimeInterval = 300

    static func login(
        username rawUsername: String, password: String, code: String? = nil, kind: Session.Kind,
        settings: Settings, req: Request
    ) async throws -> Outcome {
        let limiter = req.application.publicRateLimiter
        try limiter.ensureRemaining(req, budget: .loginFailures)
        let username = (try? Username.normalize(rawUsername, currentYear: AppClock.current.today().year)) ?? rawUsername.lowercased()
        let user = try await User.query(on: req.db).filter(\.$username == username).first()
        // Unknown, locked and wrong all cost one Bcrypt and get the same answer.
        var claimed = false
        if let user { claimed = try await claimAttempt(user, req: req) }
        let verified =
            (try? await req.password.async.verify(password, created: claimed ? user!.passwordHash : dummyHash(req)).get()) ?? false
        guard let user, claimed, verified else {
            try? limiter.admit(req, budget: .loginFailures)
            try await recordFailure(user, username: username, req: req)
            throw AppError(.unauthorized, code: "invalid_credentials")
        }
        guard user.isActive else { throw AppError(.forbidden, code: "account_disabled") }
        guard try await SecondFactorService.factor(of: user.id!, on: req.db)?.confirmed == true else {
            return .opened(try await open(for: user, kind: kind, settings: settings, req: req))
        }
        guard let code, !code.isEmpty else {
            // The password was right: give its counted attempt back, so that abandoned code
            // prompts never lock the account; only wrong codes and passwords count.
            try await releaseAttempt(of: user.id!, req: req)
            let expires = Int(AppClock.current.now().addingTimeInterval(pendingSeconds).timeIntervalSince1970)
            return .needsSecondFactor(
                pending: try req.application.secretSealer.seal(
                    "\(user.id!.uuidString)|\(expires)",
                    context: pendingContext))
        }
        return .opened(try await checkSecondFactor(code, of: user, kind: kind, settings: settings, req: req))
    }

    /// The second step of a login that needed a code: `pending` from ``Outcome/needsSecondFactor(pending:)``.
    /// The code counts against the account's attempts like a password.
    static func continueWithCode(pending: String, code: String, kind: Session.Kind, settings: Settings, req: Request) async throws -> Opened
    {
        let parts = ((try? req.application.secretSealer.open(pending, context: pendingContext)) ?? "").split(separator: "|")
        guard parts.count == 2, let userID = UUID(uuidString: String(parts[0])), let expires = TimeInterval(parts[1]),
            AppClock.current.now().timeIntervalSince1970 < expires, let user = try await User.find(userID, on: req.db), user.isActive
        else {
            throw AppError(.unauthorized, code: "login_expired")
        }
        try req.application.publicRateLimiter.ensureRemaining(req, budget: .loginFailures)
        guard try await claimAttempt(user, req: req) else { throw AppError(.unauthorized, code: "invalid_credentials") }
        return try await checkSecondFactor(code, of: user, kind: kind, settings: settings, req: req)
    }

    private static let pendingContext = "login-second-factor"

    private static func checkSecondFactor(
        _ code: String, of user: User, kind: Session.Kind, settings: Settings,
        req: Request
    ) async throws -> Opened {
        let sealer = req.application.secretSealer
        let verified = try await req.write { db in try await SecondFactorService.verify(code, userID: user.id!, sealer: sealer, on: db) }
        guard verified else {
            try? req.application.publicRateLimiter.admit(req, budget: .loginFailures)
            try await recordFailure(user, username: user.username, req: req)
            throw AppError(.unauthorized, code: "invalid_second_factor")
        }
        return try await open(for: user, kind: kind, settings: settings, req: req)
    }

    /// Counts one attempt against the account before its password is checked, in one atomic
    /// statement, so parallel guesses share the same budget of ``LoginThrottle/maxFailures``:
    /// false when the account is locked or that many attempts are already counted.
    /// A successful login clears the count (``open(for:kind:settings:req:)``).
    private static func claimAttempt(_ user: User, req: Request) async throws -> Bool {
        try await req.write { db in
            let sql = db as! any SQLDatabase
            let row = try await sql.raw(
                """
                UPDATE users SET failed_logins = failed_logins + 1, locked_until = NULL
                WHERE id = \(bind: user.id!) AND failed_logins < \(bind: throttle.maxFailures)
                  AND (locked_until IS NULL OR locked_until <= \(bind: AppClock.current.now()))
                RETURNING failed_logins
                """
            ).first()
            return row != nil
        }
    }

    /// Gives back one attempt counted by ``claimAttempt(_:req:)``.
    private static func releaseAttempt(of userID: UUID, req: Request) async throws {
        try await req.write { db in
            try await (db as! any SQLDatabase)
                .raw("UPDATE users SET failed_logins = failed_logins - 1 WHERE id = \(bind: userID) AND failed_logins > 0").run()
        }
    }

    /// Forgets the counted attempts and any lock of an account (a login succeeded, or an
    /// administrator set a new password).
    static func clearAttempts(of userID: UUID, on db: any Database) async throws {
        try await (db as! any SQLDatabase).raw("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = \(bind: userID)").run()
    }

    /// Opens a session for a user whose identity is already proven.
    static func open(for user: User, kind: Session.Kind, settings: Settings, req: Request) async throws -> Opened {
        let token = Tokens.random()
        let session = Session(
            tokenHash: Tokens.hash(token), userID: user.id!, kind: kind, csrfToken: Tokens.random(),
            expiresAt: AppClock.current.now().addingTimeInterval(TimeInterval(settings.sessionHours * 3600)))
        try await req.write { db in
            try await clearAttempts(of: user.id!, on: db)
            try await session.create(on: db)
            try await AuditLog.record(
                AuditChange(
                    entity: "session", entityID: session.id?.uuidString, action: "login",
                    instansiID: user.$instansi.id, after: ["kind": kind.rawValue]),
                by: AuditActor(id: user.id, name: user.username), on: db)
        }
        return Opened(token: token, session: session, user: user)
    }

    /// Ends a session.
    static func logout(_ current: CurrentUser, req: Request) async throws {
        try await req.write { db in
            try await Session.query(on: db).filter(\.$id == current.sessionID).delete()
            try await AuditLog.record(
                AuditChange(
                    entity: "session", entityID: current.sessionID.uuidString, action: "logout",
                    instansiID: current.user.instansiID),
                by: current.actor, on: db)
        }
        req.application.sessionCache.invalidate(sessionID: current.sessionID)
        req.application.wbsKeyVault.forget(sessionID: current.sessionID)
    }

    /// Audits a failed login; for a known account whose counted attempts reached the limit,
    /// locks it (atomically, once) and audits that instead.
    private static func recordFailure(_ user: User?, username: String, req: Request) async throws {
        try await req.write { db in
            var locked = false
            if let user {
                let sql = db as! any SQLDatabase
                locked =
                    try await sql.raw(
                        """
                        UPDATE users SET failed_logins = 0, locked_until = \(bind: AppClock.current.now().addingTimeInterval(throttle.lockDuration))
                        WHERE id = \(bind: user.id!) AND failed_logins >= \(bind: throttle.maxFailures)
                        RETURNING failed_logins
                        """
                    ).first() != nil
            }
            try await AuditLog.record(
                AuditChange(
                    entity: "session", action: locked ? "account_locked" : "login_failed",
                    instansiID: user?.$instansi.id,
                    after: ["username": String(username.prefix(64))]),
                by: AuditActor(id: user?.id, name: "anonymous"), on: db)
        }
    }

    /// A real Bcrypt hash to spend the same time on when the username is unknown.
    private static func dummyHash(_ req: Request) -> String {
        req.application.storage[DummyHashKey.self]!
    }

    struct DummyHashKey: StorageKey { typealias Value = String }
}
