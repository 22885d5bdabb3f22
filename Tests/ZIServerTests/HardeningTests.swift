import Fluent
import NIOCore
import SQLKit
import Vapor
import XCTest
import ZICore
@testable import ZIServer

/// The attacks of the security review, tried over real HTTP: numbers that overflow, open
/// redirects, endless form headers, forged client addresses, the metrics page, bodies before login.
final class HardeningTests: XCTestCase {
    func testHugeOrMalformedPageNumbersAreRefusedAndTheServerLives() async throws {
        try await withApp { app, client in
            let token = try await client.login("admin", TestApp.adminPassword)
            for query in ["page=9223372036854775807", "page=0", "per=0", "per=201", "page=abc", "page=-1", "per=99999999999999999999"] {
                let reply = try await client.send(.GET, "/api/v1/units?\(query)", token: token)
                XCTAssertEqual(reply.status, .badRequest, query)
                XCTAssertEqual(reply.errorCode, "invalid_parameter", query)
                XCTAssertTrue(reply.body.contains(query.hasPrefix("page") ? "\"page\"" : "\"per\""), "names the parameter: \(reply.body)")
            }
            for path in ["/api/v1/users?page=9223372036854775807", "/api/v1/audit?page=9223372036854775807&per=200"] {
                let reply = try await client.send(.GET, path, token: token)
                XCTAssertEqual(reply.status, .badRequest, path)
            }
            let cookies = try await client.webLogin("admin", TestApp.adminPassword)
            let page = try await client.send(.GET, "/users?page=9223372036854775807", cookies: cookies)
            XCTAssertEqual(page.status, .badRequest)
            XCTAssertTrue(page.body.contains("page"), "the page names the parameter")
            XCTAssertEqualAwaited(try await client.send(.GET, "/api/v1/units?page=2&per=10", token: token).status, .ok)
            XCTAssertEqualAwaited(try await client.send(.GET, "/healthz").status, .ok, "the process still answers")
        }
    }

    func testLanguageSwitchAndLoginFollowOnlyLocalPaths() async throws {
        try await withApp { _, client in
            let cases = [
                "/%09/evil.example": "/", "//evil.example": "/", "/%5Cevil.example": "/", "https://evil.example": "/",
                "/%0d%0aSet-Cookie:x": "/", "/units?page=2": "/units?page=2",
            ]
            for (next, expected) in cases {
                let reply = try await client.send(.GET, "/lang/id?next=\(next)")
                XCTAssertEqual(reply.location, expected, next)
            }
            XCTAssertEqual(LocalRedirectPath.sanitized("/\t/evil.example"), "/")
            XCTAssertEqual(LocalRedirectPath.sanitized("/ok/path"), "/ok/path")
        }
    }

