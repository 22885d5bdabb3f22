import Fluent
import XCTest
import XCTVapor
import ZICore
@testable import ZIServer

/// Login, logout, lock-out and bad input on the API and the browser form.
final class AuthTests: XCTestCase {
    func testBootstrappedAdminLogsInAndSeesItself() async throws {
        try await withApp { app, client in
            let token = try await client.login("admin", TestApp.adminPassword)
            let me = try await client.send(.GET, "/api/v1/me", token: token)
            XCTAssertEqual(me.status, .ok)
            let body = try me.json(AuthAPIController.MeResponse.self)
            XCTAssertEqual(body.user.username, "admin")
            XCTAssertEqual(body.roles.map(\.role), [.superAdmin])
            XCTAssertFalse(me.body.contains("password"), "the password hash never leaves the server")
        }
    }

    func testWrongPasswordAndUnknownUserGetTheSameAnswer() async throws {
        try await withApp { _, client in
            let wrong = try await client.send(.POST, "/api/v1/login", json: ["username": "admin", "password": "salah123456"])
            let unknown = try await client.send(.POST, "/api/v1/login", json: ["username": "siapa", "password": "salah123456"])
            XCTAssertEqual(wrong.status, .unauthorized)
            XCTAssertEqual(unknown.status, .unauthorized)
            XCTAssertEqual(wrong.errorCode, "invalid_credentials")
            XCTAssertEqual(wrong.body, unknown.body)
        }
    }

