import Fluent
import SQLKit
import Vapor
import XCTest
import ZICore
@testable import ZIServer

/// Complaint handling after SP4N-LAPOR! through the app, on 2026 dates: late verification shows
/// in the report, the investigation track with its reason, the follow-up that waits for the
/// reporter, the reporter's answer on the status page, closing after the reporter's silence,
/// the unit's limits and who may change them. Runs on SQLite and PostgreSQL.
final class ComplaintLaporTests: XCTestCase {
    /// Sets the app's clock to 10:00 WIB on `day` and logs `username` in again (a session does
    /// not survive days of idleness).
    private func on(_ day: String, _ app: Application, _ client: Client, as username: String = "anggota") async throws -> String {
        app.clock = .fixed(ISO8601DateFormatter().date(from: "\(day)T03:00:00Z")!)
        return try await client.login(username, Fixture.password)
    }

    /// What staff entry answers: the tracking code to pass on.
    private struct Filed: Decodable { let trackingCode: String }

    private func trackingPage(_ client: Client) async throws -> String {
        let page = try await client.send(.GET, "/pengaduan/lacak")
        return try XCTUnwrap(page.cookie("sizi_csrf"))
    }

    func testLateVerificationTheInvestigationTrackAndClosingAfterTheReporterSilence() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let unit = fixture.unitA1.id!
            let agen = try await User.query(on: app.db).filter(\.$username == "agen").first()!

            // Received Monday 2 February 2026 by telephone: due for verification and forwarding Thursday 5.
            var token = try await on("2026-02-02", app, client)
            let filed = try await client.send(
                .POST, "/api/v1/units/\(unit)/complaints", token: token,
                json: ["kind": "pengaduan", "channel": "telepon", "subject": "Antrean loket", "description": "Menunggu tiga jam."])
            XCTAssertEqual(filed.status, .created, filed.body)
            let code = try filed.json(Filed.self).trackingCode
            let complaint = try await Complaint.query(on: app.db).first()!
            XCTAssertEqual(complaint.dueOn, "2026-02-05")
            XCTAssertEqual(complaint.track, "biasa")
            let path = "/api/v1/complaints/\(complaint.id!)"

            // Verified and forwarded Friday 6 February, the fourth working day: late.
            token = try await on("2026-02-06", app, client)
            _ = try await client.send(.POST, "\(path)/move", token: token, json: ["status": "diverifikasi"])
            let forwarded = try await client.send(
                .POST, "\(path)/move", token: token, json: ["status": "didisposisikan", "assigneeID": agen.id!.uuidString])
            let afterForwarding = try forwarded.json(ComplaintDetailDTO.self)
            XCTAssertEqual(afterForwarding.complaint.forwardedOn, "2026-02-06")
            XCTAssertEqual(afterForwarding.complaint.dueOn, "2026-02-13", "the follow-up: 5 working days from forwarding")

            let noReason = try await client.send(.POST, "\(path)/track", token: token, json: ["track": "pemeriksaan"])
            XCTAssertEqual(noReason.status, .unprocessableEntity)
            XCTAssertEqual(noReason.fieldErrors, ["reason"])
            let unknownTrack = try await client.send(.POST, "\(path)/track", token: token, json: ["track": "kilat"])
            XCTAssertEqual(unknownTrack.fieldErrors, ["track"])
            let evaluator = try await client.login("evaluator", Fixture.password)
            let refused = try await client.send(
                .POST, "\(path)/track", token: evaluator, json: ["track": "pemeriksaan", "reason": "x"])
            XCTAssertEqual(refused.status, .forbidden, "reading complaints does not allow handling them")
            token = try await on("2026-02-06", app, client)
            let investigation = try await client.send(
                .POST, "\(path)/track", token: token, json: ["track": "pemeriksaan", "reason": "Perlu pemeriksaan rekaman CCTV."])
            let onTrack = try investigation.json(ComplaintDetailDTO.self)
            XCTAssertEqual(onTrack.complaint.track, "pemeriksaan")
            XCTAssertEqual(onTrack.trackReason, "Perlu pemeriksaan rekaman CCTV.")
            let calendar = try await Holidays.calendar(on: app.db)
            XCTAssertEqual(
                onTrack.complaint.dueOn, calendar.adding(workingDays: 60, to: CalendarDate(iso: "2026-02-06")!).description)

