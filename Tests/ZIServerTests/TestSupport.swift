import Fluent
import Foundation
import SQLKit
import Vapor
import AsyncHTTPClient
import XCTVapor
import ZICore
@testable import ZIServer

/// Builds a fresh SIZI application for one test: a new SQLite file in a temporary
/// directory, or — when `SIZI_TEST_DATABASE_URL` is set — the PostgreSQL database
/// it names, emptied first. The same tests run on both engines.
enum TestApp {
    static let adminPassword = "AdminPassw0rd"

    /// The clock of every test application: it reads Monday 7 December 2026, 10:00 WIB when the
    /// suite starts and runs on at real speed, so the suite's dates never depend on the day it
    /// runs (nor on crossing midnight WIB) while timeouts still pass.
    static let clock = AppClock.starting(at: Date(timeIntervalSince1970: 1_796_612_400))

    static var usesPostgres: Bool { postgresURL != nil }
    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["SIZI_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// `adjust` changes the settings before the application is configured (limits, backends).
    static func make(adjust: (inout Settings) -> Void = { _ in }) async throws -> Application {
        let app = try await Application.make(.testing)
        app.logger.logLevel = .warning
        app.clock = clock
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sizi-test-\(UUID().uuidString)")
        var settings = Settings(
            dataDirectory: directory.path, databaseURL: postgresURL,
            adminPassword: adminPassword, bcryptCost: 4)
        settings.whistleblowing.scrypt = WBSTest.cheapScrypt
        settings.whistleblowing.keySealScrypt = WBSTest.cheapScrypt
        // The suite logs in as administrators everywhere; SecondFactorTests turns the rule back on.
        settings.requireAdministratorSecondFactor = false
        adjust(&settings)
        app.lifecycle.use(RemoveDirectoryOnShutdown(directory: directory))
        do {
            try await configure(app, settings: settings)
            if usesPostgres, let sql = app.db as? any SQLDatabase {
                try await sql.raw("DROP SCHEMA IF EXISTS public CASCADE").run()
                try await sql.raw("CREATE SCHEMA public").run()
            }
            try await app.withClock {
                try await app.autoMigrate()
                try await AdminBootstrap.run(app, settings: settings)
            }
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        return app
    }
}

extension Application {
    /// Stops this application's clock where it is: for tests that count requests within one
    /// minute of the rate limiters, which a minute boundary falling mid-test would otherwise reset
    /// (the suite's clock runs at real speed from the first test on).
    func freezeClock() {
        clock = .fixed(clock.now())
    }
}

/// Deletes a test's data directory (its SQLite file) when the application shuts down.
struct RemoveDirectoryOnShutdown: LifecycleHandler {
    let directory: URL

    func shutdown(_ application: Application) {
        try? FileManager.default.removeItem(at: directory)
    }
}

/// A test client that speaks real HTTP to the application, served on a random local port.
///
/// Redirects are not followed, so tests see the 303 a browser would get.
final class Client: Sendable {
    let app: Application
    private let http: HTTPClient
    private let baseURL: String

    init(app: Application) async throws {
        self.app = app
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        guard let port = app.http.server.shared.localAddress?.port else { throw TestFailure("server has no port") }
        baseURL = "http://127.0.0.1:\(port)"
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .disallow
        http = HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
    }

    func shutdown() async throws {
        try await http.shutdown()
        await app.server.shutdown()
    }

    /// A response, with its body decoded on demand.
    struct Reply {
        let status: HTTPStatus
        let headers: HTTPHeaders
        let body: String
        var bytes: [UInt8]? = nil

        func json<T: Decodable>(_ type: T.Type = T.self) throws -> T {
            let decoder = JSONDecoder()
            decoder.dateDecodingStrategy = .iso8601
            return try decoder.decode(T.self, from: Data(body.utf8))
        }

        /// The fields named in an API error body.
        var fieldErrors: [String] {
            ((try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
                .flatMap { $0["error"] as? [String: Any] }?["fields"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }
        }

        /// The `error.code` of an API error body.
        var errorCode: String? {
            (try? JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any])
                .flatMap { $0["error"] as? [String: Any] }?["code"] as? String
        }

        var location: String? { headers.first(name: .location) }

        func cookie(_ name: String) -> String? {
            for header in headers[.setCookie] {
                let pair = header.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
                if pair.count == 2, pair[0] == name { return String(pair[1]) }
            }
            return nil
        }
    }

    /// A part of a multipart form.
    enum Part {
        case text(String)
        case file(String, [UInt8])
    }

    func send(
        _ method: HTTPMethod, _ path: String, token: String? = nil, json: (any Encodable)? = nil,
        rawBody: String? = nil, form: [String: String]? = nil, bytes: [UInt8]? = nil,
        multipart: KeyValuePairs<String, Part>? = nil, parts: [(String, Part)]? = nil, cookies: [String: String] = [:],
        headers extraHeaders: HTTPHeaders = [:]
    ) async throws -> Reply {
        let multipart = parts ?? multipart.map { $0.map { ($0.key, $0.value) } }
        var headers = extraHeaders
        if let token { headers.bearerAuthorization = BearerAuthorization(token: token) }
        if !cookies.isEmpty {
            headers.add(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        var body = ByteBuffer()
        if let json {
            headers.contentType = .json
            body = ByteBuffer(data: try JSONEncoder().encode(json))
        } else if let rawBody {
            headers.contentType = .json
            body = ByteBuffer(string: rawBody)
        } else if let bytes {
            if headers.contentType == nil { headers.contentType = .binary }
            body = ByteBuffer(bytes: bytes)
        } else if let multipart {
            let boundary = "sizi-test-\(UUID().uuidString)"
            headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
            for (name, part) in multipart {
                body.writeString("--\(boundary)\r\n")
                switch part {
                case .text(let value):
                    body.writeString("Content-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
                case .file(let filename, let data):
                    body.writeString("Content-Disposition: form-data; name=\"\(name)\"; filename=\"\(filename)\"\r\n")
                    body.writeString("Content-Type: application/octet-stream\r\n\r\n")
                    body.writeBytes(data)
                    body.writeString("\r\n")
                }
            }
            body.writeString("--\(boundary)--\r\n")
        } else if let form {
            headers.contentType = .urlEncodedForm
            var components = URLComponents()
            components.queryItems = form.map { URLQueryItem(name: $0.key, value: $0.value) }
            let encoded = (components.percentEncodedQuery ?? "").replacingOccurrences(of: "+", with: "%2B")
            body = ByteBuffer(string: encoded)
        }
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = method
        request.headers = headers
        request.body = .bytes(body)
        let response = try await http.execute(request, timeout: .seconds(30))
        let bytes = try await response.body.collect(upTo: 16 * 1024 * 1024)
        return Reply(
            status: response.status, headers: response.headers, body: String(decoding: bytes.readableBytesView, as: UTF8.self),
            bytes: Array(bytes.readableBytesView))
    }

    /// Logs in through the API and returns the bearer token.
    func login(_ username: String, _ password: String) async throws -> String {
        let reply = try await send(.POST, "/api/v1/login", json: ["username": username, "password": password])
        guard reply.status == .ok else { throw TestFailure("login \(username) failed: \(reply.status) \(reply.body)") }
        return try reply.json(AuthAPIController.LoginResponse.self).token
    }

    /// Logs in through the browser form; returns the cookies a browser would then hold.
    func webLogin(_ username: String, _ password: String) async throws -> [String: String] {
        let page = try await send(.GET, "/login")
        guard let csrf = page.cookie("sizi_csrf") else { throw TestFailure("no CSRF cookie on the login page") }
        let reply = try await send(
            .POST, "/login", form: ["username": username, "password": password, "_csrf": csrf],
            cookies: ["sizi_csrf": csrf])
        guard reply.status == .seeOther, let session = reply.cookie("sizi_session") else {
            throw TestFailure("web login \(username) failed: \(reply.status)")
        }
        return ["sizi_session": session]
    }

    /// The CSRF token of the logged-in browser session (read from a page's form).
    func csrfToken(cookies: [String: String]) async throws -> String {
        let page = try await send(.GET, "/profile", cookies: cookies)
        guard let range = page.body.range(of: #"name="_csrf" value=""#) else { throw TestFailure("no CSRF field") }
        return String(page.body[range.upperBound...].prefix { $0 != "\"" })
    }
}

/// A setup problem in a test (not an assertion).
struct TestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Two agencies with a small unit tree and one account per role, made through the real services.
///
/// Tree: instansi A (units `A1` with sub-unit `A1-1`), instansi B (unit `B1`).
struct Fixture {
    let app: Application
    let instansiA: Instansi
    let instansiB: Instansi
    let unitA1: WorkUnit
    let unitA11: WorkUnit
    let unitB1: WorkUnit
    /// Password of every fixture account.
    static let password = "Rahasia2026"

    static func make(_ app: Application) async throws -> Fixture {
        let actor = AuditActor.system
        let (a, b, a1, a11, b1) = try await app.write { db in
            let a = try await InstansiService.create(InstansiInput(name: "Kementerian A", code: "KA"), by: actor, on: db)
            let b = try await InstansiService.create(InstansiInput(name: "Kementerian B", code: "KB"), by: actor, on: db)
            let a1 = try await UnitService.create(
                UnitInput(name: "Balai A1", code: "A1"), instansiID: a.id!, parent: nil, by: actor, on: db)
            let a11 = try await UnitService.create(
                UnitInput(name: "Loka A1-1", code: "A1-1"), instansiID: a.id!, parent: a1, by: actor, on: db)
            let b1 = try await UnitService.create(
                UnitInput(name: "Balai B1", code: "B1"), instansiID: b.id!, parent: nil, by: actor, on: db)
            return (a, b, a1, a11, b1)
        }
        return Fixture(app: app, instansiA: a, instansiB: b, unitA1: a1, unitA11: a11, unitB1: b1)
    }

    /// Creates an account holding the given grants.
    @discardableResult
    func user(_ username: String, _ grants: [RoleInput], instansi: Instansi? = nil) async throws -> User {
        let user = try await UserService.create(
            UserInput(
                username: username, displayName: username.capitalized, email: nil, password: Fixture.password,
                instansiID: instansi?.id), by: .system, on: app)
        for grant in grants { _ = try await UserService.grant(grant, to: user, by: .host(.system), on: app) }
        return user
    }

    /// One account per role, scoped as the role matrix test expects.
    func accountsPerRole() async throws {
        try await user("adminka", [RoleInput(role: "admin_instansi", instansiID: instansiA.id)], instansi: instansiA)
        try await user("pimpinana1", [RoleInput(role: "pimpinan", unitID: unitA1.id)], instansi: instansiA)
        try await user("koordinator", [RoleInput(role: "koordinator_area", unitID: unitA1.id, area: 2)], instansi: instansiA)
        try await user("anggota", [RoleInput(role: "anggota_tim", unitID: unitA1.id)], instansi: instansiA)
        try await user("agen", [RoleInput(role: "agen_perubahan", unitID: unitA1.id)], instansi: instansiA)
        try await user("evaluator", [RoleInput(role: "evaluator_tpi", instansiID: instansiA.id)], instansi: instansiA)
        try await user("pegawai", [RoleInput(role: "pegawai", unitID: unitA1.id)], instansi: instansiA)
        try await user("anggotab", [RoleInput(role: "anggota_tim", unitID: unitB1.id)], instansi: instansiB)
        try await user("tanpaperan", [], instansi: instansiA)
    }
}

extension XCTestCase {
    /// Runs a test body against a fresh application and always shuts it down.
    func withApp(adjust: (inout Settings) -> Void = { _ in }, _ body: (Application, Client) async throws -> Void) async throws {
        let app = try await TestApp.make(adjust: adjust)
        var client: Client?
        do {
            client = try await Client(app: app)
            // Services called by the test itself read the application's clock too.
            try await app.withClock { try await body(app, client!) }
        } catch {
            try? await client?.shutdown()
            try await app.asyncShutdown()
            throw error
        }
        try await client?.shutdown()
        try await app.asyncShutdown()
    }
}

/// `XCTAssertEqual` for a value computed with `await`: XCTest's autoclosures cannot await, so the
/// value is computed first (`XCTAssertEqualAwaited(try await count(), 1)`).
func XCTAssertEqualAwaited<T: Equatable>(
    _ value: T, _ expected: T, _ message: String = "",
    file: StaticString = #filePath, line: UInt = #line
) {
    XCTAssertEqual(value, expected, message, file: file, line: line)
}

/// `XCTAssertTrue` for a condition computed with `await`.
func XCTAssertTrueAwaited(_ condition: Bool, _ message: String = "", file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertTrue(condition, message, file: file, line: line)
}

/// `XCTAssertNil` for a value computed with `await`.
func XCTAssertNilAwaited<T>(_ value: T?, _ message: String = "", file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertNil(value, message, file: file, line: line)
}
