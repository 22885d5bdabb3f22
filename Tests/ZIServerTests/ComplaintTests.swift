import Fluent
import Vapor
import XCTest
import ZICore
@testable import ZIServer

/// Public complaints: filing without an account, the tracking code, the status page that
/// shows only public replies, the staff workflow with working-day deadlines, the monthly
/// report and the rate limit. Runs on SQLite and PostgreSQL.
final class ComplaintTests: XCTestCase {
    /// Files a complaint through the public form; returns the page.
    private func file(_ client: Client, unit: WorkUnit, subject: String, extra: [String: String] = [:]) async throws -> Client.Reply {
        let page = try await client.send(.GET, "/publik/\(unit.id!)/pengaduan")
        let csrf = try XCTUnwrap(page.cookie("sizi_csrf"))
        var form = ["_csrf": csrf, "kind": "pengaduan", "subject": subject, "description": "Petugas meminta <b>uang</b> tambahan."]
        form.merge(extra) { $1 }
        return try await client.send(.POST, "/publik/\(unit.id!)/pengaduan", form: form, cookies: ["sizi_csrf": csrf])
    }

    private func code(in page: Client.Reply) throws -> String {
        let range = try XCTUnwrap(page.body.range(of: #"class="tracking-code">"#))
        return String(page.body[range.upperBound...].prefix { $0 != "<" })
    }

    private func track(_ client: Client, _ code: String) async throws -> Client.Reply {
        let page = try await client.send(.GET, "/pengaduan/lacak")
        let csrf = try XCTUnwrap(page.cookie("sizi_csrf"))
        return try await client.send(.POST, "/pengaduan/lacak", form: ["_csrf": csrf, "code": code], cookies: ["sizi_csrf": csrf])
    }

    func testThePublicFilesAndFollowsAComplaintThatStaffHandle() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let empty = try await file(client, unit: fixture.unitA1, subject: "")
            XCTAssertEqual(empty.status, .unprocessableEntity)
            XCTAssertTrue(empty.body.contains("Petugas meminta &lt;b&gt;uang&lt;/b&gt; tambahan."), "what was typed is kept, escaped")

            let filed = try await file(client, unit: fixture.unitA1, subject: "Pungutan di loket")
            XCTAssertEqual(filed.status, .created, filed.body)
            let code = try code(in: filed)
            XCTAssertNotNil(TrackingCode(code))
            let stored = try await Complaint.query(on: app.db).first()!
            XCTAssertEqual(stored.number, "\(TestApp.clock.today().year)/000001")
            XCTAssertNotEqual(stored.codeHash, code, "only a hash of the code is stored")
            XCTAssertTrue(stored.isAnonymous, "no name given")
            XCTAssertEqual(stored.status, "diterima")
            XCTAssertNotNil(stored.dueOn)

            let token = try await client.login("anggota", Fixture.password)
            let agen = try await User.query(on: app.db).filter(\.$username == "agen").first()!
            let path = "/api/v1/complaints/\(stored.id!)"
            let skip = try await client.send(.POST, "\(path)/move", token: token, json: ["status": "selesai"])
            XCTAssertEqual(skip.errorCode, "complaint_step_not_allowed")
            _ = try await client.send(.POST, "\(path)/move", token: token, json: ["status": "diverifikasi"])
            let noAssignee = try await client.send(.POST, "\(path)/move", token: token, json: ["status": "didisposisikan"])
            XCTAssertEqual(noAssignee.status, .unprocessableEntity)
            let assigned = try await client.send(
                .POST, "\(path)/move", token: token,
                json: ["status": "didisposisikan", "assigneeID": agen.id!.uuidString])
            XCTAssertEqual(assigned.status, .ok, assigned.body)
            _ = try await client.send(
                .POST, "\(path)/replies", token: token,
                json: ["text": AnyEncodable("Catatan internal: cek CCTV"), "isPublic": AnyEncodable(false)])
            let agenToken = try await client.login("agen", Fixture.password)
            let byAssignee = try await client.send(.POST, "\(path)/move", token: agenToken, json: ["status": "diproses"])
            XCTAssertEqual(byAssignee.status, .ok, "the person it was assigned to may move it")
            _ = try await client.send(
                .POST, "\(path)/replies", token: agenToken,
                json: ["text": AnyEncodable("Petugas telah diperiksa dan dibina."), "isPublic": AnyEncodable(true)])
            let done = try await client.send(.POST, "\(path)/move", token: agenToken, json: ["status": "selesai"])
            let detail = try done.json(ComplaintDetailDTO.self)
            XCTAssertEqual(detail.complaint.status, "selesai")
            XCTAssertNil(detail.complaint.dueOn)
            XCTAssertEqual(
                detail.events.filter { $0.kind == "status" }.map(\.toStatus),
                ["diterima", "diverifikasi", "didisposisikan", "diproses", "selesai"])

            let status = try await track(client, code.lowercased().replacingOccurrences(of: "-", with: " "))
            XCTAssertEqual(status.status, .ok)
            XCTAssertTrue(status.body.contains("Selesai") && status.body.contains("Petugas telah diperiksa dan dibina."))
            XCTAssertFalse(status.body.contains("cek CCTV"), "internal notes never reach the public")
            let wrong = try await track(client, "2345-6789-ABCD")
            let malformed = try await track(client, "'; drop table complaints; --")
            XCTAssertEqual(wrong.status, .notFound)
            XCTAssertEqual(malformed.status, .notFound)
            XCTAssertTrue(
                wrong.body.contains("Kode tidak ditemukan") && malformed.body.contains("Kode tidak ditemukan"),
                "the same answer for a wrong and a malformed code")

            let report = try await client.send(.GET, "/api/v1/units/\(fixture.unitA1.id!)/complaints/report", token: token)
                .json(ComplaintReport.self)
            XCTAssertEqual(report.received, 1)
            XCTAssertEqual(report.byChannel, ["web": 1])
            XCTAssertEqual(report.finished, 1)
            XCTAssertEqual(report.lkeFinished, 1)
            let csv = try await client.send(.GET, "/api/v1/units/\(fixture.unitA1.id!)/complaints/export.csv", token: token)
            XCTAssertTrue(csv.body.hasPrefix("Nomor,Tanggal Diterima,Kanal"))
            XCTAssertFalse(csv.body.contains("uang"), "the export carries no description")
            let outsider = try await client.login("anggotab", Fixture.password)
            let refused = try await client.send(.GET, path, token: outsider)
            XCTAssertEqual(refused.status, .forbidden)
        }
    }

