import Fluent
import Vapor
import XCTest
import ZICore
@testable import ZIServer

/// The assessment pages, the XLSX round trip, the roll-up and the TPN checklist.
final class AssessmentWebTests: XCTestCase {
    private func openAssessment(_ client: Client, _ fixture: Fixture, token: String) async throws -> UUID {
        let created = try await client.send(.POST, "/api/v1/units/\(fixture.unitA1.id!)/assessments", token: token, json: ["year": 2026])
        return try created.json(AssessmentSummary.self).id
    }

    func testTheWorksheetPageSavesFormsAndAutosaves() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let id = try await openAssessment(client, fixture, token: try await client.login("anggota", Fixture.password))
            let cookies = try await client.webLogin("anggota", Fixture.password)
            let csrf = try await client.csrfToken(cookies: cookies)
            let page = try await client.send(.GET, "/assessments/\(id)?part=1", cookies: cookies)
            XCTAssertEqual(page.status, .ok)
            XCTAssertTrue(page.body.contains("Unit kerja telah membentuk tim untuk melakukan pembangunan Zona Integritas"))
            XCTAssertTrue(page.body.contains("name=\"ans:A.I.1.i.a\""))
            XCTAssertTrue(page.body.contains("name=\"in:A.II.1.i.a:agenPerubahan\""))

            let saved = try await client.send(
                .POST, "/assessments/\(id)/answers",
                form: [
                    "_csrf": csrf, "part": "1", "ans:A.I.1.i.a": "Ya", "note:A.I.1.i.a": "SK tim ZI",
                    "in:A.II.1.i.a:agenPerubahan": "4", "in:A.II.1.i.a:perubahanDibuat": "3",
                ], cookies: cookies)
            XCTAssertEqual(saved.status, .seeOther, saved.body)
            let after = try await client.send(.GET, "/assessments/\(id)?part=1", cookies: cookies)
            XCTAssertTrue(after.body.contains("SK tim ZI"))
            XCTAssertTrue(after.body.contains("value=\"4\""))
            XCTAssertTrue(after.body.contains("2/16"), "progress per area")

            let bad = try await client.send(
                .POST, "/assessments/\(id)/answers",
                form: [
                    "_csrf": csrf, "part": "hasil", "ans:B.II.a": "tujuh",
                ], cookies: cookies)
            XCTAssertEqual(bad.status, .unprocessableEntity)
            XCTAssertTrue(bad.body.contains("Isi dengan angka"))

