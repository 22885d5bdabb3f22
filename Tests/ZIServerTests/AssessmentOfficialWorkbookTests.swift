import Fluent
import Vapor
import XCTest
import ZICore

@testable import ZIServer

/// The official KemenPANRB workbook through the API and the page: out with both parties'
/// answers, in as the unit's answers on a draft and as the TPI's during review, the other
/// party's columns reported, never written.
final class AssessmentOfficialWorkbookTests: XCTestCase {
    func testTheOfficialWorkbookGoesOutAndComesBackInForEachParty() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let member = try await client.login("anggota", Fixture.password)
            let source = try await client.send(
                .POST, "/api/v1/units/\(fixture.unitA1.id!)/assessments", token: member, json: ["year": 2026]
            )
            .json(AssessmentSummary.self).id
            let answers: [String: LKEAnswer] = [
                "A.I.1.i.a": .option("Ya"), "A.I.1.iii.a": .option("B"),
                "A.II.1.i.a": .inputs(["agenPerubahan": 4, "perubahanDibuat": 3]), "B.I.a": .number(3.65),
            ]
            let saved = try await client.send(
                .PUT, "/api/v1/assessments/\(source)/answers", token: member,
                json: [
                    "answers": AnyEncodable(answers), "notes": AnyEncodable(["A.I.1.i.a": "SK Tim ZI"]),
                    "evidence": AnyEncodable(["A.I.1.i.a": "SK 12/2026"]),
                ])
            XCTAssertEqual(saved.status, .ok, saved.body)
            let exported = try await client.send(.GET, "/api/v1/assessments/\(source)/official.xlsx", token: member)
            XCTAssertEqual(exported.status, .ok)
            XCTAssertTrue(exported.headers.first(name: .contentDisposition)?.contains("LKE-ZI-2026-A1.xlsx") ?? false)
            let bytes = try XCTUnwrap(exported.bytes)

            // Into another unit's draft: the unit's columns.
            let other = try await client.send(
                .POST, "/api/v1/units/\(fixture.unitA1.id!)/assessments", token: member,
                json: ["year": AnyEncodable(2026), "frameworkID": AnyEncodable("permenpanrb-90-2021")]
            ).json(AssessmentSummary.self).id
            let imported = try await client.send(.PUT, "/api/v1/assessments/\(other)/official.xlsx", token: member, bytes: bytes)
            XCTAssertEqual(imported.status, .ok, imported.body)
            let report = try imported.json(AssessmentWorkbook.Report.self)
            XCTAssertEqual(report.imported, 4)
            XCTAssertEqual(report.issues.map(\.code), [])
            let rows = try await client.send(.GET, "/api/v1/assessments/\(other)/answers", token: member)
                .json([AssessmentAPIController.AnswerRow].self)
            XCTAssertEqual(Dictionary(uniqueKeysWithValues: rows.compactMap { row in row.selfAnswer.map { (row.question, $0) } }), answers)
            XCTAssertEqual(rows.first { $0.question == "A.I.1.i.a" }?.evidenceNote, "SK 12/2026")

            // During review the TPI's columns go in; the unit's are reported, not written.
            let head = try await client.login("pimpinana1", Fixture.password)
            let submitted = try await client.send(.POST, "/api/v1/assessments/\(other)/submit", token: head)
            XCTAssertEqual(submitted.status, .ok)
            let tpi = try await client.login("evaluator", Fixture.password)
            let review = try await client.send(.PUT, "/api/v1/assessments/\(other)/official.xlsx", token: tpi, bytes: bytes)
            let reviewReport = try review.json(AssessmentWorkbook.Report.self)
            XCTAssertEqual(reviewReport.imported, 0, "the file carries no TPI answers")
            XCTAssertEqual(reviewReport.issues.map(\.code), ["unit_columns_skipped"])
            let memberDuringReview = try await client.send(.PUT, "/api/v1/assessments/\(other)/official.xlsx", token: member, bytes: bytes)
            XCTAssertEqual(memberDuringReview.status, .forbidden, "only the TPI writes during review")

            let agent = try await client.login("agen", Fixture.password)
            let refused = try await client.send(.PUT, "/api/v1/assessments/\(source)/official.xlsx", token: agent, bytes: bytes)
            XCTAssertTrue([.forbidden, .notFound].contains(refused.status))
            let garbage = try await client.send(.PUT, "/api/v1/assessments/\(source)/official.xlsx", token: member, bytes: Array("x".utf8))
            XCTAssertEqual(garbage.errorCode, "workbook_unreadable")

            let cookies = try await client.webLogin("anggota", Fixture.password)
            let page = try await client.send(.GET, "/assessments/\(source)", cookies: cookies)
            XCTAssertTrue(page.body.contains("/assessments/\(source)/official.xlsx"))
            let csrf = try await client.csrfToken(cookies: cookies)
            let upload = try await client.send(
                .POST, "/assessments/\(source)/official-import",
                multipart: ["_csrf": .text(csrf), "file": .file("LKE resmi.xlsx", bytes)], cookies: cookies)
            XCTAssertEqual(upload.status, .ok, upload.body)
            XCTAssertTrue(upload.body.contains("Impor selesai: 4 jawaban"), upload.body)
        }
    }
}
