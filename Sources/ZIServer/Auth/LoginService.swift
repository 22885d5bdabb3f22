import Fluent
import Vapor
import ZICore

/// Checks a username and password, applies the lock-out rule and opens a session.
///
/// Unknown users and wrong passwords get the same answer (and the same Bcrypt work),
/// so the login form does not reveal which usernames exist.
enum LoginService {
    static let throttle = LoginThrottle()

    /// A freshly opened session and its secret token (shown once, stored only as a hash).
    struct Opened {
        let token: String
        let session: Session
        let user: User
    }

    static func login(username rawUsername: String, password: String, kind: Session.Kind,
                      settings: Settings, req: Request) async throws -> Opened {
        let now = Date()
        let username = (try? Username.normalize(rawUsername)) ?? rawUsername.lowercased()
        guard let user = try await User.query(on: req.db).filter(\.$username == username).first() else {
            _ = try? await req.password.async.verify(password, created: dummyHash(req)).get()
            try await recordFailure(nil, username: username, req: req)
            throw AppError(.unauthorized, code: "invalid_credentials")
        }
        if throttle.isLocked(user.throttleState, at: now) {
            throw lockedError(until: user.lockedUntil!, req: req)
        }
        let matches = (try? await req.password.async.verify(password, created: user.passwordHash).get()) ?? false
        guard matches else {
            user.throttleState = throttle.afterFailure(user.throttleState, at: now)
            try await recordFailure(user, username: username, req: req)
            if throttle.isLocked(user.throttleState, at: now) {
                throw lockedError(until: user.lockedUntil!, req: req)
            }
            throw AppError(.unauthorized, code: "invalid_credentials")
        }
        guard user.isActive else { throw AppError(.forbidden, code: "account_disabled") }
        return try await open(for: user, kind: kind, settings: settings, req: req)
    }

    /// Opens a session for a user whose identity is already proven.
    static func open(for user: User, kind: Session.Kind, settings: Settings, req: Request) async throws -> Opened {
        let token = Tokens.random()
        let session = Session(
            tokenHash: Tokens.hash(token), userID: user.id!, kind: kind, csrfToken: Tokens.random(),
            expiresAt: Date().addingTimeInterval(TimeInterval(settings.sessionHours * 3600)))
        user.throttleState = throttle.afterSuccess()
        try await req.write { db in
            try await user.save(on: db)
            try await session.create(on: db)
            try await AuditLog.record(
                AuditChange(entity: "session", entityID: session.id?.uuidString, action: "login",
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
                AuditChange(entity: "session", entityID: current.sessionID.uuidString, action: "logout",
                            instansiID: current.user.instansiID),
                by: current.actor, on: db)
        }
        req.application.sessionCache.invalidate(sessionID: current.sessionID)
        req.application.wbsKeyVault.forget(sessionID: current.sessionID)
    }

    private static func recordFailure(_ user: User?, username: String, req: Request) async throws {
        try await req.write { db in
            try await user?.save(on: db)
            let locked = user.map { throttle.isLocked($0.throttleState, at: Date()) } ?? false
            try await AuditLog.record(
                AuditChange(entity: "session", action: locked ? "account_locked" : "login_failed",
                            instansiID: user?.$instansi.id,
                            after: ["username": String(username.prefix(64))]),
                by: AuditActor(id: user?.id, name: "anonymous"), on: db)
        }
    }

    private static func lockedError(until: Date, req: Request) -> AppError {
        let formatter = DateFormatter()
        formatter.dateFormat = "HH:mm"
        formatter.timeZone = TimeZone(identifier: "Asia/Jakarta")
        return AppError(.tooManyRequests, code: "account_locked", arguments: [formatter.string(from: until)])
    }

    /// A real Bcrypt hash to spend the same time on when the username is unknown.
    private static func dummyHash(_ req: Request) -> String {
        req.application.storage[DummyHashKey.self]!
    }

    struct DummyHashKey: StorageKey { typealias Value = String }
}
