import Fluent
import Vapor
import XCTest
import ZICore
@testable import ZIServer

/// Staff second factors over real HTTP: administrators must enrol before anything else; a login
/// then needs a code that works once, or a backup code; a lost device is reset by a higher admin.
final class SecondFactorTests: XCTestCase {
    private func enrolled(_ client: Client, token: String) async throws -> (TOTPCodes, [String]) {
        let started = try await client.send(.POST, "/api/v1/me/second-factor", token: token)
        XCTAssertEqual(started.status, .ok, started.body)
        let enrolment = try started.json(AuthAPIController.SecondFactorEnrolment.self)
        XCTAssertTrue(enrolment.provisioningURI.hasPrefix("otpauth://totp/"))
        let codes = TOTPCodes(try XCTUnwrap(TOTPSecret(base32: enrolment.secret)))
        let wrong = try await client.send(.POST, "/api/v1/me/second-factor/confirm", token: token, json: ["code": "000000"])
        XCTAssertEqual(wrong.fieldErrors, ["code"])
        let confirmed = try await client.send(.POST, "/api/v1/me/second-factor/confirm", token: token, json: ["code": codes.next()])
        XCTAssertEqual(confirmed.status, .ok, confirmed.body)
        let backup = try confirmed.json(AuthAPIController.BackupCodesResponse.self).backupCodes
        XCTAssertEqual(backup.count, 10)
        return (codes, backup)
    }

    private func login(_ client: Client, _ username: String, _ password: String, code: String?) async throws -> Client.Reply {
        var body = ["username": username, "password": password]
        body["code"] = code
        return try await client.send(.POST, "/api/v1/login", json: body)
    }

    func testAnAdministratorMustEnrolThenLogsInWithACodeThatWorksOnce() async throws {
        try await withApp(adjust: { $0.requireAdministratorSecondFactor = true }) { app, client in
            let token = try await client.login("admin", TestApp.adminPassword)
            let blocked = try await client.send(.GET, "/api/v1/units", token: token)
            XCTAssertEqual(blocked.status, .forbidden)
            XCTAssertEqual(blocked.errorCode, "second_factor_enrolment_required")
            let (codes, backup) = try await enrolled(client, token: token)
            XCTAssertEqualAwaited(try await client.send(.GET, "/api/v1/units", token: token).status, .ok, "enrolled: the way is open")

            let withoutCode = try await login(client, "admin", TestApp.adminPassword, code: nil)
            XCTAssertEqual(withoutCode.status, .unauthorized)
            XCTAssertEqual(withoutCode.errorCode, "second_factor_required")
            let code = codes.next()
            XCTAssertEqualAwaited(try await login(client, "admin", TestApp.adminPassword, code: code).status, .ok)
            let replayed = try await login(client, "admin", TestApp.adminPassword, code: code)
            XCTAssertEqual(replayed.errorCode, "invalid_second_factor", "a code works once")
            XCTAssertEqualAwaited(try await login(client, "admin", TestApp.adminPassword, code: backup[0]).status, .ok, "a backup code")
            let reused = try await login(client, "admin", TestApp.adminPassword, code: backup[0].lowercased())
            XCTAssertEqual(reused.errorCode, "invalid_second_factor", "a backup code works once")

            let row = try await StaffSecondFactor.query(on: app.db).first()!
            XCTAssertTrue(row.sealedSecret.hasPrefix(SecretSealer.prefix), "the secret is sealed")
            XCTAssertEqual(row.unusedBackupDigests.count, 9)
            XCTAssertFalse(row.backupDigests.contains(backup[1]), "only digests of the backup codes are stored")
        }
    }

    func testAbandonedCodePromptsNeverLockTheAccountButWrongCodesDo() async throws {
        try await withApp(adjust: { $0.requireAdministratorSecondFactor = true }) { _, client in
            let token = try await client.login("admin", TestApp.adminPassword)
            let (codes, _) = try await enrolled(client, token: token)
            for _ in 0..<8 {
                XCTAssertEqualAwaited(
                    try await login(client, "admin", TestApp.adminPassword, code: nil).errorCode, "second_factor_required")
            }
            XCTAssertEqualAwaited(
                try await login(client, "admin", TestApp.adminPassword, code: codes.next()).status, .ok,
                "eight abandoned code prompts did not lock the account")
            for guess in 0..<5 {
                _ = try await login(client, "admin", TestApp.adminPassword, code: String(format: "%06d", guess))
            }
            let locked = try await login(client, "admin", TestApp.adminPassword, code: codes.next())
            XCTAssertEqual(locked.status, .unauthorized, "five wrong codes lock the account like five wrong passwords")
        }
    }

