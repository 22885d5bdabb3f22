import Fluent
import Vapor

/// Finds the session of a request, from the `Authorization: Bearer` header (API)
/// or the session cookie (web), and logs its user in for the request.
struct SessionAuthenticator: AsyncMiddleware {
    static let cookieName = "sizi_session"

    let kind: Session.Kind

    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let token: String? = switch kind {
        case .api: req.headers.bearerAuthorization?.token
        case .web: req.cookies[Self.cookieName]?.string
        }
        if let token, let current = try await Self.lookup(token: token, kind: kind, on: req.db) {
            req.auth.login(current)
        }
        return try await next.respond(to: req)
    }

    /// One query: the live session with its active user.
    static func lookup(token: String, kind: Session.Kind, on db: any Database) async throws -> CurrentUser? {
        guard token.count <= 128,
              let session = try await Session.query(on: db)
                .join(User.self, on: \Session.$user.$id == \User.$id)
                .filter(\.$tokenHash == Tokens.hash(token))
                .filter(\.$kind == kind)
                .filter(\.$expiresAt > Date())
                .filter(User.self, \.$isActive == true)
                .first()
        else { return nil }
        return CurrentUser(user: try session.joined(User.self), session: session)
    }
}

/// Lets only logged-in users through: API clients get 401, browsers go to the login page.
struct RequireLogin: AsyncMiddleware {
    let redirectToLogin: Bool

    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard req.auth.has(CurrentUser.self) else {
            if redirectToLogin {
                let target = req.url.path.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"
                return req.redirect(to: "/login?next=\(target)")
            }
            throw AppError.unauthorized
        }
        return try await next.respond(to: req)
    }
}