    func testLockOutAfterRepeatedFailuresThenPasswordResetUnlocks() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            let user = try await fixture.user("budi", [])
            var last: Client.Reply?
            for _ in 0..<LoginService.throttle.maxFailures {
                last = try await client.send(.POST, "/api/v1/login", json: ["username": "budi", "password": "bukan-ini-1"])
            }
            XCTAssertEqual(last?.status, .unauthorized)
            XCTAssertEqualAwaited(try await AuditEntry.query(on: app.db).filter(\.$action == "account_locked").count(), 1)
            // Even the right password is refused while locked, with the answer an unknown name gets.
            let locked = try await client.send(.POST, "/api/v1/login", json: ["username": "budi", "password": Fixture.password])
            let unknown = try await client.send(.POST, "/api/v1/login", json: ["username": "takada", "password": Fixture.password])
            XCTAssertEqual(locked.status, .unauthorized)
            XCTAssertEqual(locked.body, unknown.body)
            XCTAssertTrue(locked.body.contains("15"), "the message states the lock-out rule")
            try await UserService.setPassword(user, to: "PasswordBaru99", by: .system, on: app)
            _ = try await client.login("budi", "PasswordBaru99")
        }
    }

    func testDisabledUserCannotLogInAndLosesSessions() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            let user = try await fixture.user("siti", [])
            let token = try await client.login("siti", Fixture.password)
            _ = try await UserService.update(user, UserUpdateInput(isActive: false), by: .system, on: app)
            let me = try await client.send(.GET, "/api/v1/me", token: token)
            XCTAssertEqual(me.status, .unauthorized)
            let login = try await client.send(.POST, "/api/v1/login", json: ["username": "siti", "password": Fixture.password])
            XCTAssertEqual(login.status, .forbidden)
            XCTAssertEqual(login.errorCode, "account_disabled")
        }
    }

    func testMalformedAndIncompleteLoginBodies() async throws {
        try await withApp { _, client in
            let malformed = try await client.send(.POST, "/api/v1/login", rawBody: "{\"username\": ")
            XCTAssertEqual(malformed.status, .badRequest)
            XCTAssertEqual(malformed.errorCode, "malformed_json")
            let missing = try await client.send(.POST, "/api/v1/login", json: ["username": "admin"])
            XCTAssertEqual(missing.status, .unprocessableEntity)
            XCTAssertTrue(missing.body.contains("\"field\":\"password\""))
            let huge = try await client.send(
                .POST, "/api/v1/login",
                json: ["username": String(repeating: "a", count: 5000), "password": "x"])
            XCTAssertEqual(huge.status, .unauthorized)
        }
    }

    func testLogoutEndsTheToken() async throws {
        try await withApp { _, client in
            let token = try await client.login("admin", TestApp.adminPassword)
            let logout = try await client.send(.POST, "/api/v1/logout", token: token)
            XCTAssertEqual(logout.status, .noContent)
            let after = try await client.send(.GET, "/api/v1/me", token: token)
            XCTAssertEqual(after.status, .unauthorized)
            let bogus = try await client.send(.GET, "/api/v1/me", token: "not-a-token")
            XCTAssertEqual(bogus.status, .unauthorized)
        }
    }

    func testSessionsAreStoredHashedInTheDatabase() async throws {
        try await withApp { app, client in
            let token = try await client.login("admin", TestApp.adminPassword)
            let sessions = try await Session.query(on: app.db).all()
            XCTAssertEqual(sessions.count, 1)
            XCTAssertEqual(sessions[0].tokenHash, Tokens.hash(token))
            XCTAssertNotEqual(sessions[0].tokenHash, token)
            let admin = try await User.query(on: app.db).filter(\.$username == "admin").first()
            XCTAssertTrue(admin?.passwordHash.hasPrefix("$2") ?? false, "Bcrypt hash")
        }
    }

    func testBrowserLoginNeedsTheCSRFTokenAndSetsASafeCookie() async throws {
        try await withApp { _, client in
            let noToken = try await client.send(.POST, "/login", form: ["username": "admin", "password": TestApp.adminPassword])
            XCTAssertEqual(noToken.status, .forbidden)
            let page = try await client.send(.GET, "/login")
            let csrf = try XCTUnwrap(page.cookie("sizi_csrf"))
            let wrong = try await client.send(
                .POST, "/login", form: ["username": "admin", "password": "salah-sekali1", "_csrf": csrf],
                cookies: ["sizi_csrf": csrf])
            XCTAssertEqual(wrong.status, .unauthorized)
            XCTAssertTrue(wrong.body.contains("Nama pengguna atau kata sandi salah"))
            XCTAssertTrue(wrong.body.contains("value=\"admin\""), "the typed username is kept")
            let ok = try await client.send(
                .POST, "/login", form: ["username": "admin", "password": TestApp.adminPassword, "_csrf": csrf],
                cookies: ["sizi_csrf": csrf])
            XCTAssertEqual(ok.status, .seeOther)
            let setCookie = ok.headers[.setCookie].first { $0.hasPrefix("sizi_session=") } ?? ""
            XCTAssertTrue(setCookie.contains("HttpOnly"))
            XCTAssertTrue(setCookie.contains("SameSite=Lax"))
        }
    }

    func testLoggedInFormsRefuseAMissingOrForeignCSRFToken() async throws {
        try await withApp { _, client in
            let cookies = try await client.webLogin("admin", TestApp.adminPassword)
            let forged = try await client.send(.POST, "/profile", form: ["displayName": "Peretas"], cookies: cookies)
            XCTAssertEqual(forged.status, .forbidden)
            let foreign = try await client.send(.POST, "/profile", form: ["displayName": "Peretas", "_csrf": "abc"], cookies: cookies)
            XCTAssertEqual(foreign.status, .forbidden)
            let csrf = try await client.csrfToken(cookies: cookies)
            let ok = try await client.send(.POST, "/profile", form: ["displayName": "Admin Pusat", "_csrf": csrf], cookies: cookies)
            XCTAssertEqual(ok.status, .seeOther)
        }
    }

    func testWebLogoutEndsTheSession() async throws {
        try await withApp { _, client in
            let cookies = try await client.webLogin("admin", TestApp.adminPassword)
            let csrf = try await client.csrfToken(cookies: cookies)
            let out = try await client.send(.POST, "/logout", form: ["_csrf": csrf], cookies: cookies)
            XCTAssertEqual(out.status, .seeOther)
            let after = try await client.send(.GET, "/units", cookies: cookies)
            XCTAssertEqual(after.status, .seeOther)
            XCTAssertTrue(after.location?.hasPrefix("/login") ?? false)
        }
    }
}
