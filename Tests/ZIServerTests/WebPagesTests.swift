import Fluent
import Vapor
import XCTest
@testable import ZIServer

/// The server-rendered pages: first-run setup, forms that keep input, escaping, language.
final class WebPagesTests: XCTestCase {
    func testEmptyInstallationLeadsTheAdminThroughSetup() async throws {
        try await withApp { app, client in
            let cookies = try await client.webLogin("admin", TestApp.adminPassword)
            let home = try await client.send(.GET, "/", cookies: cookies)
            XCTAssertEqual(home.status, .seeOther)
            XCTAssertEqual(home.location, "/setup")
            let form = try await client.send(.GET, "/setup", cookies: cookies)
            XCTAssertTrue(form.body.contains("Penyiapan awal"))
            let csrf = try await client.csrfToken(cookies: cookies)

            let bad = try await client.send(
                .POST, "/setup",
                form: [
                    "_csrf": csrf, "instansiName": "Kementerian Pertanian", "instansiCode": "KEMENTAN",
                    "unitName": "", "unitCode": "BPT", "headNIP": "123",
                ], cookies: cookies)
            XCTAssertEqual(bad.status, .unprocessableEntity)
            XCTAssertTrue(bad.body.contains("value=\"Kementerian Pertanian\""), "what the user typed is kept")
            XCTAssertTrue(bad.body.contains("Wajib diisi."))
            XCTAssertTrue(bad.body.contains("NIP harus 18 digit"))
            let agencies = try await Instansi.query(on: app.db).count()
            XCTAssertEqual(agencies, 0, "a bad unit leaves no agency behind")

            let ok = try await client.send(
                .POST, "/setup",
                form: [
                    "_csrf": csrf, "instansiName": "Kementerian Pertanian", "instansiCode": "KEMENTAN",
                    "unitName": "Balai Penelitian Ternak", "unitCode": "BALITNAK",
                ], cookies: cookies)
            XCTAssertEqual(ok.status, .seeOther)
            let unitPage = try await client.send(.GET, ok.location ?? "", cookies: cookies)
            XCTAssertTrue(unitPage.body.contains("Balai Penelitian Ternak"))
            XCTAssertTrue(unitPage.body.contains(">Unit Kerja</a>"), "the navigation speaks Indonesian")
            XCTAssertTrue(unitPage.body.contains("Penyiapan selesai"))
            let again = try await client.send(.GET, "/setup", cookies: cookies)
            XCTAssertEqual(again.status, .conflict)
        }
    }

    func testUnitFormsValidateKeepInputAndEscapeOutput() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            let cookies = try await client.webLogin("admin", TestApp.adminPassword)
            let csrf = try await client.csrfToken(cookies: cookies)
            let bad = try await client.send(
                .POST, "/units",
                form: [
                    "_csrf": csrf, "instansiID": fixture.instansiA.id!.uuidString, "parentID": "",
                    "name": "<script>alert(1)</script>", "code": "A1",
                ], cookies: cookies)
            XCTAssertEqual(bad.status, .conflict)
            XCTAssertTrue(bad.body.contains("Kode ini sudah dipakai"))
            XCTAssertFalse(bad.body.contains("<script>alert(1)</script>"), "output is escaped")
            XCTAssertTrue(bad.body.contains("&lt;script&gt;"))

            let created = try await client.send(
                .POST, "/units",
                form: [
                    "_csrf": csrf, "instansiID": fixture.instansiA.id!.uuidString, "parentID": fixture.unitA1.id!.uuidString,
                    "name": "Kebun <Percobaan>", "code": "KP",
                ], cookies: cookies)
            XCTAssertEqual(created.status, .seeOther)
            let tree = try await client.send(.GET, "/units", cookies: cookies)
            XCTAssertTrue(tree.body.contains("Kebun &lt;Percobaan&gt;"))
            XCTAssertTrue(tree.body.contains("depth-1"))

            let refused = try await client.send(.POST, "/units/\(fixture.unitA1.id!)/delete", form: ["_csrf": csrf], cookies: cookies)
            XCTAssertEqual(refused.status, .conflict)
            XCTAssertTrue(refused.body.contains("masih memiliki sub-unit"))

