import Vapor

/// Registering a route by its ``SitePath``: `routes.get(.unitComplaints, use: index)`.
extension RoutesBuilder {
    @discardableResult
    func get<Response: AsyncResponseEncodable>(
        _ path: SitePath, use closure: @escaping @Sendable (Request) async throws -> Response
    ) -> Route {
        on(.GET, path.components, use: closure)
    }

    @discardableResult
    func post<Response: AsyncResponseEncodable>(
        _ path: SitePath, use closure: @escaping @Sendable (Request) async throws -> Response
    ) -> Route {
        on(.POST, path.components, use: closure)
    }

    @discardableResult
    func put<Response: AsyncResponseEncodable>(
        _ path: SitePath, use closure: @escaping @Sendable (Request) async throws -> Response
    ) -> Route {
        on(.PUT, path.components, use: closure)
    }

    @discardableResult
    func patch<Response: AsyncResponseEncodable>(
        _ path: SitePath, use closure: @escaping @Sendable (Request) async throws -> Response
    ) -> Route {
        on(.PATCH, path.components, use: closure)
    }

    @discardableResult
    func delete<Response: AsyncResponseEncodable>(
        _ path: SitePath, use closure: @escaping @Sendable (Request) async throws -> Response
    ) -> Route {
        on(.DELETE, path.components, use: closure)
    }

    /// A route whose body is not collected the default way (streamed uploads, larger imports).
    @discardableResult
    func on<Response: AsyncResponseEncodable>(
        _ method: HTTPMethod, _ path: SitePath, body: HTTPBodyStreamStrategy,
        use closure: @escaping @Sendable (Request) async throws -> Response
    ) -> Route {
        on(method, path.components, body: body, use: closure)
    }
}