            // A follow-up is the public reply of a complaint in process.
            let tooEarly = try await client.send(
                .POST, "\(path)/replies", token: token,
                json: ["text": AnyEncodable("Sudah"), "isPublic": AnyEncodable(true), "isFollowUp": AnyEncodable(true)])
            XCTAssertEqual(tooEarly.errorCode, "complaint_follow_up_not_allowed")
            _ = try await client.send(.POST, "\(path)/move", token: token, json: ["status": "diproses"])
            token = try await on("2026-02-11", app, client)
            let followUp = try await client.send(
                .POST, "\(path)/replies", token: token,
                json: ["text": AnyEncodable("Loket tambahan dibuka."), "isPublic": AnyEncodable(true), "isFollowUp": AnyEncodable(true)])
            let waiting = try followUp.json(ComplaintDetailDTO.self)
            XCTAssertEqual(waiting.complaint.answeredOn, "2026-02-11")
            XCTAssertEqual(waiting.complaint.awaitingReporterSince, "2026-02-11")

            // The reporter sees when it will close; ten working days of silence close it the day after.
            let csrf = try await trackingPage(client)
            let status = try await client.send(
                .POST, "/pengaduan/lacak", form: ["_csrf": csrf, "code": code], cookies: ["sizi_csrf": csrf])
            XCTAssertTrue(status.body.contains("ditutup otomatis pada 26 Februari 2026"), status.body)
            XCTAssertTrue(status.body.contains("Kirim tanggapan"))
            let notYet = try await app.write { db in
                try await ComplaintFollowUp.closeUnanswered(today: CalendarDate(iso: "2026-02-25")!, on: db)
            }
            XCTAssertEqual(notYet, 0)
            let closed = try await app.write { db in
                try await ComplaintFollowUp.closeUnanswered(today: CalendarDate(iso: "2026-02-26")!, on: db)
            }
            XCTAssertEqual(closed, 1)
            let ended = try await Complaint.find(complaint.id, on: app.db)!
            XCTAssertEqual(ended.status, "selesai")
            XCTAssertEqual(ended.closedOn, "2026-02-26")
            XCTAssertNil(ended.awaitingReporterSince)
            let closedPage = try await client.send(
                .POST, "/pengaduan/lacak", form: ["_csrf": csrf, "code": code], cookies: ["sizi_csrf": csrf])
            XCTAssertTrue(closedPage.body.contains("ditutup otomatis karena pelapor tidak menanggapi tindak lanjut dalam 10 hari kerja"))
            XCTAssertFalse(closedPage.body.contains("Kirim tanggapan"), "an ended complaint takes no answer")
            let lateAnswer = try await client.send(
                .POST, "/pengaduan/lacak/tanggapan", form: ["_csrf": csrf, "code": code, "text": "Masih antre"],
                cookies: ["sizi_csrf": csrf])
            XCTAssertEqual(lateAnswer.status, .conflict)
            let again = try await app.write { db in
                try await ComplaintFollowUp.closeUnanswered(today: CalendarDate(iso: "2026-03-02")!, on: db)
            }
            XCTAssertEqual(again, 0, "closing is done once")

