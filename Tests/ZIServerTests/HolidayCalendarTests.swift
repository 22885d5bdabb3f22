import Fluent
import Foundation
import Vapor
import XCTest
import ZICore

@testable import ZIServer

/// The working-day calendar: the shipped decrees loaded on a new installation (once), the
/// super-admin's page to add, move, remove and confirm days (audited, refused to others), the
/// warning on every page while the year is empty, and `sizi holidays import`.
final class HolidayCalendarTests: XCTestCase {
    func testANewInstallationKnows2026sHolidaysAndLoadsThemOnlyOnce() async throws {
        try await withApp { app, _ in
            let loaded = try await app.write { db in try await Holidays.loadShipped(on: db) }
            XCTAssertEqual(loaded, [2025, 2026])
            let calendar = try await Holidays.calendar(on: app.db)
            // Nyepi and Idul Fitri 2026: from Tuesday 17 March, 3 working days end on Friday 27 March.
            let start = try XCTUnwrap(CalendarDate(iso: "2026-03-17"))
            XCTAssertEqual(calendar.adding(workingDays: 3, to: start).description, "2026-03-27")
            XCTAssertFalse(calendar.isWorkingDay(try XCTUnwrap(CalendarDate(iso: "2026-12-24"))), "cuti bersama Natal")
            let days = try await Holidays.days(of: 2026, on: app.db)
            XCTAssertTrue(days.allSatisfy { $0.needsVerification == true && $0.source?.contains("Tahun 2026") == true })

            try await app.write { db in try await Holidays.remove(try XCTUnwrap(CalendarDate(iso: "2026-12-24")), by: .system, on: db) }
            let again = try await app.write { db in try await Holidays.loadShipped(on: db) }
            XCTAssertEqual(again, [], "a year loaded once is never loaded again")
            let remaining = try await Holidays.days(of: 2026, on: app.db).map(\.date)
            XCTAssertFalse(remaining.contains("2026-12-24"), "a day the administrator removed stays removed")
            let audit = try await AuditEntry.query(on: app.db).filter(\.$entity == "holiday").filter(\.$action == "load").count()
            XCTAssertEqual(audit, 2)
        }
    }

    func testEveryPageWarnsWhileTheYearHasNoHolidays() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let cookies = try await client.webLogin("anggota", Fixture.password)
            let empty = try await client.send(.GET, "/", cookies: cookies)
            XCTAssertTrue(empty.body.contains("Kalender hari libur tahun 2026 belum diisi"), empty.body)
            XCTAssertTrue(empty.body.contains("href=\"/holidays?year=2026\""))

