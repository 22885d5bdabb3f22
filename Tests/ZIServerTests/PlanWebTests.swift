import Fluent
import Vapor
import XCTest
import ZICore
import ZIPFoundation
@testable import ZIServer

/// The plan pages: start, import preview and commit, edit forms keeping what was typed,
/// approval, the narrative page, and the generated documents.
final class PlanWebTests: XCTestCase {
    func testStartImportAndEditInTheBrowser() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let cookies = try await client.webLogin("anggota", Fixture.password)
            let csrf = try await client.csrfToken(cookies: cookies)
            let index = try await client.send(.GET, "/units/\(fixture.unitA1.id!)/plans", cookies: cookies)
            XCTAssertTrue(index.body.contains("Belum ada rencana kerja."), "empty state")
            let badYear = try await client.send(
                .POST, "/units/\(fixture.unitA1.id!)/plans",
                form: [
                    "_csrf": csrf, "year": "20x6", "origin": "import", "cadence": "triwulan",
                ], cookies: cookies)
            XCTAssertEqual(badYear.status, .unprocessableEntity)
            XCTAssertTrue(badYear.body.contains("value=\"20x6\""), "what was typed is kept")
            let created = try await client.send(
                .POST, "/units/\(fixture.unitA1.id!)/plans",
                form: [
                    "_csrf": csrf, "year": "2026", "origin": "import", "cadence": "triwulan",
                ], cookies: cookies)
            XCTAssertEqual(created.status, .seeOther)
            let planID = try XCTUnwrap(created.location?.split(separator: "/").dropFirst().first.map(String.init))
            XCTAssertEqual(created.location, "/plans/\(planID)/import?notice=created")

            let wrongType = try await client.send(
                .POST, "/plans/\(planID)/import",
                multipart: [
                    "_csrf": .text(csrf), "file": .file("rencana.pdf", Array("%PDF".utf8)),
                ], cookies: cookies)
            XCTAssertEqual(wrongType.status, .unprocessableEntity)
            let preview = try await client.send(
                .POST, "/plans/\(planID)/import",
                multipart: [
                    "_csrf": .text(csrf), "file": .file("rencana.csv", Array(PlanAPITests.csv.utf8)),
                ], cookies: cookies)
            XCTAssertEqual(preview.status, .ok, preview.body)
            XCTAssertTrue(preview.body.contains("Rapat koordinasi tim") && preview.body.contains("2026-09-30"))
            let storedActions = try await WorkPlanAction.query(on: app.db).count()
            XCTAssertEqual(storedActions, 0, "the preview stores no action")
            let upload = try await WorkPlanUpload.query(on: app.db).first()!
            let committed = try await client.send(
                .POST, "/plans/\(planID)/import/\(upload.id!)/commit", form: ["_csrf": csrf],
                cookies: cookies)
            XCTAssertEqual(committed.status, .seeOther, committed.body)
            let page = try await client.send(.GET, "/plans/\(planID)", cookies: cookies)
            XCTAssertTrue(page.body.contains("I. Manajemen Perubahan") && page.body.contains("Menyusun SOP layanan"))
            XCTAssertTrue(page.body.contains("perlu dijadwalkan"))
            let filtered = try await client.send(.GET, "/plans/\(planID)?q=sop", cookies: cookies)
            XCTAssertTrue(filtered.body.contains("Menyusun SOP layanan"))
            XCTAssertFalse(filtered.body.contains("Rapat koordinasi tim"), "search narrows the table")

            let action = try await WorkPlanAction.query(on: app.db).filter(\.$langkahAksi == "Menyusun SOP layanan").first()!
            let editForm = try await client.send(.GET, "/plans/\(planID)/actions/\(action.id!)/edit", cookies: cookies)
            XCTAssertTrue(editForm.body.contains("setiap ada perubahan layanan"))
            let badEdit = try await client.send(
                .POST, "/plans/\(planID)/actions/\(action.id!)",
                form: [
                    "_csrf": csrf, "langkahAksi": "Menyusun SOP <b>baru</b>", "buktiFisik": "SOP\nSK", "realisasi": "abc",
                    "targetWaktu": "Juni 2026",
                ], cookies: cookies)
            XCTAssertEqual(badEdit.status, .unprocessableEntity)
            XCTAssertTrue(badEdit.body.contains("Menyusun SOP &lt;b&gt;baru&lt;/b&gt;"), "kept and escaped")
            let saved = try await client.send(
                .POST, "/plans/\(planID)/actions/\(action.id!)",
                form: [
                    "_csrf": csrf, "langkahAksi": "Menyusun SOP baru", "buktiFisik": "SOP\nSK", "realisasi": "25,5",
                    "targetWaktu": "Juni 2026",
                ], cookies: cookies)
            XCTAssertEqual(saved.status, .seeOther, saved.body)
            let stored = try await WorkPlanAction.find(action.id, on: app.db)!
            XCTAssertEqual(stored.realisasiPercent, 25.5)
            XCTAssertFalse(stored.needsScheduling)

