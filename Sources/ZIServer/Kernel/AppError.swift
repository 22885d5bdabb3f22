import Vapor

/// An error SIZI shows to a person or an API client: a stable code, an HTTP status,
/// a translation key for the message, and the fields that need fixing.
struct AppError: AbortError, Sendable {
    let status: HTTPResponseStatus
    let code: String
    let messageKey: String
    let messageArguments: [String]
    let fields: [FieldError]

    init(
        _ status: HTTPResponseStatus, code: String, messageKey: String? = nil,
        arguments: [String] = [], fields: [FieldError] = []
    ) {
        self.status = status
        self.code = code
        self.messageKey = messageKey ?? "error.\(code)"
        self.messageArguments = arguments
        self.fields = fields
    }

    var reason: String { messageKey }

    static let unauthorized = AppError(.unauthorized, code: "unauthorized")
    static let forbidden = AppError(.forbidden, code: "forbidden")
    static let notFound = AppError(.notFound, code: "not_found")
    static let csrf = AppError(.forbidden, code: "csrf_failed")

    static func validation(_ fields: [FieldError]) -> AppError {
        AppError(.unprocessableEntity, code: "validation_failed", fields: fields)
    }

    static func conflict(_ code: String, field: String? = nil) -> AppError {
        let fields = field.map { [FieldError(field: $0, key: "error.\(code)")] } ?? []
        return AppError(.conflict, code: code, fields: fields)
    }
}

/// A problem with one input field, as a translation key (with arguments) so it can be shown in any locale.
struct FieldError: Sendable, Equatable {
    let field: String
    let key: String
    var arguments: [String] = []
}

extension AppError {
    /// Runs `body`, giving its field errors the names that a combined form uses.
    static func renamingFields<T>(_ names: [String: String], _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as AppError {
            let fields = error.fields.map { FieldError(field: names[$0.field] ?? $0.field, key: $0.key, arguments: $0.arguments) }
            throw AppError(
                error.status, code: error.code, messageKey: error.messageKey,
                arguments: error.messageArguments, fields: fields)
        }
    }
}
