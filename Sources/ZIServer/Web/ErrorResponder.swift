import Vapor

/// Turns every error into the answer its caller understands: JSON under `/api`,
/// an HTML page (or a redirect to the login page) for browsers.
///
/// API errors look like `{"error": {"code": "...", "message": "...", "fields": [...]}}`.
struct ErrorResponder: AsyncMiddleware {
    func respond(to req: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: req)
        } catch {
            let appError = Self.appError(from: error, req: req)
            if appError.status == .internalServerError {
                req.logger.report(error: error)
            }
            if req.url.path.hasPrefix("/api/") || req.headers.accept.mediaTypes.contains(.json) {
                return try Self.json(appError, req: req)
            }
            if appError.status == .unauthorized {
                return req.redirect(to: SitePath.login.path())
            }
            return try await WebPage.error(appError, req: req)
        }
    }

    /// Maps framework and decoding errors onto SIZI's stable codes.
    static func appError(from error: any Error, req: Request) -> AppError {
        switch error {
        case let appError as AppError:
            return appError
        case let decoding as DecodingError:
            return decodingError(decoding)
        case let abort as any AbortError:
            switch abort.status {
            case .notFound: return .notFound
            case .payloadTooLarge: return AppError(.payloadTooLarge, code: "payload_too_large")
            case .unsupportedMediaType: return AppError(.unsupportedMediaType, code: "unsupported_media_type")
            case .badRequest: return AppError(.badRequest, code: "bad_request")
            case .methodNotAllowed: return AppError(.methodNotAllowed, code: "method_not_allowed")
            default: return AppError(abort.status, code: "http_\(abort.status.code)", messageKey: "error.internal")
            }
        default:
            return AppError(.internalServerError, code: "internal_error", messageKey: "error.internal")
        }
    }

    private static func decodingError(_ error: DecodingError) -> AppError {
        func name(_ path: [any CodingKey]) -> String { path.map(\.stringValue).joined(separator: ".") }
        switch error {
        case .keyNotFound(let key, let context):
            return .validation([FieldError(field: name(context.codingPath + [key]), key: "validation.required")])
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            if context.codingPath.isEmpty { return AppError(.badRequest, code: "malformed_json") }
            return .validation([FieldError(field: name(context.codingPath), key: "validation.type")])
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return AppError(.badRequest, code: "malformed_json") }
            return .validation([FieldError(field: name(context.codingPath), key: "validation.type")])
        @unknown default:
            return AppError(.badRequest, code: "malformed_json")
        }
    }

    private static func json(_ error: AppError, req: Request) throws -> Response {
        struct Body: Encodable {
            struct Detail: Encodable {
                let code: String
                let message: String
                let fields: [Field]?
            }
            struct Field: Encodable {
                let field: String
                let message: String
            }
            let error: Detail
        }
        let fields = error.fields.map { Body.Field(field: $0.field, message: req.t($0.key, $0.arguments)) }
        let body = Body(
            error: .init(
                code: error.code, message: req.t(error.messageKey, error.messageArguments),
                fields: fields.isEmpty ? nil : fields))
        let response = Response(status: error.status)
        try response.content.encode(body, as: .json)
        return response
    }
}
