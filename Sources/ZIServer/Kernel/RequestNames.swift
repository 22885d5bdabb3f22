import Foundation
import Vapor
import ZICore

/// The names of statuses, kinds and periods for code that builds what a request answers but
/// holds no request (a DTO, a row of a report): bound to the request's language by
/// ``NamesMiddleware``, as ``AppClock/current`` is to its clock. Outside a request (the command
/// line) they are Indonesian. Official documents and stored texts never use these: they take
/// `app.documentNames`, Indonesian whatever the reader's language.
package enum RequestNames {
    @TaskLocal static var current: LabelNames = indonesian

    /// The Indonesian names of the bundled locale files, for texts that are Indonesian whoever
    /// reads them (the keys themselves if the files cannot be read; the server refuses to start then).
    package static let indonesian: LabelNames = {
        let folder = Bundle.module.resourceURL?.appendingPathComponent("Locales")
        let tables = folder.flatMap { try? Translations(directory: $0) }
        return tables?.names(Translations.defaultLocale) ?? LabelNames { $0 }
    }()
}

/// Binds the request's names (its language) to the task that answers it.
struct NamesMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        try await RequestNames.$current.withValue(request.names) {
            try await next.respond(to: request)
        }
    }
}
