import Fluent
import SQLKit
import Vapor
import ZICore

/// Finds the session of a request, from the `Authorization: Bearer` header (API)
/// or the session cookie (web), and logs its user in for the request.
package struct SessionAuthenticator: AsyncMiddleware {
    package static let cookieName = "sizi_session"

    let kind: Session.Kind

    package func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let token: String? =
            switch kind {
            case .api: req.headers.bearerAuthorization?.token
            case .web: req.cookies[Self.cookieName]?.string
            }
        if let token, token.count <= 128 {
            let tokenHash = Tokens.hash(token)
            let cache = req.application.sessionCache
            if let current = cache.get(kind.rawValue + tokenHash) {
                req.auth.login(current)
            } else if let current = try await Self.lookup(
                tokenHash: tokenHash, kind: kind,
                idleLimit: TimeInterval(req.application.settings.sessionIdleMinutes * 60), req: req)
            {
                cache.put(kind.rawValue + tokenHash, current)
                req.auth.login(current)
            }
        }
        return try await next.respond(to: req)
    }

    /// How stale `last_seen_at` may get before a request refreshes it: one write a minute per
    /// active session at most, so the idle timeout is exact to the minute.
    static let touchInterval: TimeInterval = 60

    /// The live session, its active user and the user's role grants, in one query. A session
    /// unused for longer than `idleLimit` is over, as is one past its absolute lifetime.
    ///
    /// Plain SQL rather than three Fluent queries: this runs on every request whose session is
    /// not in the cache, so it is kept to one round trip and no model decoding.
    static func lookup(tokenHash: String, kind: Session.Kind, idleLimit: TimeInterval, req: Request) async throws -> CurrentUser? {
        guard let sql = req.db as? any SQLDatabase else { return nil }
        let now = AppClock.current.now()
        let rows = try await sql.raw(
            """
            SELECT s.id AS session_id, s.csrf_token, s.expires_at, s.last_seen_at,
                   u.id AS user_id, u.username, u.display_name, u.email, u.instansi_id, u.must_change_password,
                   i.requires_second_factor, f.confirmed AS has_second_factor,
                   r.role, r.instansi_id AS role_instansi_id, r.unit_id AS role_unit_id, r.area
            FROM sessions s
            JOIN users u ON u.id = s.user_id
            LEFT JOIN instansi i ON i.id = u.instansi_id
            LEFT JOIN staff_second_factors f ON f.user_id = u.id
            LEFT JOIN role_assignments r ON r.user_id = u.id
            WHERE s.token_hash = \(bind: tokenHash) AND s.kind = \(bind: kind.rawValue)
              AND s.expires_at > \(bind: now) AND u.is_active = \(bind: true)
              AND (s.last_seen_at IS NULL OR s.last_seen_at > \(bind: now.addingTimeInterval(-idleLimit)))
            """
        ).all()
        guard let first = rows.first else { return nil }
        let sessionID = try first.decode(column: "session_id", as: UUID.self)
        let lastSeen = try first.decode(column: "last_seen_at", as: Date?.self) ?? .distantPast
        if now.timeIntervalSince(lastSeen) > touchInterval {
            try await req.write { db in
                try await (db as! any SQLDatabase).raw("UPDATE sessions SET last_seen_at = \(bind: now) WHERE id = \(bind: sessionID)")
                    .run()
            }
        }
        let user = UserDTO(
            id: try first.decode(column: "user_id", as: UUID.self),
            username: try first.decode(column: "username", as: String.self),
            displayName: try first.decode(column: "display_name", as: String.self),
            email: try first.decode(column: "email", as: String?.self),
            isActive: true,
            instansiID: try first.decode(column: "instansi_id", as: UUID?.self))
        let grants = try rows.compactMap { row -> RoleGrant? in
            guard let role = try row.decode(column: "role", as: String?.self).flatMap(Role.init(rawValue:)) else { return nil }
            let assignment = RoleAssignment()
            assignment.role = role
            assignment.$instansi.id = try row.decode(column: "role_instansi_id", as: UUID?.self)
            assignment.$unit.id = try row.decode(column: "role_unit_id", as: UUID?.self)
            assignment.area = try row.decode(column: "area", as: Int?.self)
            return assignment.grant
        }
        let agencyRequiresAll = try first.decode(column: "requires_second_factor", as: Bool?.self) ?? false
        return CurrentUser(
            user: user, sessionID: sessionID,
            csrfToken: try first.decode(column: "csrf_token", as: String.self),
            expiresAt: try first.decode(column: "expires_at", as: Date.self), grants: grants,
            mustChangePassword: try first.decode(column: "must_change_password", as: Bool.self),
            needsSecondFactor: SecondFactorPolicy.isRequired(
                grants: req.application.settings.requireAdministratorSecondFactor ? grants : [],
                agencyRequiresAll: agencyRequiresAll),
            hasSecondFactor: try first.decode(column: "has_second_factor", as: Bool?.self) ?? false)
    }
}

/// Lets only logged-in users through: API clients get 401, browsers go to the login page.
/// An account whose password an administrator set reaches only the pages that change it
/// (``passwordChangePaths``): API clients get 403 `password_change_required`, browsers the profile page.
struct RequireLogin: AsyncMiddleware {
    let redirectToLogin: Bool

    /// Where an account that must change its password may still go.
    static let passwordChangePaths: Set<String> = [
        SitePath.profile.path(), SitePath.profilePassword.path(), SitePath.logout.path(), SitePath.me.apiPath(),
        SitePath.mePassword.apiPath(),
        SitePath.logout.apiPath(),
    ]
    /// Where an account that must enrol a second factor may still go.
    static let enrolmentPaths: Set<String> = [
        SitePath.profileSecondFactor.path(), SitePath.profileSecondFactorStart.path(), SitePath.profileSecondFactorConfirm.path(),
        SitePath.logout.path(), SitePath.me.apiPath(),
        SitePath.meSecondFactor.apiPath(), SitePath.meSecondFactorConfirm.apiPath(), SitePath.logout.apiPath(),
    ]

    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let current = req.auth.get(CurrentUser.self) else {
            if redirectToLogin {
                let target = req.url.path.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"
                return req.redirect(to: SitePath.login.path() + "?next=\(target)")
            }
            throw AppError.unauthorized
        }
        if current.mustChangePassword, !Self.passwordChangePaths.contains(req.url.path) {
            if redirectToLogin {
                return req.redirect(to: SitePath.profile.path() + "?notice=password_change_required", redirectType: .normal)
            }
            throw AppError(.forbidden, code: "password_change_required")
        }
        if current.mustEnrolSecondFactor, !Self.enrolmentPaths.contains(req.url.path) {
            if redirectToLogin {
                return req.redirect(to: SitePath.profileSecondFactor.path() + "?notice=second_factor_required", redirectType: .normal)
            }
            throw AppError(.forbidden, code: "second_factor_enrolment_required")
        }
        return try await next.respond(to: req)
    }
}
