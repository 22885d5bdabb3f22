import Foundation
import Vapor

/// The OpenAPI 3.1 description of the whole JSON API, served at `GET /api/v1/openapi.json`
/// without login. The document is `Resources/OpenAPI/openapi.json`; `OpenAPIDocumentTests` fails
/// when a registered API route is missing from it, and CI runs schemathesis against it.
enum OpenAPIDocument {
    /// The document's bytes, read once from the resource bundle.
    static func load() throws -> Data {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json", subdirectory: "OpenAPI") else {
            throw SettingsError(key: "resources", message: "OpenAPI/openapi.json is missing from the bundle")
        }
        return try Data(contentsOf: url)
    }

    static func register(_ api: any RoutesBuilder) throws {
        let document = try load()
        api.get(.openAPIDocument) { _ in
            let response = Response(status: .ok, body: .init(data: document))
            response.headers.contentType = .json
            return response
        }
    }
}
