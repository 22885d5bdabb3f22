import Fluent
import SQLKit
import Vapor
import XCTest
import ZICore
@testable import ZIServer

/// Logins and sessions under attack: parallel guesses, password spraying from one client, idle
/// sessions, passwords chosen by an administrator, and privilege changes.
final class SessionSecurityTests: XCTestCase {
    func testParallelGuessesShareTheLockOutBudget() async throws {
        // Each guess from its own client (behind the trusted proxy), so only the account's budget counts.
        try await withApp(adjust: { $0.trustedProxies = [IPNetwork("127.0.0.1")!] }) { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.user("budi", [])
            let replies = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for attempt in 0..<20 {
                    group.addTask {
                        try await client.send(
                            .POST, "/api/v1/login", json: ["username": "budi", "password": "tebakan-\(attempt)"],
                            headers: ["X-Forwarded-For": "203.0.113.\(attempt)"]
                        ).status
                    }
                }
                return try await group.reduce(into: [HTTPStatus]()) { $0.append($1) }
            }
            XCTAssertEqual(replies.filter { $0 == .unauthorized }.count, 20)
            let user = try await User.query(on: app.db).filter(\.$username == "budi").first()!
            XCTAssertNotNil(user.lockedUntil, "locked after the guesses")
            XCTAssertEqualAwaited(try await AuditEntry.query(on: app.db).filter(\.$action == "account_locked").count(), 1)
            let right = try await client.send(.POST, "/api/v1/login", json: ["username": "budi", "password": Fixture.password])
            XCTAssertEqual(right.status, .unauthorized, "the right password waits for the lock to end")
        }
    }

    func testOneClientCannotSprayPasswordsOverManyAccounts() async throws {
        try await withApp(adjust: { $0.publicSubmissionsPerMinute = 3 }) { app, client in
            app.freezeClock()
            for name in ["satu", "dua", "tiga"] {
                let reply = try await client.send(.POST, "/api/v1/login", json: ["username": name, "password": "Tebakan2026"])
                XCTAssertEqual(reply.status, .unauthorized)
            }
            let fourth = try await client.send(.POST, "/api/v1/login", json: ["username": "admin", "password": TestApp.adminPassword])
            XCTAssertEqual(fourth.status, .tooManyRequests)
            XCTAssertEqual(fourth.errorCode, "too_many_login_attempts")
        }
    }

    func testAnIdleSessionEnds() async throws {
        try await withApp(adjust: { $0.sessionCacheSeconds = 0 }) { app, client in
            let token = try await client.login("admin", TestApp.adminPassword)
            XCTAssertEqualAwaited(try await client.send(.GET, "/api/v1/me", token: token).status, .ok)
            let sql = try XCTUnwrap(app.db as? any SQLDatabase)
            try await sql.raw("UPDATE sessions SET last_seen_at = \(bind: app.clock.now().addingTimeInterval(-29 * 60))").run()
            XCTAssertEqualAwaited(try await client.send(.GET, "/api/v1/me", token: token).status, .ok, "29 minutes idle is still fine")
            try await sql.raw("UPDATE sessions SET last_seen_at = \(bind: app.clock.now().addingTimeInterval(-31 * 60))").run()
            XCTAssertEqualAwaited(try await client.send(.GET, "/api/v1/me", token: token).status, .unauthorized)
        }
    }

    func testAPasswordSetByAnAdministratorMustBeChangedFirst() async throws {
        try await withApp(adjust: { $0.sessionCacheSeconds = 0 }) { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let anggota = try await User.query(on: app.db).filter(\.$username == "anggota").first()!
            let admin = try await client.login("adminka", Fixture.password)
            let reset = try await client.send(
                .PUT, "/api/v1/users/\(anggota.id!)/password", token: admin, json: ["password": "Sementara2026"])
            XCTAssertEqual(reset.status, .noContent)

            let token = try await client.login("anggota", "Sementara2026")
            let blocked = try await client.send(.GET, "/api/v1/units", token: token)
            XCTAssertEqual(blocked.status, .forbidden)
            XCTAssertEqual(blocked.errorCode, "password_change_required")
            XCTAssertEqualAwaited(try await client.send(.GET, "/api/v1/me", token: token).status, .ok)
            let wrong = try await client.send(
                .PUT, "/api/v1/me/password", token: token,
                json: ["currentPassword": "salah", "newPassword": "PilihanSendiri2026"])
            XCTAssertEqual(wrong.fieldErrors, ["currentPassword"])
            let changed = try await client.send(
                .PUT, "/api/v1/me/password", token: token,
                json: ["currentPassword": "Sementara2026", "newPassword": "PilihanSendiri2026"])
            XCTAssertEqual(changed.status, .noContent)
            XCTAssertEqualAwaited(try await client.send(.GET, "/api/v1/units", token: token).status, .ok)

            // In the browser the profile page is the only way on.
            try await client.send(.PUT, "/api/v1/users/\(anggota.id!)/password", token: admin, json: ["password": "Sementara2027"])
                .status.assertEqual(.noContent)
            let cookies = try await client.webLogin("anggota", "Sementara2027")
            let page = try await client.send(.GET, "/units", cookies: cookies)
            XCTAssertEqual(page.status, .seeOther)
            XCTAssertEqual(page.location, "/profile?notice=password_change_required")
            XCTAssertEqualAwaited(try await client.send(.GET, "/profile", cookies: cookies).status, .ok)
        }
    }

    func testAChangeOfRolesEndsTheAccountsSessions() async throws {
        try await withApp(adjust: { $0.sessionCacheSeconds = 0 }) { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let agen = try await User.query(on: app.db).filter(\.$username == "agen").first()!
            let token = try await client.login("agen", Fixture.password)
            let admin = try await client.login("adminka", Fixture.password)
            let granted = try await client.send(
                .POST, "/api/v1/users/\(agen.id!)/roles", token: admin,
                json: RoleInput(role: "anggota_tim", unitID: fixture.unitA1.id))
            XCTAssertEqual(granted.status, .created)
            XCTAssertEqualAwaited(
                try await client.send(.GET, "/api/v1/me", token: token).status, .unauthorized,
                "the old session does not carry the new privileges")
            let fresh = try await client.login("agen", Fixture.password)
            XCTAssertTrueAwaited(try await client.send(.GET, "/api/v1/me", token: fresh).body.contains("anggota_tim"))
        }
    }
}

extension HTTPStatus {
    /// Asserts inline, for a request whose answer is only checked in passing.
    func assertEqual(_ expected: HTTPStatus, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(self, expected, file: file, line: line)
    }
}
