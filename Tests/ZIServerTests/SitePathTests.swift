import Vapor
import XCTest
@testable import ZIServer

/// Every path SIZI serves is a `SitePath`: the registered routes and the enum match one to one,
/// paths are filled in safely, and the staff URLs from before the English paths redirect (301).
final class SitePathTests: XCTestCase {
    func testTheRegisteredRoutesAreExactlyTheSitePaths() async throws {
        let app = try await TestApp.make()
        let legacy = Set(LegacyPath.redirects.map(\.old))
        var registered = Set<String>()
        for route in app.routes.all {
            var path = "/" + route.path.map(\.description).joined(separator: "/")
            if path.hasPrefix("/api/v1/") { path = String(path.dropFirst("/api/v1".count)) }
            if legacy.contains(path) { continue }
            XCTAssertNotNil(SitePath(rawValue: path), "\(route.method) \(path) is registered without a SitePath")
            registered.insert(path)
        }
        XCTAssertEqual(Set(SitePath.allCases.map(\.rawValue)).subtracting(registered).sorted(), [], "SitePaths that no route uses")
        try await app.asyncShutdown()
    }

    func testPathsAreFilledInOrderAndEscaped() {
        let plan = UUID()
        XCTAssertEqual(SitePath.planMonevPeriod.path(plan, "2026-Q1"), "/plans/\(plan)/monev/2026-Q1")
        XCTAssertEqual(SitePath.unitComplaints.apiPath(plan), "/api/v1/units/\(plan)/complaints")
        XCTAssertEqual(SitePath.home.path(), "/")
        XCTAssertEqual(SitePath.lang.path("en"), "/lang/en")
        XCTAssertEqual(SitePath.holiday.path("a/b?c"), "/holidays/a%2Fb%3Fc", "a value never adds a segment or a query")
        XCTAssertEqual(SitePath.unit.path(), "/units/:unitID", "a missing value is visible, never a crash")
        XCTAssertEqual(SitePath.named("unitRisksNew"), .unitRisksNew)
        XCTAssertNil(SitePath.named("risiko"))
    }

    func testOldStaffURLsRedirectPermanentlyToTheirEnglishPath() async throws {
        try await withApp { _, client in
            let id = UUID()
            for (old, new) in [
                ("/units/\(id)/risiko?year=2026", "/units/\(id)/risks?year=2026"),
                ("/risiko/\(id)/ubah", "/risks/\(id)/edit"),
                ("/gratifikasi/\(id)", "/gratification/\(id)"),
                ("/units/\(id)/benturan-kepentingan?year=2025", "/units/\(id)/conflicts?year=2025"),
                ("/plans/\(id)/data-dukung", "/plans/\(id)/evidence"),
                ("/pakta", "/pact"),
            ] {
                let reply = try await client.send(.GET, old)
                XCTAssertEqual(reply.status, .movedPermanently, old)
                XCTAssertEqual(reply.location, new, old)
            }
            XCTAssertEqualAwaited(try await client.send(.POST, "/risiko/\(id)/hapus").status, .notFound, "forms are never redirected")
        }
    }
}
