import Fluent
import Vapor
import XCTest
import ZICore
@testable import ZIServer

/// The clock is injected: what the application takes for "now" and "today" is the clock the
/// test sets, in route handlers (`req.clock`) and in the services below them (`AppClock.current`,
/// bound per request), never the machine's.
final class ClockTests: XCTestCase {
    /// 10 March 2031, 01:30 WIB: still the 9th in UTC.
    private let earlyMorning = Date(timeIntervalSince1970: 1_930_847_400)

    func testRequestsAndTheServicesBelowThemReadTheApplicationsClock() async throws {
        try await withApp { app, client in
            app.clock = .fixed(earlyMorning)
            XCTAssertEqual(app.clock.today().description, "2031-03-10")
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let page = try await client.send(.GET, "/publik/\(fixture.unitA1.id!)/pengaduan")
            let csrf = try XCTUnwrap(page.cookie("sizi_csrf"))
            let filed = try await client.send(
                .POST, "/publik/\(fixture.unitA1.id!)/pengaduan",
                form: ["_csrf": csrf, "kind": "pengaduan", "subject": "Antrean", "description": "Lama sekali."],
                cookies: ["sizi_csrf": csrf])
            XCTAssertEqual(filed.status, .created, filed.body)
            let stored = try await Complaint.query(on: app.db).first()!
            XCTAssertEqual(stored.number, "2031/000001", "numbered in the clock's year by the service")
            XCTAssertEqual(stored.receivedOn, "2031-03-10", "received on the clock's day in WIB")

            let token = try await client.login("anggota", Fixture.password)
            let heatMap = try await client.send(.GET, "/api/v1/units/\(fixture.unitA1.id!)/risks/heatmap", token: token)
            XCTAssertEqual(heatMap.status, .ok, heatMap.body)
            XCTAssertTrue(heatMap.body.contains(#""year":2031"#), "the register's default year is the clock's: \(heatMap.body.prefix(200))")
        }
    }

    func testOutsideARequestTheClockIsBoundExplicitly() async throws {
        let app = try await TestApp.make()
        app.clock = .fixed(earlyMorning)
        XCTAssertNotEqual(AppClock.current.today().description, "2031-03-10", "unbound: the system clock")
        let day = await app.withClock { AppClock.current.today().description }
        XCTAssertEqual(day, "2031-03-10")
        try await app.asyncShutdown()
    }
}
