import Foundation
import Vapor
import ZIServer

/// Requests a benchmark makes to seed data the way users do: API calls with the admin's token,
/// and forms with the session cookie or, on public pages, the visitor's CSRF cookie.
extension BenchmarkServer {
    /// Sends `method path` with the admin's bearer token and a JSON body; fails unless 2xx.
    @discardableResult
    func api(_ method: HTTPMethod, _ path: String, json: Any? = nil) async throws -> Data {
        try await send(method, path) { request in
            request.headers.bearerAuthorization = BearerAuthorization(token: token)
            if let json {
                request.headers.contentType = .json
                request.body = ByteBuffer(data: try JSONSerialization.data(withJSONObject: json))
            }
        }
    }

    /// Sends a raw body (a file) with the admin's bearer token; fails unless 2xx.
    @discardableResult
    func api(_ method: HTTPMethod, _ path: String, body: Data, contentType: HTTPMediaType) async throws -> Data {
        try await send(method, path) { request in
            request.headers.bearerAuthorization = BearerAuthorization(token: token)
            request.headers.contentType = contentType
            request.body = ByteBuffer(data: body)
        }
    }

    /// Sends a `multipart/form-data` body of text fields and one file with the admin's token.
    @discardableResult
    func apiUpload(_ path: String, fields: [String: String], file: (name: String, bytes: Data)) async throws -> Data {
        let boundary = "sizi-bench-\(UUID().uuidString)"
        var body = Data()
        for (name, value) in fields.sorted(by: { $0.key < $1.key }) {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        body.append(
            Data(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
                    .utf8))
        body.append(file.bytes)
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        return try await api(
            .POST, path, body: body, contentType: HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": boundary])
        )
    }

    /// GETs `path` as the admin — with the browser session when `asPage`, else with the API
    /// token — and fails unless it answers 200.
    func read(_ path: String, asPage: Bool) async throws -> Data {
        try await send(.GET, path, accept: 200..<201) { request in
            if asPage {
                request.headers.cookie = HTTPCookies(
                    dictionaryLiteral: (ZIServer.SessionAuthenticator.cookieName, HTTPCookies.Value(string: sessionCookie)))
            } else {
                request.headers.bearerAuthorization = BearerAuthorization(token: token)
            }
        }
    }

    /// GETs a page with the admin's session and returns its HTML.
    func page(_ path: String) async throws -> String {
        String(decoding: try await read(path, asPage: true), as: UTF8.self)
    }

    /// The CSRF token the admin's session puts into its forms (read from `path`'s form).
    func sessionFormToken(from path: String) async throws -> String {
        let html = try await page(path)
        guard let match = html.firstMatch(of: /name="_csrf" value="([^"]+)"/) else {
            throw CommandLineError("\(path) has no form token")
        }
        return String(match.1)
    }

    /// A visitor's CSRF cookie, as a public form hands it out.
    func visitorFormToken(from path: String) async throws -> String {
        let response = try await app.client.get(URI(string: base + path))
        guard let token = response.headers.setCookie?["sizi_csrf"]?.string else { throw CommandLineError("\(path) set no CSRF cookie") }
        return token
    }

    /// Posts a public form as a visitor holding `csrf`; fails unless 2xx or 3xx.
    func publicForm(_ path: String, csrf: String, fields: [String: String]) async throws {
        _ = try await send(.POST, path) { request in
            request.headers.cookie = HTTPCookies(dictionaryLiteral: ("sizi_csrf", HTTPCookies.Value(string: csrf)))
            try request.content.encode(fields.merging(["_csrf": csrf]) { $1 }, as: .urlEncodedForm)
        }
    }

    /// Sends `target` once, as wrk will, and fails unless it is answered as meant (200 for a
    /// read, 2xx or a redirect after a form post): a load run of login redirects measures nothing.
    func probe(_ target: LoadRun.Target) async throws {
        let method = HTTPMethod(rawValue: target.method)
        guard target.url.hasPrefix(base) else { throw CommandLineError("\(target.url) is not on this server") }
        let data = try await send(method, String(target.url.dropFirst(base.count)), accept: method == .GET ? 200..<201 : 200..<400) {
            request in
            for (name, value) in target.headers { request.headers.replaceOrAdd(name: name, value: value) }
            if let body = target.body { request.body = ByteBuffer(string: body) }
        }
        if method == .GET, data.isEmpty { throw CommandLineError("\(target.name) answered an empty body") }
    }

    private func send(
        _ method: HTTPMethod, _ path: String, accept: Range<UInt> = 200..<400, prepare: (inout ClientRequest) throws -> Void
    ) async throws -> Data {
        var request = ClientRequest(method: method, url: URI(string: base + path))
        try prepare(&request)
        let response = try await app.client.send(request)
        let body = response.body.map { Data(buffer: $0) } ?? Data()
        guard accept.contains(response.status.code) else {
            throw CommandLineError("\(method) \(path) answered \(response.status): \(String(decoding: body.prefix(500), as: UTF8.self))")
        }
        return body
    }
}
