import Vapor

/// How much of a route may show up in logs and caches. Routes are ordinary unless marked
/// (``RoutesBuilder/marked(_:)``); the whistleblowing routes are marked so that nothing ties a
/// request to a person: ``PrivacyRouteLogging`` and ``SecurityHeaders`` read the mark.
enum RoutePrivacy: Sendable {
    /// A whistleblower's page: never logged, never cached, the strict content policy.
    case reporter
    /// A whistleblowing handler's page: logged by its route pattern only (no ids), never
    /// cached, the strict content policy.
    case handler

    /// The `Route.userInfo` key of the mark.
    static let key = "sizi.routePrivacy"

    /// The mark of the route a request was routed to, if any.
    static func of(_ req: Request) -> RoutePrivacy? {
        req.route?.userInfo[key] as? RoutePrivacy
    }

    /// The Content-Security-Policy of marked pages: no script at all, nothing from elsewhere,
    /// forms only to this site, no framing, no `<base>` tricks.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
}

/// Registers routes with a ``RoutePrivacy`` mark.
private struct MarkedRoutes: RoutesBuilder {
    let base: any RoutesBuilder
    let privacy: RoutePrivacy

    func add(_ route: Route) {
        route.userInfo[RoutePrivacy.key] = privacy
        base.add(route)
    }
}

extension RoutesBuilder {
    /// A builder whose routes carry `privacy`.
    func marked(_ privacy: RoutePrivacy) -> any RoutesBuilder {
        MarkedRoutes(base: self, privacy: privacy)
    }
}