            let programme = try await client.send(
                .POST, "/units/\(fixture.unitA1.id!)/programmes",
                form: [
                    "_csrf": csrf, "year": "2026", "target": "WBK", "pencananganDate": "2026-01-20", "status": "pembangunan",
                ], cookies: cookies)
            XCTAssertEqual(programme.status, .seeOther)
            let show = try await client.send(.GET, "/units/\(fixture.unitA1.id!)", cookies: cookies)
            XCTAssertTrue(show.body.contains("Menuju WBK"))
            XCTAssertTrue(show.body.contains("Pembangunan"))
        }
    }

    func testUserAdministrationThroughTheBrowser() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            let cookies = try await client.webLogin("admin", TestApp.adminPassword)
            let csrf = try await client.csrfToken(cookies: cookies)
            let weak = try await client.send(
                .POST, "/users",
                form: [
                    "_csrf": csrf, "username": "196910101995031001", "displayName": "Ir. Rina", "password": "pendek",
                    "instansiID": fixture.instansiA.id!.uuidString,
                ], cookies: cookies)
            XCTAssertEqual(weak.status, .unprocessableEntity)
            XCTAssertTrue(weak.body.contains("minimal 10 karakter"))
            XCTAssertTrue(weak.body.contains("value=\"Ir. Rina\""))
            XCTAssertFalse(weak.body.contains("pendek"), "passwords are never echoed back")

            let created = try await client.send(
                .POST, "/users",
                form: [
                    "_csrf": csrf, "username": "196910101995031001", "displayName": "Ir. Rina", "password": "KataSandi2026",
                    "instansiID": fixture.instansiA.id!.uuidString,
                ], cookies: cookies)
            XCTAssertEqual(created.status, .seeOther)
            let userPath = try XCTUnwrap(created.location?.split(separator: "?").first.map(String.init))
            let duplicate = try await client.send(
                .POST, "/users",
                form: [
                    "_csrf": csrf, "username": "196910101995031001", "displayName": "Lagi", "password": "KataSandi2026",
                    "instansiID": fixture.instansiA.id!.uuidString,
                ], cookies: cookies)
            XCTAssertEqual(duplicate.status, .conflict)

            let needsUnit = try await client.send(
                .POST, userPath + "/roles", form: ["_csrf": csrf, "role": "anggota_tim"], cookies: cookies)
            XCTAssertEqual(needsUnit.status, .unprocessableEntity)
            XCTAssertTrue(needsUnit.body.contains("pilih unitnya"))
            let granted = try await client.send(
                .POST, userPath + "/roles",
                form: [
                    "_csrf": csrf, "role": "koordinator_area", "unitID": fixture.unitA1.id!.uuidString, "area": "3",
                ], cookies: cookies)
            XCTAssertEqual(granted.status, .seeOther)
            let page = try await client.send(.GET, userPath, cookies: cookies)
            XCTAssertTrue(page.body.contains("Koordinator area — Balai A1"))

            let rina = try await client.webLogin("196910101995031001", "KataSandi2026")
            let rinaUsers = try await client.send(.GET, "/users", cookies: rina)
            XCTAssertEqual(rinaUsers.status, .forbidden)
            XCTAssertTrue(rinaUsers.body.contains("tidak berwenang"))
        }
    }

    func testProfilePasswordChangeChecksTheCurrentPassword() async throws {
        try await withApp { _, client in
            let cookies = try await client.webLogin("admin", TestApp.adminPassword)
            let csrf = try await client.csrfToken(cookies: cookies)
            let wrong = try await client.send(
                .POST, "/profile/password",
                form: [
                    "_csrf": csrf, "currentPassword": "salah", "newPassword": "BaruSekali2026", "confirmPassword": "BaruSekali2026",
                ], cookies: cookies)
            XCTAssertEqual(wrong.status, .unprocessableEntity)
            XCTAssertTrue(wrong.body.contains("Kata sandi saat ini salah"))
            let mismatch = try await client.send(
                .POST, "/profile/password",
                form: [
                    "_csrf": csrf, "currentPassword": TestApp.adminPassword, "newPassword": "BaruSekali2026",
                    "confirmPassword": "Beda2026beda",
                ], cookies: cookies)
            XCTAssertEqual(mismatch.status, .unprocessableEntity)
            let ok = try await client.send(
                .POST, "/profile/password",
                form: [
                    "_csrf": csrf, "currentPassword": TestApp.adminPassword, "newPassword": "BaruSekali2026",
                    "confirmPassword": "BaruSekali2026",
                ], cookies: cookies)
            XCTAssertEqual(ok.status, .seeOther)
            let stillIn = try await client.send(.GET, "/profile", cookies: cookies)
            XCTAssertEqual(stillIn.status, .ok, "the session that changed the password stays")
            _ = try await client.login("admin", "BaruSekali2026")
        }
    }

    func testAuditPageFiltersAndPages() async throws {
        try await withApp { app, client in
            _ = try await Fixture.make(app)
            let cookies = try await client.webLogin("admin", TestApp.adminPassword)
            let page = try await client.send(.GET, "/audit?entity=unit&per=2", cookies: cookies)
            XCTAssertEqual(page.status, .ok)
            XCTAssertTrue(page.body.contains("3 data"))
            XCTAssertTrue(page.body.contains("Halaman 1 dari 2"))
            XCTAssertTrue(page.body.contains("page=2"))
            let none = try await client.send(.GET, "/audit?entity=tidakada", cookies: cookies)
            XCTAssertTrue(none.body.contains("Tidak ada catatan audit yang cocok"))
        }
    }

    func testEnglishIsTheSecondLanguage() async throws {
        try await withApp { _, client in
            let switched = try await client.send(.GET, "/lang/en?next=/login")
            XCTAssertEqual(switched.cookie("sizi_lang"), "en")
            let english = try await client.send(.GET, "/login", cookies: ["sizi_lang": "en"])
            XCTAssertTrue(english.body.contains("Log in with your username or NIP."))
            XCTAssertTrue(english.body.contains("<html lang=\"en\">"))
            let apiEnglish = try await client.send(.GET, "/api/v1/me")
            XCTAssertTrue(apiEnglish.body.contains("Silakan masuk"), "Indonesian is the default")
            let offsite = try await client.send(.GET, "/lang/en?next=//evil.example")
            XCTAssertEqual(offsite.location, "/", "no open redirect")
        }
    }
}