            var autosave = HTTPHeaders()
            autosave.add(name: .accept, value: "application/json")
            let json = try await client.send(
                .POST, "/assessments/\(id)/answers",
                form: [
                    "_csrf": csrf, "part": "1", "ans:A.I.1.i.b": "A",
                ], cookies: cookies, headers: autosave)
            XCTAssertEqual(json.status, .ok)
            XCTAssertGreaterThan(try json.json(AutosaveReply.self).official.total, 0)
            let badJSON = try await client.send(
                .POST, "/assessments/\(id)/answers",
                form: [
                    "_csrf": csrf, "part": "1", "ans:A.I.1.i.b": "Z",
                ], cookies: cookies, headers: autosave)
            XCTAssertEqual(badJSON.errorCode, "validation_failed", "the autosave script gets JSON errors")
        }
    }

    func testReviewAndConclusionThroughTheBrowser() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let memberToken = try await client.login("anggota", Fixture.password)
            let id = try await openAssessment(client, fixture, token: memberToken)
            _ = try await client.send(
                .PUT, "/api/v1/assessments/\(id)/answers", token: memberToken,
                rawBody: #"{"answers": {"A.I.1.i.a": "Ya"}}"#)
            let head = try await client.webLogin("pimpinana1", Fixture.password)
            let headPage = try await client.send(.GET, "/assessments/\(id)", cookies: head)
            XCTAssertTrue(headPage.body.contains("Ajukan ke TPI"))
            let submitted = try await client.send(
                .POST, "/assessments/\(id)/submit",
                form: ["_csrf": try await client.csrfToken(cookies: head)], cookies: head)
            XCTAssertEqual(submitted.status, .seeOther)

            let tpi = try await client.webLogin("evaluator", Fixture.password)
            let csrf = try await client.csrfToken(cookies: tpi)
            let reviewPage = try await client.send(.GET, "/assessments/\(id)?part=1", cookies: tpi)
            XCTAssertTrue(reviewPage.body.contains("name=\"tpi:A.I.1.i.a\""))
            XCTAssertFalse(reviewPage.body.contains("name=\"ans:A.I.1.i.a\""), "the evaluator cannot change the unit's answers")
            let reviewed = try await client.send(
                .POST, "/assessments/\(id)/reviews",
                form: [
                    "_csrf": csrf, "part": "1", "tpi:A.I.1.i.a": "Tidak", "tpinote:A.I.1.i.a": "SK belum ditandatangani",
                ], cookies: tpi)
            XCTAssertEqual(reviewed.status, .seeOther, reviewed.body)
            let concluded = try await client.send(
                .POST, "/assessments/\(id)/conclude",
                form: [
                    "_csrf": csrf, "recommendation": "perlu_perbaikan", "note": "Lengkapi SK",
                ], cookies: tpi)
            XCTAssertEqual(concluded.status, .seeOther)
            let final = try await client.send(.GET, "/assessments/\(id)?part=1", cookies: tpi)
            XCTAssertTrue(final.body.contains("Perlu perbaikan"))
            XCTAssertTrue(final.body.contains("SK belum ditandatangani"))
            XCTAssertTrue(final.body.contains("Selesai (terkunci)"))
        }
    }

    func testXLSXExportImportRoundTripAndBadFiles() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let token = try await client.login("anggota", Fixture.password)
            let source = try await openAssessment(client, fixture, token: token)
            let answers: [String: LKEAnswer] = [
                "A.I.1.i.a": .option("Ya"), "A.I.1.i.b": .option("B"),
                "A.II.1.i.a": .inputs(["agenPerubahan": 4, "perubahanDibuat": 3]), "B.I.a": .number(3.65),
            ]
            _ = try await client.send(
                .PUT, "/api/v1/assessments/\(source)/answers", token: token,
                json: [
                    "answers": AnyEncodable(answers), "notes": AnyEncodable(["A.I.1.i.b": "Notulen rapat"]),
                ])
            let exported = try await client.send(.GET, "/api/v1/assessments/\(source)/export.xlsx", token: token)
            XCTAssertEqual(exported.status, .ok)
            XCTAssertEqual(exported.headers.contentType?.subType, "vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            XCTAssertTrue(exported.headers.first(name: .contentDisposition)?.contains("LKE-A1-2026.xlsx") ?? false)
            let bytes = try XCTUnwrap(exported.bytes)

            let target = try await client.send(.POST, "/api/v1/units/\(fixture.unitA1.id!)/assessments", token: token, json: ["year": 2027])
            let targetID = try target.json(AssessmentSummary.self).id
            let imported = try await client.send(.PUT, "/api/v1/assessments/\(targetID)/import.xlsx", token: token, bytes: bytes)
            XCTAssertEqual(imported.status, .ok, imported.body)
            let report = try imported.json(AssessmentWorkbook.Report.self)
            XCTAssertEqual(report.imported, 4)
            XCTAssertEqual(report.notes, 1)
            XCTAssertEqual(report.issues.count, 0)
            let sheet = try await client.send(.GET, "/api/v1/assessments/\(targetID)/answer-sheet?source=self", token: token)
                .json(AssessmentAPIController.AnswerSheetBody.self)
            XCTAssertEqual(sheet.answers, answers)

            let garbage = try await client.send(
                .PUT, "/api/v1/assessments/\(targetID)/import.xlsx", token: token,
                bytes: Array("bukan berkas xlsx".utf8))
            XCTAssertEqual(garbage.errorCode, "workbook_unreadable")

            // Through the browser: a multipart upload, with the report on the page.
            let cookies = try await client.webLogin("anggota", Fixture.password)
            let csrf = try await client.csrfToken(cookies: cookies)
            let upload = try await client.send(
                .POST, "/assessments/\(targetID)/import",
                multipart: ["_csrf": .text(csrf), "file": .file("LKE.xlsx", bytes)], cookies: cookies)
            XCTAssertEqual(upload.status, .ok, upload.body)
            XCTAssertTrue(upload.body.contains("Impor selesai: 4 jawaban dan 1 catatan disimpan; 0 baris"))
            let wrongName = try await client.send(
                .POST, "/assessments/\(targetID)/import",
                multipart: ["_csrf": .text(csrf), "file": .file("LKE.pdf", bytes)], cookies: cookies)
            XCTAssertEqual(wrongName.status, .unprocessableEntity)
        }
    }

    func testRollupSortsUnitsAndIsForAgencyRolesOnly() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let head = try await client.login("pimpinana1", Fixture.password)
            for (unit, answer) in [(fixture.unitA1, "Ya"), (fixture.unitA11, "Tidak")] {
                let created = try await client.send(.POST, "/api/v1/units/\(unit.id!)/assessments", token: head, json: ["year": 2026])
                let id = try created.json(AssessmentSummary.self).id
                _ = try await client.send(
                    .PUT, "/api/v1/assessments/\(id)/answers", token: head,
                    rawBody: #"{"answers": {"A.I.1.i.a": "\#(answer)", "B.I.a": 3.5}}"#)
            }
            let evaluator = try await client.login("evaluator", Fixture.password)
            let rollup = try await client.send(
                .GET, "/api/v1/instansi/\(fixture.instansiA.id!)/rollup?year=2026&sort=total&desc=1",
                token: evaluator
            ).json(InstansiRollup.self)
            XCTAssertEqual(rollup.rows.map(\.code), ["A1", "A1-1"])
            XCTAssertGreaterThan(rollup.rows[0].total ?? 0, rollup.rows[1].total ?? 0)
            XCTAssertEqual(rollup.rows[0].areas.count, 6)
            let ascending = try await client.send(
                .GET, "/api/v1/instansi/\(fixture.instansiA.id!)/rollup?year=2026&sort=total",
                token: evaluator
            ).json(InstansiRollup.self)
            XCTAssertEqual(ascending.rows.map(\.code), ["A1-1", "A1"])
            let member = try await client.login("anggota", Fixture.password)
            let refused = try await client.send(.GET, "/api/v1/instansi/\(fixture.instansiA.id!)/rollup", token: member)
            XCTAssertEqual(refused.status, .forbidden)
            let other = try await client.send(.GET, "/api/v1/instansi/\(fixture.instansiB.id!)/rollup", token: evaluator)
            XCTAssertEqual(other.status, .forbidden)

            let cookies = try await client.webLogin("evaluator", Fixture.password)
            let page = try await client.send(.GET, "/instansi/\(fixture.instansiA.id!)/rollup?year=2026", cookies: cookies)
            XCTAssertEqual(page.status, .ok)
            XCTAssertTrue(page.body.contains("<svg"))
            XCTAssertTrue(page.body.contains("WBK 75"))
            XCTAssertTrue(page.body.contains("Balai A1"))
            // A page at a time, in the chosen order; the chart still shows every unit.
            let rollupPath = "/instansi/\(fixture.instansiA.id!)/rollup?year=2026&sort=total&desc=1"
            let first = try await client.send(.GET, rollupPath + "&per=1", cookies: cookies)
            XCTAssertTrue(first.body.contains("<td>A1</td>") && !first.body.contains("<td>A1-1</td>"), "the best total first")
            XCTAssertTrue(first.body.contains("sort=total&amp;desc=1&amp;per=1&amp;page=2"), "the next page keeps the order")
            let second = try await client.send(.GET, rollupPath + "&per=1&page=2", cookies: cookies)
            XCTAssertTrue(second.body.contains("<td>A1-1</td>") && !second.body.contains("<td>A1</td>"))
            XCTAssertTrue(second.body.contains("page=1"), "and leads back")
            let tooMany = try await client.send(.GET, rollupPath + "&per=100000", cookies: cookies)
            XCTAssertEqual(tooMany.status, .badRequest, "the page size is bounded")
        }
    }

    func testPrerequisiteChecklistRightsAndThresholds() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let path = "/api/v1/units/\(fixture.unitA1.id!)/prerequisites/2026"
            let head = try await client.login("pimpinana1", Fixture.password)
            let agencyItem = try await client.send(.PUT, path, token: head, json: ["values": ["opini-bpk": "WTP"]])
            XCTAssertEqual(agencyItem.status, .forbidden, "the head records unit items only")
            let unitItem = try await client.send(
                .PUT, path, token: head,
                json: ["values": ["tindak-lanjut-pengawasan": "100", "sakip-internal": "BB"]])
            XCTAssertEqual(unitItem.status, .ok, unitItem.body)
            let invalid = try await client.send(.PUT, path, token: head, json: ["values": ["sakip-internal": "Z"]])
            XCTAssertEqual(invalid.status, .unprocessableEntity)
            XCTAssertTrue(invalid.body.contains("AA/A/BB/B/CC/C/D"))
            let admin = try await client.login("adminka", Fixture.password)
            let spipZero = try await client.send(.PUT, path, token: admin, json: ["values": ["maturitas-spip": "0"]])
            XCTAssertEqual(
                try spipZero.json(PrerequisiteChecklist.self).lines.first { $0.id == "maturitas-spip" }?.meetsWBK, false,
                "SPIP maturity level 0 (belum ada) is recorded and falls short")
            let agency = try await client.send(.PUT, path, token: admin, json: ["values": ["indeks-rb": "CC"]])
            let checklist = try agency.json(PrerequisiteChecklist.self)
            let rb = try XCTUnwrap(checklist.lines.first { $0.id == "indeks-rb" })
            XCTAssertEqual(rb.meetsWBK, false, "a ministry needs B")
            let regional = try await client.send(
                .PATCH, "/api/v1/instansi/\(fixture.instansiA.id!)", token: admin,
                json: ["isPemerintahDaerah": true])
            XCTAssertEqual(try regional.json(InstansiDTO.self).isPemerintahDaerah, true)
            let afterKind = try await client.send(.GET, path, token: admin).json(PrerequisiteChecklist.self)
            XCTAssertEqual(afterKind.lines.first { $0.id == "indeks-rb" }?.meetsWBK, true, "a regional government needs CC")
            XCTAssertEqual(try XCTUnwrap(checklist.lines.first { $0.id == "sakip-internal" }).meetsWBBM, true)
            XCTAssertNil(try XCTUnwrap(checklist.lines.first { $0.id == "opini-bpk" }).meetsWBK, "nothing recorded yet")
            let cookies = try await client.webLogin("adminka", Fixture.password)
            let page = try await client.send(.GET, "/units/\(fixture.unitA1.id!)/prerequisites?year=2026", cookies: cookies)
            XCTAssertTrue(page.body.contains("Indeks Reformasi Birokrasi"))
        }
    }
}