            // The report counts the late verification; the follow-up itself kept its (longer) limit.
            token = try await on("2026-02-26", app, client)
            let report = try await client.send(.GET, "/api/v1/units/\(unit)/complaints/report?period=2026-M02", token: token)
                .json(ComplaintReport.self)
            XCTAssertEqual(report.verifiedLate, 1)
            XCTAssertEqual(report.verifiedOnTime, 0)
            XCTAssertEqual(report.finished, 1)
            XCTAssertEqual(report.finishedLate, 1)
            XCTAssertEqual(report.finishedOnTime, 0)
            let audit = try await AuditEntry.query(on: app.db).filter(\.$action == "close_unanswered").count()
            XCTAssertEqual(audit, 1)
        }
    }

    func testTheReporterAnswersAndTheComplaintStaysOpen() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let unit = fixture.unitA1.id!
            let agen = try await User.query(on: app.db).filter(\.$username == "agen").first()!
            let token = try await on("2026-03-02", app, client)
            let filed = try await client.send(
                .POST, "/api/v1/units/\(unit)/complaints", token: token,
                json: ["kind": "pengaduan", "channel": "surat", "subject": "Berkas hilang", "description": "Berkas saya hilang."])
            let code = try filed.json(Filed.self).trackingCode
            let complaint = try await Complaint.query(on: app.db).first()!
            let path = "/api/v1/complaints/\(complaint.id!)"
            _ = try await client.send(.POST, "\(path)/move", token: token, json: ["status": "diverifikasi"])
            _ = try await client.send(
                .POST, "\(path)/move", token: token, json: ["status": "didisposisikan", "assigneeID": agen.id!.uuidString])
            _ = try await client.send(.POST, "\(path)/move", token: token, json: ["status": "diproses"])
            _ = try await client.send(
                .POST, "\(path)/replies", token: token,
                json: ["text": AnyEncodable("Berkas ditemukan."), "isPublic": AnyEncodable(true), "isFollowUp": AnyEncodable(true)])

            let csrf = try await trackingPage(client)
            let empty = try await client.send(
                .POST, "/pengaduan/lacak/tanggapan", form: ["_csrf": csrf, "code": code, "text": " "], cookies: ["sizi_csrf": csrf])
            XCTAssertEqual(empty.status, .unprocessableEntity)
            let wrong = try await client.send(
                .POST, "/pengaduan/lacak/tanggapan", form: ["_csrf": csrf, "code": "2345-6789-ABCD", "text": "Halo"],
                cookies: ["sizi_csrf": csrf])
            XCTAssertEqual(wrong.status, .notFound)
            let noCSRF = try await client.send(.POST, "/pengaduan/lacak/tanggapan", form: ["code": code, "text": "Halo"])
            XCTAssertEqual(noCSRF.status, .forbidden)
            let answered = try await client.send(
                .POST, "/pengaduan/lacak/tanggapan",
                form: ["_csrf": csrf, "code": code, "text": "Terima kasih, <b>sudah</b> saya terima."],
                cookies: ["sizi_csrf": csrf])
            XCTAssertEqual(answered.status, .ok, answered.body)
            XCTAssertTrue(answered.body.contains("Tanggapan Anda sudah diterima unit."))
            XCTAssertTrue(answered.body.contains("Terima kasih, &lt;b&gt;sudah&lt;/b&gt; saya terima."), "escaped")
            let stored = try await Complaint.find(complaint.id, on: app.db)!
            XCTAssertNil(stored.awaitingReporterSince, "an answered follow-up no longer closes on its own")
            let closed = try await app.write { db in
                try await ComplaintFollowUp.closeUnanswered(today: CalendarDate(iso: "2026-06-01")!, on: db)
            }
            XCTAssertEqual(closed, 0)
            let detail = try await client.send(.GET, path, token: token).json(ComplaintDetailDTO.self)
            XCTAssertEqual(detail.events.last?.kind, "reporter_reply")
        }
    }

    func testTheComplaintPageChoosesTheTrackAndSendsTheFollowUp() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let token = try await client.login("anggota", Fixture.password)
            _ = try await client.send(
                .POST, "/api/v1/units/\(fixture.unitA1.id!)/complaints", token: token,
                json: ["kind": "pengaduan", "channel": "surat", "subject": "Izin lambat", "description": "Sudah dua bulan."])
            let complaint = try await Complaint.query(on: app.db).first()!
            let cookies = try await client.webLogin("anggota", Fixture.password)
            let csrf = try await client.csrfToken(cookies: cookies)
            let page = try await client.send(.GET, "/complaints/\(complaint.id!)", cookies: cookies)
            XCTAssertTrue(page.body.contains("Jalur penanganan") && page.body.contains("Pemeriksaan"), "the track form")
            XCTAssertFalse(page.body.contains(#"value="follow_up""#), "no follow-up before the complaint is in process")

            let noReason = try await client.send(
                .POST, "/complaints/\(complaint.id!)/track", form: ["_csrf": csrf, "track": "pemeriksaan", "reason": ""], cookies: cookies)
            XCTAssertEqual(noReason.status, .unprocessableEntity)
            XCTAssertTrue(noReason.body.contains("Tulis alasan pengaduan ini perlu jalur pemeriksaan."))
            let chosen = try await client.send(
                .POST, "/complaints/\(complaint.id!)/track",
                form: ["_csrf": csrf, "track": "pemeriksaan", "reason": "Perlu audit berkas."],
                cookies: cookies)
            XCTAssertEqual(chosen.status, .seeOther)
            let early = try await client.send(
                .POST, "/complaints/\(complaint.id!)/replies", form: ["_csrf": csrf, "text": "Sudah beres.", "visibility": "follow_up"],
                cookies: cookies)
            XCTAssertEqual(early.status, .conflict)
            XCTAssertTrue(early.body.contains("Sudah beres."), "what was typed is kept")
            let note = try await client.send(
                .POST, "/complaints/\(complaint.id!)/replies", form: ["_csrf": csrf, "text": "Catatan tanpa pilihan."], cookies: cookies)
            XCTAssertEqual(note.status, .seeOther)
            let events = try await ComplaintEvent.query(on: app.db).filter(\.$complaint.$id == complaint.id!).all()
            XCTAssertEqual(
                events.first { $0.text == "Catatan tanpa pilihan." }?.kind, .internalNote, "without a choice a note stays internal")
            let stored = try await Complaint.find(complaint.id, on: app.db)!
            XCTAssertEqual(stored.track, "pemeriksaan")
            XCTAssertEqual(stored.trackReason, "Perlu audit berkas.")
        }
    }

    func testAUnitSetsItsLimitsWithinBoundsAndOnlyHandlersMay() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let path = "/api/v1/units/\(fixture.unitA1.id!)/complaints/settings"
            let token = try await client.login("anggota", Fixture.password)
            let defaults = try await client.send(.GET, path, token: token).json(ComplaintRules.self)
            XCTAssertEqual(defaults, .standard)
            XCTAssertEqual([defaults.verifyDays, defaults.followUpDays, defaults.reporterSilenceDays], [3, 5, 10])
            let bad = try await client.send(
                .PUT, path, token: token,
                json: ["verifyDays": "0", "followUpDays": "91", "investigationDays": "tiga", "reporterSilenceDays": "10"])
            XCTAssertEqual(bad.status, .unprocessableEntity)
            XCTAssertEqual(Set(bad.fieldErrors), ["verifyDays", "followUpDays", "investigationDays"])
            let shorter = try await client.send(
                .PUT, path, token: token,
                json: ["verifyDays": "3", "followUpDays": "14", "investigationDays": "7", "reporterSilenceDays": "10"])
            XCTAssertEqual(shorter.fieldErrors, ["investigationDays"])
            let saved = try await client.send(
                .PUT, path, token: token,
                json: [
                    "verifyDays": "2", "followUpDays": "14", "investigationDays": "60", "reporterSilenceDays": "5",
                    "requireContact": "true",
                ])
            XCTAssertEqual(saved.status, .ok, saved.body)
            let now = try await client.send(.GET, path, token: token).json(ComplaintRules.self)
            XCTAssertEqual([now.verifyDays, now.followUpDays, now.investigationDays, now.reporterSilenceDays], [2, 14, 60, 5])
            XCTAssertTrue(now.requireContact)
            let evaluator = try await client.login("evaluator", Fixture.password)
            let refused = try await client.send(
                .PUT, path, token: evaluator,
                json: ["verifyDays": "9", "followUpDays": "9", "investigationDays": "9", "reporterSilenceDays": "9"])
            XCTAssertEqual(refused.status, .forbidden)

            // The page keeps what was typed and names the field.
            let cookies = try await client.webLogin("anggota", Fixture.password)
            let csrf = try await client.csrfToken(cookies: cookies)
            let page = try await client.send(
                .POST, "/units/\(fixture.unitA1.id!)/complaints/settings",
                form: ["_csrf": csrf, "verifyDays": "3", "followUpDays": "5", "investigationDays": "200", "reporterSilenceDays": "10"],
                cookies: cookies)
            XCTAssertEqual(page.status, .unprocessableEntity)
            XCTAssertTrue(page.body.contains(#"value="200""#))
        }
    }

    func testUnitsThatKeptTheOldDefaultsMoveToLaporAndOthersKeepTheirTotals() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            let migration = AlignComplaintsWithLapor()
            try await migration.revert(on: app.db).get()
            let sql = app.db as! any SQLDatabase
            for (unit, days) in [(fixture.unitA1.id!, (3, 2, 2, 5)), (fixture.unitB1.id!, (4, 1, 3, 6))] {
                try await sql.raw(
                    """
                    INSERT INTO complaint_settings (id, unit_id, verify_days, assign_days, start_days, finish_days, require_contact)
                    VALUES (\(bind: UUID()), \(bind: unit), \(bind: days.0), \(bind: days.1), \(bind: days.2), \(bind: days.3), \(bind: false))
                    """
                ).run()
            }
            try await migration.prepare(on: app.db).get()
            struct Limits: Decodable, Equatable {
                let verify_days, follow_up_days, investigation_days, reporter_silence_days: Int
            }
            func limits(_ unit: WorkUnit) async throws -> Limits? {
                try await sql.select().columns("verify_days", "follow_up_days", "investigation_days", "reporter_silence_days")
                    .from(ComplaintSettings.schema).where("unit_id", .equal, SQLBind(unit.id!)).first(decoding: Limits.self)
            }
            let kept = try await limits(fixture.unitA1)
            XCTAssertEqual(kept, Limits(verify_days: 3, follow_up_days: 5, investigation_days: 60, reporter_silence_days: 10))
            let own = try await limits(fixture.unitB1)
            XCTAssertEqual(own, Limits(verify_days: 5, follow_up_days: 9, investigation_days: 60, reporter_silence_days: 10))
        }
    }
}