    func testDeadlinesSkipWeekendsAndHolidays() async throws {
        try await withApp { app, client in
            let admin = try await client.login("admin", TestApp.adminPassword)
            let set = try await client.send(.PUT, "/api/v1/holidays/2026-12-25", token: admin, json: ["name": "Hari Raya Natal"])
            XCTAssertEqual(set.status, .noContent)
            let calendar = try await Holidays.calendar(on: app.db)
            // Wednesday 23 December 2026 + 3 working days: Thu 24, (Fri 25 holiday, weekend), Mon 28, Tue 29.
            let due = ComplaintDeadlines.standard.due(
                .diterima, in: ComplaintTimeline(receivedOn: CalendarDate(iso: "2026-12-23")!), calendar: calendar)
            XCTAssertEqual(due?.description, "2026-12-29")
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let member = try await client.login("anggota", Fixture.password)
            let refused = try await client.send(.PUT, "/api/v1/holidays/2026-12-26", token: member, json: ["name": "Cuti bersama"])
            XCTAssertEqual(refused.status, .forbidden, "only the administrator keeps the holiday table")
        }
    }

    func testFloodsAreRefusedWithAClearMessageAndNothingAcceptedIsLost() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            // A fixed clock: the five submissions fall in one minute whenever the test runs.
            let minute = Date(timeIntervalSince1970: 1_800_000_000)
            app.clock = .fixed(minute)
            app.publicRateLimiter = PublicRateLimiter(perMinute: 3)
            var accepted = 0
            var refused = 0
            for index in 0..<5 {
                let reply = try await file(client, unit: fixture.unitA1, subject: "Aduan \(index)")
                if reply.status == .created { accepted += 1 }
                if reply.status == .tooManyRequests {
                    refused += 1
                    XCTAssertTrue(reply.body.contains("Coba lagi dalam"), reply.body)
                }
            }
            XCTAssertEqual(accepted, 3)
            XCTAssertEqual(refused, 2)
            let stored = try await Complaint.query(on: app.db).count()
            XCTAssertEqual(stored, accepted, "every accepted complaint is stored")
        }
    }
}

