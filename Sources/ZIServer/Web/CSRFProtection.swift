import Vapor

/// Refuses state-changing browser requests that do not carry the form token.
///
/// Logged-in forms carry the session's token; the login form (before any session)
/// uses a double-submit cookie. API requests use bearer tokens, which a foreign
/// site cannot send, so they are not checked here.
struct CSRFProtection: AsyncMiddleware {
    static let cookieName = "sizi_csrf"
    static let fieldName = "_csrf"
    /// The largest form body read for its token when logged in (the XLSX upload limit plus room for the form).
    static let maxBodyBytes = 6 * 1024 * 1024

    /// The `Route.userInfo` key of routes that read their body as it streams: they check the
    /// token themselves, from the header or the form's first fields (``verify(_:for:)``).
    static let checkedByRoute = "sizi.csrfCheckedByRoute"

    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if ![.GET, .HEAD, .OPTIONS].contains(req.method), req.route?.userInfo[Self.checkedByRoute] as? Bool != true {
            if req.body.data == nil {
                // A larger body (a file upload) still streams at this point; the token is inside it.
                // Before login nothing larger than a login form is read.
                let limit = req.auth.has(CurrentUser.self) ? Self.maxBodyBytes : FormWithFiles.maxFormBytes
                _ = try await req.body.collect(max: limit).get()
            }
            try Self.verify(try? req.content.get(String.self, at: Self.fieldName), for: req)
        }
        return try await next.respond(to: req)
    }

    /// Checks a token sent in a form field (or else the `X-CSRF-Token` header).
    static func verify(_ field: String?, for req: Request) throws {
        let sent = field ?? req.headers.first(name: "X-CSRF-Token") ?? ""
        guard let expected = expectedToken(for: req), !sent.isEmpty, Tokens.constantTimeEqual(sent, expected) else {
            throw AppError.csrf
        }
    }

    /// The token a form of this request must carry.
    static func expectedToken(for req: Request) -> String? {
        if let current = req.auth.get(CurrentUser.self) { return current.csrfToken }
        return req.cookies[cookieName]?.string
    }

    /// The token to put into a form, creating the pre-login cookie when needed.
    static func formToken(for req: Request) -> String {
        if let token = expectedToken(for: req) { return token }
        let token = Tokens.random()
        req.storage[PendingCookieKey.self] = token
        return token
    }

    struct PendingCookieKey: StorageKey { typealias Value = String }
}

/// Sets the pre-login CSRF cookie when a page handed out a new token.
struct CSRFCookieWriter: AsyncMiddleware {
    let settings: Settings

    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: req)
        if let token = req.storage[CSRFProtection.PendingCookieKey.self] {
            response.cookies[CSRFProtection.cookieName] = CookieFactory.cookie(token, for: req, settings: settings, maxAge: nil)
        }
        return response
    }
}

/// Builds cookies with the flags SIZI always wants.
enum CookieFactory {
    /// `Secure` unless the request came over plain HTTP straight from this host (a developer's
    /// browser on `http://127.0.0.1:8080`): any other request reached SIZI through a network, where
    /// a session cookie must never travel in clear, even when the proxy is not configured as trusted.
    static func isSecure(_ req: Request, settings: Settings) -> Bool {
        settings.alwaysSecureCookies || req.application.clientAddress.isHTTPS(req) || !ClientAddress.isDirectLocal(req)
    }

    static func cookie(_ value: String, for req: Request, settings: Settings, maxAge: Int?) -> HTTPCookies.Value {
        HTTPCookies.Value(
            string: value, expires: nil, maxAge: maxAge, domain: nil, path: "/",
            isSecure: isSecure(req, settings: settings),
            isHTTPOnly: true, sameSite: .lax)
    }
}
