import Fluent
import Vapor
import XCTest
import ZICore
import ZIDocuments
@testable import ZIServer

/// The satisfaction survey: the unit's services, the public questionnaire (validation,
/// honeypot), the results the server computes (equal to `sizi skm compute` and to a hand
/// computation), and the public page that shows only public data.
final class SurveyTests: XCTestCase {
    /// Answers the questionnaire through the public form.
    private func answer(_ client: Client, unit: WorkUnit, service: UUID, scores: [Int], extra: [String: String] = [:]) async throws
        -> Client.Reply
    {
        let page = try await client.send(.GET, "/publik/\(unit.id!)/survei/\(service)")
        let csrf = try XCTUnwrap(page.cookie("sizi_csrf"))
        var form = ["_csrf": csrf, "ageGroup": "30–39", "comment": "Antrean <lama>"]
        for (index, score) in scores.enumerated() { form["u\(index + 1)"] = String(score) }
        form.merge(extra) { $1 }
        return try await client.send(.POST, "/publik/\(unit.id!)/survei/\(service)", form: form, cookies: ["sizi_csrf": csrf])
    }

    func testTheSurveyFromQuestionnaireToResults() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let token = try await client.login("anggota", Fixture.password)
            let created = try await client.send(
                .POST, "/api/v1/units/\(fixture.unitA1.id!)/survey/services", token: token,
                json: ["name": "Layanan Perizinan", "population": "100"])
            XCTAssertEqual(created.status, .created, created.body)
            let serviceID = try XCTUnwrap(UUID(uuidString: try created.json([String: String].self)["id"] ?? ""))
            let duplicate = try await client.send(
                .POST, "/api/v1/units/\(fixture.unitA1.id!)/survey/services", token: token,
                json: ["name": "Layanan Perizinan"])
            XCTAssertEqual(duplicate.errorCode, "survey_service_exists")
            let pegawai = try await client.login("pegawai", Fixture.password)
            let refused = try await client.send(
                .POST, "/api/v1/units/\(fixture.unitA1.id!)/survey/services", token: pegawai,
                json: ["name": "Lain"])
            XCTAssertEqual(refused.status, .forbidden)

            let list = try await client.send(.GET, "/publik/\(fixture.unitA1.id!)/survei")
            XCTAssertTrue(list.body.contains("Layanan Perizinan"))
            let form = try await client.send(.GET, "/publik/\(fixture.unitA1.id!)/survei/\(serviceID)")
            XCTAssertTrue(
                form.body.contains("Sangat sopan dan ramah") && form.body.contains("Dikelola dengan baik"),
                "the regulation's answer wording")

            // Hand computation: totals 31 and 27 → IKM 58 / 18 = 3.2222…, converted 80.5555… → 80.56, B.
            for scores in [[4, 4, 3, 4, 3, 3, 4, 3, 3], [3, 3, 3, 4, 3, 3, 3, 2, 3]] {
                let reply = try await answer(client, unit: fixture.unitA1, service: serviceID, scores: scores)
                XCTAssertEqual(reply.status, .seeOther, reply.body)
            }
            let missing = try await answer(client, unit: fixture.unitA1, service: serviceID, scores: [4, 4, 4, 4, 4, 4, 4, 4])
            XCTAssertEqual(missing.status, .unprocessableEntity)
            XCTAssertTrue(missing.body.contains("Antrean &lt;lama&gt;"), "the comment typed is kept, escaped")
            let outOfRange = try await answer(client, unit: fixture.unitA1, service: serviceID, scores: [5, 4, 4, 4, 4, 4, 4, 4, 4])
            XCTAssertEqual(outOfRange.status, .unprocessableEntity)
            let robot = try await answer(
                client, unit: fixture.unitA1, service: serviceID, scores: [1, 1, 1, 1, 1, 1, 1, 1, 1],
                extra: ["website": "http://spam.example"])
            XCTAssertEqual(robot.status, .seeOther, "a robot is answered like anyone")
            let stored = try await SurveyResponse.query(on: app.db).count()
            XCTAssertEqual(stored, 2, "but its answer is not stored")

            let results = try await client.send(.GET, "/api/v1/units/\(fixture.unitA1.id!)/survey", token: token).json(SurveyResults.self)
            let overall = try XCTUnwrap(results.overall)
            XCTAssertEqual(overall.respondents, 2)
            XCTAssertEqual(overall.ikm, 58.0 / 18.0, accuracy: 1e-12)
            XCTAssertEqual(overall.publishedConverted, 80.56)
            XCTAssertEqual(overall.grade, .b)
            XCTAssertEqual(overall.lowestElements, [.u8])
            XCTAssertEqual(results.services.first?.minimumRespondents, 80)
            XCTAssertEqual(results.services.first?.isSufficient, false)
            let csv = Data("U1,U2,U3,U4,U5,U6,U7,U8,U9\n4,4,3,4,3,3,4,3,3\n3,3,3,4,3,3,3,2,3\n".utf8)
            XCTAssertEqual(SKMCalculator.compute(try SKMResponseCSV.parse(csv)), overall, "the server and sizi skm compute agree")

