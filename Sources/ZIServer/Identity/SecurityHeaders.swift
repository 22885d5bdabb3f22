import Vapor

/// Headers that keep pages from being framed, sniffed or loading foreign scripts. Routes marked
/// with a ``RoutePrivacy`` (the whistleblowing pages) get the stricter policy and are never cached.
/// HTTPS answers (directly or through a trusted proxy) carry HSTS.
struct SecurityHeaders: AsyncMiddleware {
    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: req)
        let privacy = RoutePrivacy.of(req)
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        response.headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY")
        response.headers.replaceOrAdd(name: "Referrer-Policy", value: "same-origin")
        response.headers.replaceOrAdd(
            name: "Content-Security-Policy",
            value: privacy == nil
                ? "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'"
                : RoutePrivacy.contentSecurityPolicy)
        if req.application.clientAddress.isHTTPS(req) {
            // Only over HTTPS (RFC 6797): browsers then refuse plain HTTP to this host for a year.
            response.headers.replaceOrAdd(name: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains")
        }
        if privacy != nil || req.url.path.hasPrefix("/api/") || req.auth.has(CurrentUser.self) {
            response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        }
        return response
    }
}
