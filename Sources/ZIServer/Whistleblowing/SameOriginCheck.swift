import Vapor

/// Refuses state-changing requests that a browser sends on behalf of another site — CSRF
/// protection for the whistleblower's forms, which cannot use SIZI's usual double-submit cookie
/// because no cookie is ever set on those pages.
///
/// The rule: when `Sec-Fetch-Site` is sent (modern browsers; scripts cannot forge it) it must be
/// `same-origin`; otherwise, when `Origin` is sent (every current browser on a cross-site POST),
/// it must name this host (`Host`, or `X-Forwarded-Host` from a trusted proxy). A request with
/// neither header does not come from a current browser on another site; it is let through
/// (there is no cookie or session it could ride on anyway). `Origin: null` is refused.
struct SameOriginCheck: AsyncMiddleware {
    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if ![.GET, .HEAD, .OPTIONS].contains(req.method) {
            guard Self.isSameOrigin(req.headers, trustForwardedHost: req.application.clientAddress.isFromTrustedProxy(req)) else {
                throw WBSError.crossSite
            }
        }
        return try await next.respond(to: req)
    }

    /// Whether `headers` show a request from this site's own pages (or from no browser page at all);
    /// `X-Forwarded-Host` counts only when a trusted proxy set it.
    static func isSameOrigin(_ headers: HTTPHeaders, trustForwardedHost: Bool) -> Bool {
        if let site = headers.first(name: "Sec-Fetch-Site") {
            return site.lowercased() == "same-origin"
        }
        guard let origin = headers.first(name: .origin) else { return true }
        guard let authority = URLComponents(string: origin).flatMap(Self.authority) else { return false }
        let forwardedHost = trustForwardedHost ? headers.first(name: "X-Forwarded-Host") : nil
        let host = forwardedHost ?? headers.first(name: .host) ?? ""
        return authority.lowercased() == host.split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
    }

    /// `host[:port]` of an origin (`https://sizi.example.go.id` → `sizi.example.go.id`).
    private static func authority(_ url: URLComponents) -> String? {
        guard let host = url.host, !host.isEmpty else { return nil }
        return url.port.map { "\(host):\($0)" } ?? host
    }
}
