import Vapor

/// Logs each request's method and path, like Vapor's `RouteLoggingMiddleware`, except for routes
/// marked with a ``RoutePrivacy``: a whistleblower's requests are not logged at all, a handler's
/// by their route pattern (`GET /wbs/reports/:reportID`), never with the ids in the path. No
/// client address, user agent or referrer is ever part of the line.
struct PrivacyRouteLogging: AsyncMiddleware {
    let logLevel: Logger.Level

    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        switch RoutePrivacy.of(req) {
        case .reporter:
            break
        case .handler:
            let pattern = req.route.map { "/" + $0.path.map(\.description).joined(separator: "/") } ?? ""
            req.logger.log(level: logLevel, "\(req.method) \(pattern)")
        case nil:
            req.logger.log(level: logLevel, "\(req.method) \(req.url.path.removingPercentEncoding ?? req.url.path)")
        }
        return try await next.respond(to: req)
    }
}
