import Vapor

/// Errors of the `/portalrb/…` endpoints in the shape the PortalRB guide requires for every
/// non-2xx answer: `{"error": true, "code": "DATA_NOT_FOUND", "message": "…"}` (§6), with the
/// guide's statuses (§5). Nothing else of an error (no stack trace, no SQL) leaves the server.
struct PortalRBError: Error, Sendable {
    let status: HTTPResponseStatus
    let code: String
    /// Translation key of the message (`portalrb.error.*`).
    let messageKey: String

    static let missingToken = PortalRBError(status: .unauthorized, code: "UNAUTHORIZED", messageKey: "portalrb.error.unauthorized")
    static let expired = PortalRBError(status: .unauthorized, code: "TOKEN_EXPIRED", messageKey: "portalrb.error.expired")
    static let revoked = PortalRBError(status: .unauthorized, code: "TOKEN_REVOKED", messageKey: "portalrb.error.revoked")
    static let noProposals = PortalRBError(status: .notFound, code: "DATA_NOT_FOUND", messageKey: "portalrb.error.no_proposals")
    static let unitNotProposed = PortalRBError(status: .notFound, code: "UNIT_NOT_FOUND", messageKey: "portalrb.error.unit")
    static let noAnswers = PortalRBError(status: .notFound, code: "DATA_NOT_FOUND", messageKey: "portalrb.error.no_answers")
    static let badUnitID = PortalRBError(status: .unprocessableEntity, code: "INVALID_UNIT_ID", messageKey: "portalrb.error.unit_id")
    static let badYear = PortalRBError(status: .unprocessableEntity, code: "INVALID_YEAR", messageKey: "portalrb.error.year")

    /// The body the guide prescribes.
    struct Body: Content {
        let error: Bool
        let code: String
        let message: String
    }

    /// The guide's answer for any error thrown while serving PortalRB.
    static func response(for error: any Error, req: Request) -> Response {
        let known: PortalRBError
        var headers = HTTPHeaders()
        switch error {
        case let error as PortalRBError:
            known = error
        case let error as AppError where error.status == .tooManyRequests:
            known = PortalRBError(status: .tooManyRequests, code: "RATE_LIMITED", messageKey: "portalrb.error.rate")
            headers.replaceOrAdd(name: .retryAfter, value: error.messageArguments.first ?? "60")
        case let error as AppError where error.status == .notFound:
            known = PortalRBError(status: .notFound, code: "NOT_FOUND", messageKey: "portalrb.error.not_found")
        default:
            req.logger.report(error: error)
            known = PortalRBError(status: .internalServerError, code: "INTERNAL_ERROR", messageKey: "portalrb.error.internal")
        }
        let body = Body(error: true, code: known.code, message: req.t(known.messageKey))
        headers.contentType = .json
        let data = (try? JSONEncoder().encode(body)) ?? Data()
        return Response(status: known.status, headers: headers, body: .init(data: data))
    }
}