            try await app.write { db in try await Holidays.loadShipped(on: db) }
            app.holidayCache.invalidate()
            let filled = try await client.send(.GET, "/", cookies: cookies)
            XCTAssertEqual(filled.status, .ok)
            XCTAssertFalse(filled.body.contains("Kalender hari libur tahun 2026 belum diisi"))
        }
    }

    func testTheSuperAdminKeepsTheCalendarOnItsPageAndOthersOnlyReadIt() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            try await app.write { db in try await Holidays.loadShipped(on: db) }
            let admin = try await client.webLogin("admin", TestApp.adminPassword)
            let csrf = try await client.csrfToken(cookies: admin)

            let page = try await client.send(.GET, "/holidays?year=2026", cookies: admin)
            XCTAssertEqual(page.status, .ok)
            XCTAssertTrue(page.body.contains("Cuti bersama Idul Fitri"))
            XCTAssertTrue(page.body.contains("perlu diverifikasi"))
            XCTAssertTrue(page.body.contains("action=\"/holidays/verify\""))
            XCTAssertTrue(page.body.contains("25 hari libur tercatat; 240 hari kerja dalam setahun."), page.body)
            let lastYear = try await client.send(.GET, "/holidays?year=2100", cookies: admin)
            XCTAssertTrue(lastYear.body.contains("?year=2099") && !lastYear.body.contains("?year=2101"), "no link beyond the years kept")

            let added = try await client.send(
                .POST, "/holidays", form: ["date": "2026-09-14", "name": "Hari Jadi Kabupaten", "kind": "lainnya", "_csrf": csrf],
                cookies: admin)
            XCTAssertEqual(added.status, .seeOther, added.body)
            let moved = try await client.send(
                .POST, "/holidays/2026-09-14/move", form: ["newDate": "2026-09-15", "_csrf": csrf], cookies: admin)
            XCTAssertEqual(moved.status, .seeOther, moved.body)
            let verified = try await client.send(.POST, "/holidays/verify", form: ["year": "2026", "_csrf": csrf], cookies: admin)
            XCTAssertEqual(verified.status, .seeOther)
            let removed = try await client.send(.POST, "/holidays/2026-01-16/delete", form: ["_csrf": csrf], cookies: admin)
            XCTAssertEqual(removed.status, .seeOther)

            let days = try await Holidays.days(of: 2026, on: app.db)
            XCTAssertEqual(days.first { $0.date == "2026-09-15" }?.name, "Hari Jadi Kabupaten")
            XCTAssertNil(days.first { $0.date == "2026-09-14" })
            XCTAssertNil(days.first { $0.date == "2026-01-16" })
            XCTAssertTrue(days.allSatisfy { $0.needsVerification != true })
            let actions = try await AuditEntry.query(on: app.db).filter(\.$entity == "holiday").all().map(\.action)
            for action in ["set", "move", "verify", "remove"] { XCTAssertTrue(actions.contains(action), action) }

            // Bad input: what to fix, and what was typed is kept.
            let badDate = try await client.send(
                .POST, "/holidays", form: ["date": "2026-02-30", "name": "Libur daerah", "_csrf": csrf], cookies: admin)
            XCTAssertEqual(badDate.status, .unprocessableEntity)
            XCTAssertTrue(badDate.body.contains("Tanggal harus berformat"))
            XCTAssertTrue(badDate.body.contains("value=\"Libur daerah\""))
            let taken = try await client.send(
                .POST, "/holidays/2026-09-15/move", form: ["newDate": "2026-12-25", "_csrf": csrf], cookies: admin)
            XCTAssertEqual(taken.status, .unprocessableEntity)
            XCTAssertTrue(taken.body.contains("2026-12-25 sudah tercatat sebagai hari libur"), taken.body)
            let badKind = try await client.send(
                .POST, "/holidays", form: ["date": "2026-10-01", "name": "X", "kind": "bebas", "_csrf": csrf], cookies: admin)
            XCTAssertEqual(badKind.status, .unprocessableEntity)

            // Others read the calendar but may not change it.
            let koordinator = try await client.webLogin("koordinator", Fixture.password)
            let theirCSRF = try await client.csrfToken(cookies: koordinator)
            let read = try await client.send(.GET, "/holidays?year=2026", cookies: koordinator)
            XCTAssertEqual(read.status, .ok)
            XCTAssertFalse(read.body.contains("action=\"/holidays/verify\""))
            for (path, form) in [
                ("/holidays", ["date": "2026-10-02", "name": "Libur"]), ("/holidays/2026-12-25/delete", [:]),
                ("/holidays/2026-12-25/move", ["newDate": "2026-12-28"]), ("/holidays/verify", ["year": "2026"]),
            ] {
                let refused = try await client.send(
                    .POST, path, form: form.merging(["_csrf": theirCSRF]) { a, _ in a }, cookies: koordinator)
                XCTAssertEqual(refused.status, .forbidden, path)
            }
            let stillThere = try await Holidays.days(of: 2026, on: app.db).map(\.date)
            XCTAssertTrue(stillThere.contains("2026-12-25"))
        }
    }

    func testTheAPISetsADayWithItsKindForTheSuperAdminOnly() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let admin = try await client.login("admin", TestApp.adminPassword)
            let set = try await client.send(
                .PUT, "/api/v1/holidays/2026-12-31", token: admin,
                json: ["name": "Cuti bersama akhir tahun", "kind": "cuti_bersama"])
            XCTAssertEqual(set.status, .noContent, set.body)
            let day = try await Holidays.days(of: 2026, on: app.db).first
            XCTAssertEqual(day?.kind, "cuti_bersama")
            XCTAssertEqual(day?.needsVerification, false)

            let badKind = try await client.send(.PUT, "/api/v1/holidays/2026-12-30", token: admin, json: ["name": "X", "kind": "bebas"])
            XCTAssertEqual(badKind.status, .unprocessableEntity)
            XCTAssertEqual(badKind.errorCode, "validation_failed")
            let coordinator = try await client.login("koordinator", Fixture.password)
            let refused = try await client.send(.PUT, "/api/v1/holidays/2026-12-30", token: coordinator, json: ["name": "X"])
            XCTAssertEqual(refused.status, .forbidden)
            let listed = try await client.send(.GET, "/api/v1/holidays?year=2026", token: coordinator)
            XCTAssertEqual(listed.status, .ok)
            XCTAssertTrue(listed.body.contains("Cuti bersama akhir tahun"))

            // Moving and confirming through the API, for the super-admin only.
            let moved = try await client.send(.POST, "/api/v1/holidays/2026-12-31/move", token: admin, json: ["newDate": "2026-12-30"])
            XCTAssertEqual(moved.status, .noContent, moved.body)
            let nowhere = try await client.send(.POST, "/api/v1/holidays/2026-12-30/move", token: admin, json: ["newDate": "30-12-2026"])
            XCTAssertEqual(nowhere.fieldErrors, ["newDate"])
            let notThere = try await client.send(.POST, "/api/v1/holidays/2026-12-29/move", token: admin, json: ["newDate": "2026-12-28"])
            XCTAssertEqual(notThere.status, .notFound)
            let refusedMove = try await client.send(
                .POST, "/api/v1/holidays/2026-12-30/move", token: coordinator, json: ["newDate": "2026-12-28"])
            XCTAssertEqual(refusedMove.status, .forbidden)
            try await app.write { db in try await Holidays.loadShipped(on: db) }
            let badYear = try await client.send(.POST, "/api/v1/holidays/verify", token: admin, json: ["year": 1999])
            XCTAssertEqual(badYear.fieldErrors, ["year"])
            let refusedVerify = try await client.send(.POST, "/api/v1/holidays/verify", token: coordinator, json: ["year": 2025])
            XCTAssertEqual(refusedVerify.status, .forbidden)
            let verified = try await client.send(.POST, "/api/v1/holidays/verify", token: admin, json: ["year": 2025])
            XCTAssertEqual(verified.status, .noContent)
            let days2025 = try await Holidays.days(of: 2025, on: app.db)
            XCTAssertFalse(days2025.isEmpty)
            XCTAssertTrue(days2025.allSatisfy { $0.needsVerification == false })
            let days2026 = try await Holidays.days(of: 2026, on: app.db).map(\.date)
            XCTAssertEqual(days2026, ["2026-12-30"], "a year the administrator already keeps is not loaded from the shipped data")
        }
    }

    func testImportingADecreeFileReportsWhatChangedAndRefusesABadFile() async throws {
        try await withApp { app, _ in
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sizi-holidays-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let good = directory.appendingPathComponent("skb-2027.json")
            try Data(
                """
                {"year": 2027, "decree": "SKB Hari Libur Nasional dan Cuti Bersama Tahun 2027", "needsVerification": false,
                 "note": null, "days": [{"date": "2027-01-01", "kind": "libur_nasional", "name": "Tahun Baru 2027 Masehi"},
                 {"date": "2027-08-17", "kind": "libur_nasional", "name": "Hari Kemerdekaan Republik Indonesia"}]}
                """.utf8
            ).write(to: good)
            let first = try await HolidayAdmin.importFile(app, path: good.path)
            XCTAssertTrue(first.hasPrefix("2027: 2 ditambah / added, 0 diubah / changed, 0 tetap / unchanged"), first)
            let second = try await HolidayAdmin.importFile(app, path: good.path)
            XCTAssertTrue(second.hasPrefix("2027: 0 ditambah / added, 0 diubah / changed, 2 tetap / unchanged"), second)
            let listed = try await HolidayAdmin.list(app, year: 2027)
            XCTAssertEqual(listed.count, 2)

            let bad = directory.appendingPathComponent("skb-salah.json")
            try Data(
                """
                {"year": 2027, "decree": "SKB", "needsVerification": false, "note": null,
                 "days": [{"date": "2028-01-01", "kind": "libur_nasional", "name": "Tahun Baru"}]}
                """.utf8
            ).write(to: bad)
            do {
                _ = try await HolidayAdmin.importFile(app, path: bad.path)
                XCTFail("a day outside the year was accepted")
            } catch {
                XCTAssertEqual("\(error)", "skb-salah.json: 2028-01-01 bukan tahun 2027")
            }
            let count = try await Holidays.days(of: 2028, on: app.db).count
            XCTAssertEqual(count, 0)
        }
    }
}