    func testTheBrowserAsksForTheCodeInASecondStep() async throws {
        try await withApp(adjust: { $0.requireAdministratorSecondFactor = true }) { _, client in
            let token = try await client.login("admin", TestApp.adminPassword)
            let (codes, _) = try await enrolled(client, token: token)
            let page = try await client.send(.GET, "/login")
            let csrf = try XCTUnwrap(page.cookie("sizi_csrf"))
            let first = try await client.send(
                .POST, "/login", form: ["username": "admin", "password": TestApp.adminPassword, "_csrf": csrf],
                cookies: ["sizi_csrf": csrf])
            XCTAssertEqual(first.status, .ok)
            XCTAssertNil(first.cookie("sizi_session"), "no session before the code")
            let pending = try XCTUnwrap(
                first.body.range(of: #"name="pending" value=""#).map { first.body[$0.upperBound...].prefix { $0 != "\"" } })
            let wrong = try await client.send(
                .POST, "/login/code", form: ["pending": String(pending), "code": "123456", "_csrf": csrf],
                cookies: ["sizi_csrf": csrf])
            XCTAssertEqual(wrong.status, .unauthorized)
            XCTAssertTrue(wrong.body.contains(#"name="pending""#), "the code page again, the password not asked again")
            let right = try await client.send(
                .POST, "/login/code", form: ["pending": String(pending), "code": codes.next(), "_csrf": csrf],
                cookies: ["sizi_csrf": csrf])
            XCTAssertEqual(right.status, .seeOther)
            XCTAssertNotNil(right.cookie("sizi_session"))
            let forged = try await client.send(
                .POST, "/login/code", form: ["pending": "sealed:v1:AAAA", "code": codes.next(), "_csrf": csrf],
                cookies: ["sizi_csrf": csrf])
            XCTAssertEqual(forged.status, .unauthorized)
        }
    }

    func testTheEnrolmentPageDrawsTheQRCodeOnTheServer() async throws {
        try await withApp(adjust: { $0.requireAdministratorSecondFactor = true }) { _, client in
            let cookies = try await client.webLogin("admin", TestApp.adminPassword)
            let gated = try await client.send(.GET, "/units", cookies: cookies)
            XCTAssertEqual(gated.location, "/profile/2fa?notice=second_factor_required")
            let page = try await client.send(.GET, "/profile/2fa", cookies: cookies)
            let csrf = try XCTUnwrap(
                page.body.range(of: #"name="_csrf" value=""#).map { String(page.body[$0.upperBound...].prefix { $0 != "\"" }) })
            let started = try await client.send(.POST, "/profile/2fa/start", form: ["_csrf": csrf], cookies: cookies)
            XCTAssertEqual(started.status, .ok)
            XCTAssertTrue(started.body.contains("<svg"), "the QR code is inline SVG")
            XCTAssertFalse(started.body.contains("<script"))
        }
    }

    func testALostDeviceIsResetOnlyByAHigherAdministrator() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            try await fixture.user(
                "adminka2", [RoleInput(role: "admin_instansi", instansiID: fixture.instansiA.id)], instansi: fixture.instansiA)
            for username in ["anggota", "adminka2"] {
                let token = try await client.login(username, Fixture.password)
                _ = try await enrolled(client, token: token)
            }
            let anggota = try await User.query(on: app.db).filter(\.$username == "anggota").first()!
            let peer = try await User.query(on: app.db).filter(\.$username == "adminka2").first()!
            let adminka = try await client.login("adminka", Fixture.password)
            XCTAssertEqualAwaited(
                try await client.send(.DELETE, "/api/v1/users/\(peer.id!)/second-factor", token: adminka).status, .forbidden,
                "an agency admin does not reset another administrator's")
            XCTAssertEqualAwaited(
                try await client.send(.DELETE, "/api/v1/users/\(anggota.id!)/second-factor", token: adminka).status, .noContent)
            let pegawai = try await client.login("pegawai", Fixture.password)
            XCTAssertEqualAwaited(
                try await client.send(.DELETE, "/api/v1/users/\(anggota.id!)/second-factor", token: pegawai).status, .forbidden)
            let admin = try await client.login("admin", TestApp.adminPassword)
            XCTAssertEqualAwaited(
                try await client.send(.DELETE, "/api/v1/users/\(peer.id!)/second-factor", token: admin).status, .noContent)
            XCTAssertEqualAwaited(try await StaffSecondFactor.query(on: app.db).count(), 0)
            let audited = try await AuditEntry.query(on: app.db).filter(\.$entity == "second_factor").filter(\.$action == "reset").count()
            XCTAssertEqual(audited, 2)
            XCTAssertEqualAwaited(
                try await login(client, "anggota", Fixture.password, code: nil).status, .ok, "logs in with the password again")
        }
    }

    func testAnAgencyMayRequireASecondFactorOfAllItsStaff() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let admin = try await client.login("admin", TestApp.adminPassword)
            let changed = try await client.send(
                .PATCH, "/api/v1/instansi/\(fixture.instansiA.id!)", token: admin,
                rawBody: #"{"requiresSecondFactor": true}"#)
            XCTAssertEqual(changed.status, .ok, changed.body)
            let pegawai = try await client.login("pegawai", Fixture.password)
            XCTAssertEqualAwaited(
                try await client.send(.GET, "/api/v1/tasks", token: pegawai).errorCode, "second_factor_enrolment_required")
            let other = try await client.login("anggotab", Fixture.password)
            XCTAssertEqualAwaited(try await client.send(.GET, "/api/v1/tasks", token: other).status, .ok, "agency B does not require it")
        }
    }
}