/// The staff pages of complaints and of the survey.
final class ComplaintWebTests: XCTestCase {
    func testStaffEnterMoveAndAnswerInTheBrowser() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let cookies = try await client.webLogin("anggota", Fixture.password)
            let csrf = try await client.csrfToken(cookies: cookies)
            let index = try await client.send(.GET, "/units/\(fixture.unitA1.id!)/complaints", cookies: cookies)
            XCTAssertTrue(index.body.contains("Belum ada pengaduan."))
            let missing = try await client.send(
                .POST, "/units/\(fixture.unitA1.id!)/complaints",
                form: [
                    "_csrf": csrf, "channel": "telepon", "subject": "", "description": "Keluhan via telepon",
                ], cookies: cookies)
            XCTAssertEqual(missing.status, .unprocessableEntity)
            XCTAssertTrue(missing.body.contains("Keluhan via telepon"), "what was typed is kept")
            let entered = try await client.send(
                .POST, "/units/\(fixture.unitA1.id!)/complaints",
                form: [
                    "_csrf": csrf, "channel": "telepon", "kind": "aspirasi", "subject": "Jam layanan", "description": "Mohon buka Sabtu",
                ], cookies: cookies)
            XCTAssertEqual(entered.status, .created)
            XCTAssertTrue(entered.body.contains("tracking-code"), "the code to pass on is shown once")
            let complaint = try await Complaint.query(on: app.db).first()!
            XCTAssertEqual(complaint.channel, "telepon")
            let reject = try await client.send(
                .POST, "/complaints/\(complaint.id!)/move",
                form: [
                    "_csrf": csrf, "status": "ditolak", "reason": "",
                ], cookies: cookies)
            XCTAssertEqual(reject.status, .unprocessableEntity)
            XCTAssertTrue(reject.body.contains("Tuliskan alasannya"))
            let verified = try await client.send(
                .POST, "/complaints/\(complaint.id!)/move", form: ["_csrf": csrf, "status": "diverifikasi"],
                cookies: cookies)
            XCTAssertEqual(verified.status, .seeOther)
            let replied = try await client.send(
                .POST, "/complaints/\(complaint.id!)/replies",
                form: [
                    "_csrf": csrf, "text": "Terima kasih, usulan kami bahas.", "visibility": "public",
                ], cookies: cookies)
            XCTAssertEqual(replied.status, .seeOther)
            let page = try await client.send(.GET, "/complaints/\(complaint.id!)", cookies: cookies)
            XCTAssertTrue(page.body.contains("Terima kasih, usulan kami bahas.") && page.body.contains("Diverifikasi"))
            let survey = try await client.send(
                .POST, "/units/\(fixture.unitA1.id!)/survey/services",
                form: [
                    "_csrf": csrf, "name": "Layanan Informasi", "population": "nol",
                ], cookies: cookies)
            XCTAssertEqual(survey.status, .unprocessableEntity)
            XCTAssertTrue(survey.body.contains("Layanan Informasi"), "the name typed is kept")
            let pegawai = try await client.webLogin("pegawai", Fixture.password)
            let refused = try await client.send(.GET, "/units/\(fixture.unitA1.id!)/complaints", cookies: pegawai)
            XCTAssertEqual(refused.status, .forbidden)
        }
    }
}