            let header = try await client.send(
                .POST, "/plans/\(planID)/header",
                form: [
                    "_csrf": csrf, "cadence": "bulanan", "signPlace": "Bogor", "signDate": "2026-02-30", "penutup": "Demikian.",
                ], cookies: cookies)
            XCTAssertEqual(header.status, .unprocessableEntity, "30 February does not exist")
            XCTAssertTrue(header.body.contains("Bogor"))
            let team = try await client.send(
                .POST, "/plans/\(planID)/teams",
                form: [
                    "_csrf": csrf, "team": "tim_kerja", "members": "Budi Santoso | | Ketua\nSiti | | Anggota",
                ], cookies: cookies)
            XCTAssertEqual(team.status, .seeOther, team.body)
            let targets = try await client.send(
                .POST, "/plans/\(planID)/targets",
                form: [
                    "_csrf": csrf, "targets": "Pelayanan tanpa pungli\nIKM minimal 3,5",
                ], cookies: cookies)
            XCTAssertEqual(targets.status, .seeOther)

            let head = try await client.webLogin("pimpinana1", Fixture.password)
            let approved = try await client.send(
                .POST, "/plans/\(planID)/approve",
                form: ["_csrf": try await client.csrfToken(cookies: head)], cookies: head)
            XCTAssertEqual(approved.status, .seeOther)
            let locked = try await client.send(
                .POST, "/plans/\(planID)/actions/\(action.id!)",
                form: [
                    "_csrf": csrf, "langkahAksi": "Lagi",
                ], cookies: cookies)
            XCTAssertEqual(locked.status, .conflict)
            XCTAssertTrue(locked.body.contains("sudah disetujui"), "the refusal says why")
        }
    }

    func testTheDocumentsCarryThePlan() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let plan = try await PlanFixture.plan(app, unit: fixture.unitA1)
            let token = try await client.login("pegawai", Fixture.password)
            let docx = try await client.send(.GET, "/api/v1/plans/\(plan.id!)/document.docx", token: token)
            XCTAssertEqual(docx.status, .ok)
            XCTAssertEqual(docx.headers.contentType?.subType, "vnd.openxmlformats-officedocument.wordprocessingml.document")
            let text = try Self.documentText(Data(docx.bytes ?? []))
            for expected in ["RENCANA KERJA", "Balai A1", "A: menyusun SK Tim Kerja", "B: meninjau SOP layanan", "Tim kerja dibentuk"] {
                XCTAssertTrue(text.contains(expected), "the document contains \(expected)")
            }
            let cookies = try await client.webLogin("pegawai", Fixture.password)
            let html = try await client.send(.GET, "/plans/\(plan.id!)/document", cookies: cookies)
            XCTAssertEqual(html.status, .ok)
            XCTAssertTrue(html.body.contains("/css/plan-print.css") && html.body.contains("B: meninjau SOP layanan"))
            let xlsx = try await client.send(.GET, "/api/v1/plans/\(plan.id!)/monev/2026-Q1/report.xlsx", token: token)
            XCTAssertEqual(xlsx.status, .ok)
            XCTAssertEqual(Array((xlsx.bytes ?? []).prefix(2)), [0x50, 0x4B])
            let report = try await client.send(.GET, "/api/v1/plans/\(plan.id!)/monev/2026-Q1/report.docx", token: token)
            XCTAssertTrue(try Self.documentText(Data(report.bytes ?? [])).contains("A: menyusun SK Tim Kerja"))
            let outsider = try await client.login("anggotab", Fixture.password)
            let refused = try await client.send(.GET, "/api/v1/plans/\(plan.id!)/document.docx", token: outsider)
            XCTAssertEqual(refused.status, .forbidden)
        }
    }

    /// The text of a DOCX's main part, tags removed.
    static func documentText(_ data: Data) throws -> String {
        let archive = try Archive(data: data, accessMode: .read)
        let entry = try XCTUnwrap(archive["word/document.xml"])
        var xml = Data()
        _ = try archive.extract(entry) { xml.append($0) }
        return String(decoding: xml, as: UTF8.self).replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
    }
}
