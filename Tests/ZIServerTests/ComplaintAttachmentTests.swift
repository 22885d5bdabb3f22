import Fluent
import Vapor
import XCTest
import ZICore
@testable import ZIServer

/// Files sent with a complaint (public form and staff entry) and the unit's complaint rules
/// (stage deadlines, contact required). Runs on SQLite and PostgreSQL.
final class ComplaintAttachmentTests: XCTestCase {
    /// Sends the public form of `unit` as multipart with `files`.
    private func file(
        _ client: Client, unit: WorkUnit, subject: String = "Pungli di loket", contact: String = "",
        files: [(String, [UInt8])]
    ) async throws -> Client.Reply {
        let page = try await client.send(.GET, "/publik/\(unit.id!)/pengaduan")
        XCTAssertTrue(page.body.contains("multipart/form-data"))
        let csrf = try XCTUnwrap(page.cookie("sizi_csrf"))
        var parts: [(String, Client.Part)] = [
            ("_csrf", .text(csrf)), ("kind", .text("pengaduan")), ("subject", .text(subject)),
            ("description", .text("Diminta membayar di luar tarif.")), ("reporterContact", .text(contact)),
        ]
        parts += files.map { ("attachments", .file($0.0, $0.1)) }
        return try await client.send(.POST, "/publik/\(unit.id!)/pengaduan", parts: parts, cookies: ["sizi_csrf": csrf])
    }

    func testAttachmentsAreCheckedStoredAndShownOnlyToTheUnitsStaff() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let disguised = try await file(
                client, unit: fixture.unitA1,
                files: [
                    ("kuitansi.pdf", EvidenceAPITests.pdf), ("foto.pdf", EvidenceWebTests.png),
                ])
            XCTAssertEqual(disguised.status, .unprocessableEntity)
            XCTAssertTrue(
                disguised.body.contains("foto.pdf") && disguised.body.contains("Pungli di loket"),
                "the refusal names the file and keeps what was typed")
            let tooMany = try await file(
                client, unit: fixture.unitA1, files: Array(repeating: ("kuitansi.pdf", EvidenceAPITests.pdf), count: 6))
            XCTAssertEqual(tooMany.status, .unprocessableEntity)
            XCTAssertTrue(tooMany.body.contains("Paling banyak 5 berkas"), tooMany.body)
            let invalid = try await file(client, unit: fixture.unitA1, subject: "", files: [("kuitansi.pdf", EvidenceAPITests.pdf)])
            XCTAssertEqual(invalid.status, .unprocessableEntity)
            var complaints = try await Complaint.query(on: app.db).count()
            var blobs = try await app.evidence.store.hashes()
            XCTAssertEqual(complaints, 0)
            XCTAssertEqual(blobs, [], "a refused form keeps no file")

            let filed = try await file(
                client, unit: fixture.unitA1,
                files: [
                    ("kuitansi.pdf", EvidenceAPITests.pdf), ("../../loket.png", EvidenceWebTests.png),
                ])
            XCTAssertEqual(filed.status, .created, filed.body)
            complaints = try await Complaint.query(on: app.db).count()
            blobs = try await app.evidence.store.hashes()
            XCTAssertEqual(complaints, 1)
            XCTAssertEqual(blobs.count, 2)

            let complaint = try await Complaint.query(on: app.db).first()!
            let token = try await client.login("anggota", Fixture.password)
            let detail = try await client.send(.GET, "/api/v1/complaints/\(complaint.id!)", token: token).json(ComplaintDetailDTO.self)
            XCTAssertEqual(detail.attachments.map(\.fileName).sorted(), ["kuitansi.pdf", "loket.png"], "no directory part survives")
            let png = try XCTUnwrap(detail.attachments.first { $0.fileName == "loket.png" })
            let download = try await client.send(.GET, "/api/v1/complaints/\(complaint.id!)/attachments/\(png.id)", token: token)
            XCTAssertEqual(download.status, .ok)
            XCTAssertEqual(download.bytes, EvidenceWebTests.png)
            XCTAssertEqual(download.headers.first(name: .contentType), "image/png")
            let cookies = try await client.webLogin("anggota", Fixture.password)
            let page = try await client.send(.GET, "/complaints/\(complaint.id!)", cookies: cookies)
            XCTAssertTrue(page.body.contains("/complaints/\(complaint.id!)/attachments/\(png.id)"))