            let docx = try await client.send(.GET, "/api/v1/units/\(fixture.unitA1.id!)/survey/report.docx", token: token)
            let text = try PlanWebTests.documentText(Data(try XCTUnwrap(docx.bytes)))
            XCTAssertTrue(text.contains("Layanan Perizinan") && text.contains("80,56") && text.contains("30–39"), text)
            let xlsx = try await client.send(.GET, "/api/v1/units/\(fixture.unitA1.id!)/survey/report.xlsx", token: token)
            XCTAssertEqual(xlsx.headers.first(name: .contentType), Download.xlsxType.serialize())
            XCTAssertEqual(Array((xlsx.bytes ?? []).prefix(2)), [0x50, 0x4B])
            let cookies = try await client.webLogin("anggota", Fixture.password)
            let page = try await client.send(.GET, "/units/\(fixture.unitA1.id!)/survey", cookies: cookies)
            XCTAssertTrue(page.body.contains("/survey/report.docx?from="))
            let notAllowed = try await client.send(.GET, "/api/v1/units/\(fixture.unitA1.id!)/survey/report.docx", token: pegawai)
            XCTAssertEqual(notAllowed.status, .forbidden)
        }
    }

    func testFollowUpPlanAndPublishedTextsReachThePublicPage() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let token = try await client.login("anggota", Fixture.password)
            let base = "/api/v1/units/\(fixture.unitA1.id!)"
            let bad = try await client.send(
                .POST, "\(base)/survey/follow-ups", token: token,
                json: ["period": "Semester I 2026", "element": "u10", "action": ""])
            XCTAssertEqual(bad.status, .unprocessableEntity)
            XCTAssertTrue(bad.body.contains("element") && bad.body.contains("action"), bad.body)
            let added = try await client.send(
                .POST, "\(base)/survey/follow-ups", token: token,
                json: [
                    "period": "Semester I 2026", "element": "u8", "action": "Menyediakan kotak saran dan kanal WhatsApp pengaduan",
                    "dueOn": "2026-09-30",
                ])
            XCTAssertEqual(added.status, .created, added.body)
            let followUp = try added.json(SurveyFollowUpDTO.self)
            let done = try await client.send(.PUT, "\(base)/survey/follow-ups/\(followUp.id)", token: token, json: ["status": "selesai"])
            XCTAssertEqual(try done.json(SurveyFollowUpDTO.self).statusLabel, "Selesai")
            let pegawai = try await client.login("pegawai", Fixture.password)
            let refused = try await client.send(.PUT, "\(base)/public-profile", token: pegawai, json: ["maklumat": "x"])
            XCTAssertEqual(refused.status, .forbidden)
            let published = try await client.send(
                .PUT, "\(base)/public-profile", token: token,
                json: [
                    "maklumat": "Kami berjanji melayani tanpa pungutan <liar>.", "standar": "Waktu layanan 3 hari kerja.",
                ])
            XCTAssertEqual(published.status, .noContent)
            let page = try await client.send(.GET, "/publik/\(fixture.unitA1.id!)")
            XCTAssertTrue(page.body.contains("tanpa pungutan &lt;liar&gt;.") && page.body.contains("Waktu layanan 3 hari kerja."))
            XCTAssertTrue(page.body.contains("Menyediakan kotak saran") && page.body.contains("Selesai"))
        }
    }

    func testThePublicPageShowsOnlyPublicData() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let token = try await client.login("anggota", Fixture.password)
            let filed = try await client.send(
                .POST, "/api/v1/units/\(fixture.unitA1.id!)/complaints", token: token,
                json: [
                    "channel": "whatsapp", "subject": "Rahasia: pungli oleh petugas X", "description": "Detail",
                    "reporterName": "Siti Pelapor",
                ])
            XCTAssertEqual(filed.status, .created, filed.body)
            let complaint = try await Complaint.query(on: app.db).first()!
            _ = try await client.send(
                .POST, "/api/v1/complaints/\(complaint.id!)/replies", token: token,
                json: ["text": AnyEncodable("Catatan internal rahasia"), "isPublic": AnyEncodable(false)])
            let otherToken = try await client.login("anggotab", Fixture.password)
            _ = try await client.send(
                .POST, "/api/v1/units/\(fixture.unitB1.id!)/complaints", token: otherToken,
                json: [
                    "channel": "surat", "subject": "Aduan unit lain", "description": "Detail",
                ])
            let page = try await client.send(.GET, "/publik/\(fixture.unitA1.id!)")
            XCTAssertEqual(page.status, .ok)
            XCTAssertTrue(page.body.contains("Balai A1") && page.body.contains("1 diterima"))
            for secret in ["Rahasia: pungli", "Siti Pelapor", "Catatan internal rahasia", "Aduan unit lain", "Balai B1"] {
                XCTAssertFalse(page.body.contains(secret), "the public page never shows \(secret)")
            }
            XCTAssertTrue(page.body.contains("/publik/\(fixture.unitA1.id!)/pengaduan"))
        }
    }
}
