import Vapor

/// Renders the whistleblower's pages with their own plain layout (`wbs/public-base`): no
/// navigation, no account and no form token — nothing that would set a cookie or tie the visit
/// to anyone. The language follows `?lang=` (links and forms carry it), not a cookie.
enum WBSPublicPage {
    /// A page's title with its own content.
    struct View<Content: Encodable>: Encodable {
        let title: String
        let data: Content
    }

    static func render<C: Encodable>(
        _ template: String, title: String, _ data: C, req: Request,
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let response = try await req.view.render(template, View(title: title, data: data)).encodeResponse(for: req)
        response.status = status
        return response
    }
}

/// Wraps every whistleblower's route: drops the request id from the request's logger (a proxy
/// may set `X-Request-Id` and log it next to the client's address, so it must not tie anything
/// SIZI logs to the visit), and turns every error into the plain error page of their layout
/// (inside ``SecurityHeaders``, so it gets the strict headers), logging a failure by its type
/// only: a message could quote what the reporter sent.
struct ReporterPrivacy: AsyncMiddleware {
    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        req.logger[metadataKey: "request-id"] = nil
        do {
            return try await next.respond(to: req)
        } catch {
            let appError = ErrorResponder.appError(from: error, req: req)
            if appError.status == .internalServerError {
                req.logger.error("whistleblowing page failed", metadata: ["error": "\(String(reflecting: type(of: error)))"])
            }
            struct ErrorView: Encodable {
                let status: UInt
                let message: String
            }
            return try await WBSPublicPage.render(
                "wbs/public-error", title: req.t("title.wbs_error"),
                ErrorView(
                    status: appError.status.code,
                    message: req.t(appError.messageKey, appError.messageArguments)),
                req: req, status: appError.status)
        }
    }
}
