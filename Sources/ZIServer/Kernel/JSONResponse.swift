import Vapor

extension Response {
    /// A JSON response for a value that is `Encodable` but not Vapor `Content` (the domain's
    /// own types, which know nothing of Vapor).
    static func json(_ value: some Encodable, status: HTTPStatus = .ok) throws -> Response {
        let response = Response(status: status)
        try response.content.encode(value, as: .json)
        return response
    }
}