    /// A multipart body with one part whose headers never end.
    private func endlessHeader(boundary: String, bytes: Int) -> [UInt8] {
        Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"subject\"\r\nX-Pad: ".utf8)
            + Array(repeating: UInt8(ascii: "a"), count: bytes)
    }

    func testAPublicFormWithAnEndlessPartHeaderIsRefusedAtOnceAndKeepsNothing() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            let boundary = "sizi-hardening"
            let started = Date()
            let reply = try await client.send(
                .POST, "/publik/\(fixture.unitA1.id!)/pengaduan",
                bytes: endlessHeader(boundary: boundary, bytes: 256 << 10),
                headers: ["Content-Type": "multipart/form-data; boundary=\(boundary)"])
            XCTAssertEqual(reply.status, .requestHeaderFieldsTooLarge)
            XCTAssertLessThan(Date().timeIntervalSince(started), 2, "refused as soon as the limit is crossed")
            XCTAssertEqualAwaited(try await Complaint.query(on: app.db).count(), 0)
            let incoming = (try? FileManager.default.contentsOfDirectory(atPath: app.evidence.incoming.path)) ?? []
            XCTAssertEqual(incoming, [], "nothing written to disk")
        }
    }

    func testAFormWithTooManyFieldsIsRefused() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            let parts = (0..<100).map { ("f\($0)", Client.Part.text("x")) }
            let reply = try await client.send(.POST, "/publik/\(fixture.unitA1.id!)/pengaduan", parts: parts)
            XCTAssertEqual(reply.status, .payloadTooLarge)
            XCTAssertTrue(reply.body.contains("64"), "says the limit")
        }
    }

    func testForwardedAddressesAreBelievedOnlyFromTrustedProxies() throws {
        let app = Application(.testing)
        defer { app.shutdown() }
        func request(from peer: String, _ headers: HTTPHeaders) throws -> Request {
            Request(
                application: app, method: .GET, url: "/", headers: headers,
                remoteAddress: try SocketAddress(ipAddress: peer, port: 4000), on: app.eventLoopGroup.next())
        }
        let none = ClientAddress(trustedProxies: [])
        let proxy = ClientAddress(trustedProxies: [IPNetwork("127.0.0.1")!, IPNetwork("10.0.0.0/8")!])
        XCTAssertEqual(none.key(for: try request(from: "127.0.0.1", ["X-Forwarded-For": "203.0.113.9"])), "127.0.0.1")
        XCTAssertEqual(proxy.key(for: try request(from: "127.0.0.1", ["X-Forwarded-For": "203.0.113.9"])), "203.0.113.9")
        XCTAssertEqual(
            proxy.key(for: try request(from: "127.0.0.1", ["X-Forwarded-For": "198.51.100.1, 203.0.113.9, 10.1.2.3"])),
            "203.0.113.9", "the right-most address that is not a trusted proxy")
        XCTAssertEqual(
            proxy.key(for: try request(from: "198.51.100.7", ["X-Forwarded-For": "203.0.113.9"])), "198.51.100.7",
            "an untrusted peer cannot choose its address")
        XCTAssertEqual(
            proxy.key(for: try request(from: "127.0.0.1", ["Forwarded": "for=\"[2001:db8:cafe::17]:4711\";proto=https"])),
            "2001:db8:cafe:0:0:0:0:0/64", "IPv6 clients are counted per /64")
        XCTAssertTrue(proxy.isHTTPS(try request(from: "127.0.0.1", ["X-Forwarded-Proto": "https"])))
        XCTAssertFalse(none.isHTTPS(try request(from: "127.0.0.1", ["X-Forwarded-Proto": "https"])))
        XCTAssertNil(IPNetwork("10.0.0.0/33"))
        XCTAssertNil(IPNetwork("not-an-address"))
        XCTAssertThrowsError(try Settings.fromEnvironment(["SIZI_TRUSTED_PROXIES": "127.0.0.1, bad"]))
        XCTAssertThrowsError(try Settings.fromEnvironment(["SIZI_BCRYPT_COST": "4"]), "a weak Bcrypt cost is refused")
    }

    func testEachClientBehindTheProxyHasItsOwnBudgetAndHSTSFollowsTheForwardedScheme() async throws {
        try await withApp(adjust: {
            $0.trustedProxies = [IPNetwork("127.0.0.1")!]
            $0.publicSubmissionsPerMinute = 1
        }) { app, client in
            app.freezeClock()
            func track(from address: String) async throws -> Client.Reply {
                let page = try await client.send(.GET, "/pengaduan/lacak")
                let csrf = try XCTUnwrap(page.cookie("sizi_csrf"))
                return try await client.send(
                    .POST, "/pengaduan/lacak", form: ["_csrf": csrf, "code": "SALAH"], cookies: ["sizi_csrf": csrf],
                    headers: ["X-Forwarded-For": address])
            }
            XCTAssertEqualAwaited(try await track(from: "203.0.113.1").status, .notFound)
            XCTAssertEqualAwaited(try await track(from: "203.0.113.1").status, .tooManyRequests)
            XCTAssertEqualAwaited(try await track(from: "203.0.113.2").status, .notFound, "another citizen is not blocked")
            let https = try await client.send(.GET, "/login", headers: ["X-Forwarded-Proto": "https"])
            XCTAssertNotNil(https.headers.first(name: "Strict-Transport-Security"))
            XCTAssertTrue(https.headers[.setCookie].allSatisfy { $0.contains("Secure") })
            XCTAssertNilAwaited(try await client.send(.GET, "/login").headers.first(name: "Strict-Transport-Security"))
        }
    }

    func testMetricsAnswerOnlyDirectLocalRequestsOrTheToken() async throws {
        try await withApp { _, client in
            XCTAssertEqualAwaited(try await client.send(.GET, "/metrics").status, .ok)
            XCTAssertEqualAwaited(try await client.send(.GET, "/metrics", headers: ["X-Forwarded-For": "203.0.113.1"]).status, .notFound)
        }
        let token = String(repeating: "m", count: 40)
        try await withApp(adjust: { $0.metricsToken = token }) { _, client in
            XCTAssertEqualAwaited(try await client.send(.GET, "/metrics").status, .notFound)
            XCTAssertEqualAwaited(try await client.send(.GET, "/metrics", token: token).status, .ok)
        }
    }

    func testNoLargeBodyIsReadBeforeLogin() async throws {
        try await withApp { _, client in
            let page = try await client.send(.GET, "/login")
            let csrf = try XCTUnwrap(page.cookie("sizi_csrf"))
            let reply = try await client.send(
                .POST, "/login",
                form: [
                    "_csrf": csrf, "username": "admin",
                    "password": String(repeating: "p", count: 200_000),
                ],
                cookies: ["sizi_csrf": csrf])
            XCTAssertEqual(reply.status, .payloadTooLarge)
        }
    }

    func testCSVCellsThatSpreadsheetsWouldRunAreNeutralised() {
        for dangerous in ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"] {
            XCTAssertTrue(ComplaintCSV.quoted(dangerous).hasPrefix("'") || ComplaintCSV.quoted(dangerous).hasPrefix("\"'"), dangerous)
        }
        XCTAssertEqual(ComplaintCSV.quoted("biasa"), "biasa")
    }

    func testSQLBindsNeverReachTheLog() {
        let metadata: Logger.Metadata = [
            "sql": "INSERT INTO users …", "binds": ["$2b$12$hash"], "psql_binds": ["secret"], "psql_message": "DataRow",
        ]
        let redacted = LogPrivacyFilter.redacted(metadata)
        XCTAssertEqual(redacted["sql"], "INSERT INTO users …")
        for key in ["binds", "psql_binds", "psql_message"] { XCTAssertEqual(redacted[key], "[redacted]", key) }
    }

    func testCookiesAreSecureUnlessTheRequestCameStraightFromThisHostOverHTTP() async throws {
        try await withApp { _, client in
            let local = try await client.send(.GET, "/login")
            XCTAssertFalse(local.headers[.setCookie].contains { $0.contains("Secure") }, "a developer on http://127.0.0.1")
            let proxied = try await client.send(.GET, "/login", headers: ["X-Forwarded-For": "203.0.113.5"])
            XCTAssertTrue(
                proxied.headers[.setCookie].allSatisfy { $0.contains("Secure") },
                "through a proxy, even one not configured as trusted, cookies never travel in clear")
        }
    }

    func testTheWBSFormsBelieveAForwardedHostOnlyFromATrustedProxy() {
        let forged: HTTPHeaders = ["Origin": "https://evil.example", "Host": "sizi.example.go.id", "X-Forwarded-Host": "evil.example"]
        XCTAssertFalse(SameOriginCheck.isSameOrigin(forged, trustForwardedHost: false))
        XCTAssertTrue(SameOriginCheck.isSameOrigin(forged, trustForwardedHost: true))
        let proxied: HTTPHeaders = [
            "Origin": "https://sizi.example.go.id", "Host": "127.0.0.1:8080", "X-Forwarded-Host": "sizi.example.go.id",
        ]
        XCTAssertTrue(SameOriginCheck.isSameOrigin(proxied, trustForwardedHost: true))
    }

    func testThePublicUnitPageIsComputedAtMostOnceAMinuteForAnonymousVisitors() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            let first = try await client.send(.GET, "/publik/\(fixture.unitA1.id!)")
            XCTAssertTrue(first.body.contains("Balai A1"))
            fixture.unitA1.name = "Balai A1 Baru"
            try await fixture.unitA1.save(on: app.db)
            let second = try await client.send(.GET, "/publik/\(fixture.unitA1.id!)")
            XCTAssertEqual(second.body, first.body, "served from the minute's copy")
            let english = try await client.send(.GET, "/publik/\(fixture.unitA1.id!)", cookies: ["sizi_lang": "en"])
            XCTAssertTrue(english.body.contains("Balai A1 Baru"), "each language has its own copy")
            let cookies = try await client.webLogin("admin", TestApp.adminPassword)
            let staff = try await client.send(.GET, "/publik/\(fixture.unitA1.id!)", cookies: cookies)
            XCTAssertTrue(staff.body.contains("Balai A1 Baru"), "logged-in staff always see it fresh")
            XCTAssertEqualAwaited(try await client.send(.GET, "/publik/\(UUID())").status, .notFound)
        }
    }
}
