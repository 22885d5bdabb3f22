import Vapor
import XCTest
@testable import ZIServer

/// Health, readiness, metrics and the headers every answer carries.
final class OperationsTests: XCTestCase {
    func testHealthReadinessAndMetrics() async throws {
        try await withApp { _, client in
            let health = try await client.send(.GET, "/healthz")
            XCTAssertEqual(health.status, .ok)
            let ready = try await client.send(.GET, "/readyz")
            XCTAssertEqual(ready.status, .ok)
            _ = try await client.send(.GET, "/api/v1/me")
            let metrics = try await client.send(.GET, "/metrics")
            XCTAssertEqual(metrics.status, .ok)
            XCTAssertTrue(metrics.body.contains("http_requests_total"))
            XCTAssertTrue(metrics.body.contains("http_request_duration_seconds"))
            XCTAssertTrue(metrics.body.contains("sizi_db_pool_connections_max"))
            XCTAssertTrue(metrics.body.contains("sizi_db_ping_seconds"))
        }
    }

    func testSecurityHeadersAndNoCachingOfAPIAnswers() async throws {
        try await withApp { _, client in
            let page = try await client.send(.GET, "/login")
            XCTAssertEqual(page.headers.first(name: "X-Frame-Options"), "DENY")
            XCTAssertNotNil(page.headers.first(name: "Content-Security-Policy"))
            let token = try await client.login("admin", TestApp.adminPassword)
            let me = try await client.send(.GET, "/api/v1/me", token: token)
            XCTAssertEqual(me.headers.first(name: .cacheControl), "no-store")
            let css = try await client.send(.GET, "/css/sizi.css")
            XCTAssertEqual(css.status, .ok)
        }
    }

    func testUnknownRoutesAnswerInTheirOwnLanguage() async throws {
        try await withApp { _, client in
            let token = try await client.login("admin", TestApp.adminPassword)
            let api = try await client.send(.GET, "/api/v1/tidak-ada", token: token)
            XCTAssertEqual(api.status, .notFound)
            XCTAssertEqual(api.errorCode, "not_found")
            let cookies = try await client.webLogin("admin", TestApp.adminPassword)
            let web = try await client.send(.GET, "/tidak-ada", cookies: cookies)
            XCTAssertEqual(web.status, .notFound)
            XCTAssertTrue(web.body.contains("tidak ditemukan"))
        }
    }
}