            let outsider = try await client.login("anggotab", Fixture.password)
            let refused = try await client.send(.GET, "/api/v1/complaints/\(complaint.id!)/attachments/\(png.id)", token: outsider)
            XCTAssertEqual(refused.status, .forbidden)
            let otherComplaint = UUID()
            let wrongPair = try await client.send(.GET, "/api/v1/complaints/\(otherComplaint)/attachments/\(png.id)", token: token)
            XCTAssertEqual(wrongPair.status, .notFound)
        }
    }

    func testAnAttachmentOverTheLimitIsRefusedAndStaffMayAttachToo() async throws {
        try await withApp(adjust: { $0.complaintAttachmentMaxBytes = 1024 }) { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let large = try await file(
                client, unit: fixture.unitA1, files: [("scan.pdf", EvidenceAPITests.pdf + Array(repeating: 0x20, count: 2048))])
            XCTAssertEqual(large.status, .payloadTooLarge)
            let stored = try await Complaint.query(on: app.db).count()
            XCTAssertEqual(stored, 0)

            let cookies = try await client.webLogin("anggota", Fixture.password)
            let csrf = try await client.csrfToken(cookies: cookies)
            let entered = try await client.send(
                .POST, "/units/\(fixture.unitA1.id!)/complaints",
                multipart: [
                    "_csrf": .text(csrf), "channel": .text("surat"), "subject": .text("Surat keberatan"),
                    "description": .text("Surat diterima di loket."), "attachments": .file("surat.pdf", EvidenceAPITests.pdf),
                ], cookies: cookies)
            XCTAssertEqual(entered.status, .created, entered.body)
            let attachments = try await Attachment.query(on: app.db).all()
            XCTAssertEqual(attachments.map(\.fileName), ["surat.pdf"])
            let noToken = try await client.send(
                .POST, "/units/\(fixture.unitA1.id!)/complaints",
                multipart: [
                    "channel": .text("surat"), "subject": .text("Tanpa token"), "description": .text("x"),
                ], cookies: cookies)
            XCTAssertEqual(noToken.status, .forbidden)
        }
    }

    func testAUnitsOwnStageDeadlinesAndContactRule() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let token = try await client.login("anggota", Fixture.password)
            let path = "/api/v1/units/\(fixture.unitA1.id!)/complaints/settings"
            let defaults = try await client.send(.GET, path, token: token).json(ComplaintRules.self)
            XCTAssertEqual(defaults, .standard)
            let bad = try await client.send(
                .PUT, path, token: token,
                json: [
                    "verifyDays": "0", "followUpDays": "dua", "investigationDays": "60", "reporterSilenceDays": "91",
                ])
            XCTAssertEqual(bad.status, .unprocessableEntity)
            XCTAssertEqual(Set(bad.fieldErrors), ["verifyDays", "followUpDays", "reporterSilenceDays"])
            let saved = try await client.send(
                .PUT, path, token: token,
                json: [
                    "verifyDays": "1", "followUpDays": "5", "investigationDays": "60", "reporterSilenceDays": "10",
                    "requireContact": "true",
                ])
            XCTAssertEqual(saved.status, .ok, saved.body)
            let pegawai = try await client.login("pegawai", Fixture.password)
            let refused = try await client.send(.PUT, path, token: pegawai, json: ["verifyDays": "5"])
            XCTAssertEqual(refused.status, .forbidden)
            let audit = try await AuditEntry.query(on: app.db).filter(\.$entity == "complaint_settings").count()
            XCTAssertEqual(audit, 1)

            let noContact = try await file(client, unit: fixture.unitA1, files: [])
            XCTAssertEqual(noContact.status, .unprocessableEntity, "the unit requires a contact")
            let filed = try await file(client, unit: fixture.unitA1, contact: "0812 3456 7890", files: [])
            XCTAssertEqual(filed.status, .created, filed.body)
            let complaint = try await Complaint.query(on: app.db).first()!
            let calendar = try await Holidays.calendar(on: app.db)
            let received = try XCTUnwrap(CalendarDate(iso: complaint.receivedOn))
            XCTAssertEqual(
                complaint.dueOn, calendar.adding(workingDays: 1, to: received).description, "verification within the unit's 1 day")

            let cookies = try await client.webLogin("anggota", Fixture.password)
            let csrf = try await client.csrfToken(cookies: cookies)
            let form = try await client.send(.GET, "/units/\(fixture.unitA1.id!)/complaints/settings", cookies: cookies)
            XCTAssertTrue(form.body.contains("value=\"10\"") && form.body.contains("checked"))
            let typo = try await client.send(
                .POST, "/units/\(fixture.unitA1.id!)/complaints/settings",
                form: [
                    "_csrf": csrf, "verifyDays": "3", "followUpDays": "lima", "investigationDays": "60", "reporterSilenceDays": "10",
                ], cookies: cookies)
            XCTAssertEqual(typo.status, .unprocessableEntity)
            XCTAssertTrue(
                typo.body.contains("value=\"lima\"") && typo.body.contains("antara 1 dan 90"), "what was typed is kept and explained")
        }
    }

    func testEachUnitHasADailyBudgetForPublicAttachments() async throws {
        let pdf = EvidenceAPITests.pdf
        try await withApp(adjust: { $0.publicUploadBytesPerUnitDay = Int64(pdf.count * 3) }) { app, client in
            let fixture = try await Fixture.make(app)
            let twoFiles = try await file(client, unit: fixture.unitA1, files: [("a.pdf", pdf), ("b.pdf", pdf)])
            XCTAssertEqual(twoFiles.status, .created)
            let over = try await file(client, unit: fixture.unitA1, subject: "Pungli lagi", files: [("c.pdf", pdf), ("d.pdf", pdf)])
            XCTAssertEqual(over.status, .payloadTooLarge)
            XCTAssertTrue(over.body.contains("Pungli lagi"), "what was typed is kept")
            XCTAssertEqualAwaited(try await Complaint.query(on: app.db).count(), 1, "the refused complaint is not filed")
            XCTAssertEqualAwaited(
                try await file(client, unit: fixture.unitA1, subject: "Tanpa lampiran", files: []).status, .created,
                "a complaint without attachments still goes through")
            XCTAssertEqualAwaited(
                try await file(client, unit: fixture.unitB1, files: [("e.pdf", pdf), ("f.pdf", pdf)]).status, .created,
                "another unit has its own budget")
        }
    }
}
