import Fluent
import Vapor
import XCTest
import ZICore

@testable import ZIServer

/// Carrying an assessment to the other LKE framework: answers, notes and evidence links go, the
/// TPI's review stays, nothing is lost silently, and only those who may fill the unit's
/// assessments may do it.
final class AssessmentCarryTests: XCTestCase {
    /// A 2026 assessment on PermenPANRB 90/2021 with answers, notes, a linked file and one TPI answer.
    private func prepared(_ app: Application, _ client: Client, _ fixture: Fixture) async throws -> UUID {
        let member = try await client.login("anggota", Fixture.password)
        let created = try await client.send(
            .POST, "/api/v1/units/\(fixture.unitA1.id!)/assessments", token: member,
            json: ["year": AnyEncodable(2026), "frameworkID": AnyEncodable("permenpanrb-90-2021")])
        let id = try created.json(AssessmentSummary.self).id
        let answered = try await client.send(
            .PUT, "/api/v1/assessments/\(id)/answers", token: member,
            rawBody: """
                {"answers": {"A.I.1.iii.a": "B", "A.I.1.iii.b": "B", "A.I.1.iii.c": "B",
                 "A.II.1.i.a": {"agenPerubahan": 4, "perubahanDibuat": 3}},
                 "notes": {"A.I.1.iii.a": "Laporan monev triwulan", "A.I.1.i.a": "Tim belum dibentuk"},
                 "evidence": {"A.I.1.iii.a": "Folder monev 2026"}}
                """)
        XCTAssertEqual(answered.status, .ok, answered.body)
        let uploaded = try await client.send(
            .POST, "/api/v1/units/\(fixture.unitA1.id!)/evidence?fileName=monev.pdf&title=Laporan%20monev&kind=laporan", token: member,
            bytes: EvidenceAPITests.pdf)
        XCTAssertEqual(uploaded.status, .created, uploaded.body)
        let evidence = try uploaded.json(EvidenceDTO.self).evidence.id
        let linked = try await client.send(
            .POST, "/api/v1/evidence/\(evidence)/links", token: member,
            json: ["assessmentID": id.uuidString, "questionID": "A.I.1.iii.a"])
        XCTAssertEqual(linked.status, .created, linked.body)
        let head = try await client.login("pimpinana1", Fixture.password)
        let submitted = try await client.send(.POST, "/api/v1/assessments/\(id)/submit", token: head)
        XCTAssertEqual(submitted.status, .ok, submitted.body)
        let tpi = try await client.login("evaluator", Fixture.password)
        let reviewed = try await client.send(
            .PUT, "/api/v1/assessments/\(id)/reviews", token: tpi, rawBody: #"{"answers": {"A.I.1.iii.a": "C"}}"#)
        XCTAssertEqual(reviewed.status, .ok, reviewed.body)
        return id
    }

    func testTheUnitsWorkCarriesAndTheReviewStays() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let source = try await prepared(app, client, fixture)
            let member = try await client.login("anggota", Fixture.password)
            let reply = try await client.send(
                .POST, "/api/v1/assessments/\(source)/carry", token: member, json: ["frameworkID": "lke-zi-2026"])
            XCTAssertEqual(reply.status, .created, reply.body)
            let report = try reply.json(AssessmentCarry.Report.self)
            XCTAssertEqual(report.assessment.framework, "lke-zi-2026")
            XCTAssertEqual(report.assessment.year, 2026)
            XCTAssertEqual(report.assessment.status, .draft)
            XCTAssertEqual(report.answers, 4)
            XCTAssertEqual(report.notes, 2)
            XCTAssertEqual(report.records, ["evidenceLinks": 1])
            XCTAssertEqual(report.notCarried, [])
            XCTAssertEqual(report.reviewsLeftBehind, 1)
            // On the master's values A.I.1.iii (weight 1, three B) scores 0.67; A.II.1.i.a (75 %) is one
            // of the two questions of A.II.1.i (weight 2): 2 × 0.75 / 2 = 0.75.
            XCTAssertEqual(report.assessment.selfScore.total, 1.42)

            let rows = try await client.send(.GET, "/api/v1/assessments/\(report.assessment.id)/answers", token: member)
                .json([AssessmentAPIController.AnswerRow].self)
            let monitoring = try XCTUnwrap(rows.first { $0.question == "A.I.1.iii.a" })
            XCTAssertEqual(monitoring.selfAnswer, .option("B"))
            XCTAssertEqual(monitoring.selfNote, "Laporan monev triwulan")
            XCTAssertEqual(monitoring.evidenceNote, "Folder monev 2026")
            XCTAssertNil(monitoring.tpiAnswer, "the TPI's verdict stays with the source")
            XCTAssertEqual(rows.first { $0.question == "A.I.1.i.a" }?.selfNote, "Tim belum dibentuk")
            let links = try await EvidenceLink.query(on: app.db).filter(\.$assessment.$id == report.assessment.id).all()
            XCTAssertEqual(links.map(\.questionID), ["A.I.1.iii.a"])
            XCTAssertEqual(links.map(\.reviewStatus), ["pending"])

            let again = try await client.send(
                .POST, "/api/v1/assessments/\(source)/carry", token: member, json: ["frameworkID": "lke-zi-2026"])
            XCTAssertEqual(again.status, .conflict, "one assessment per unit, year and framework")
            let audit = try await AuditEntry.query(on: app.db).filter(\.$action == "carry").all()
            XCTAssertEqual(audit.count, 1)
        }
    }

    func testBadTargetsAndOtherRolesAreRefused() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let source = try await prepared(app, client, fixture)
            let member = try await client.login("anggota", Fixture.password)
            let path = "/api/v1/assessments/\(source)/carry"
            for (body, field) in [
                (#"{"frameworkID": "permenpanrb-90-2021"}"#, "frameworkID"), (#"{"frameworkID": "lke-2099"}"#, "frameworkID"),
                (#"{}"#, "frameworkID"), (#"{"frameworkID": "  "}"#, "frameworkID"),
            ] {
                let reply = try await client.send(.POST, path, token: member, rawBody: body)
                XCTAssertEqual(reply.status, .unprocessableEntity, body)
                XCTAssertTrue(reply.body.contains(#""field":"\#(field)""#), reply.body)
            }
            for username in ["evaluator", "anggotab"] {
                let token = try await client.login(username, Fixture.password)
                let reply = try await client.send(.POST, path, token: token, json: ["frameworkID": "lke-zi-2026"])
                XCTAssertTrue([.forbidden, .notFound].contains(reply.status), "\(username): \(reply.status)")
            }
            let assessments = try await Assessment.query(on: app.db).count()
            XCTAssertEqual(assessments, 1, "nothing was created")
        }
    }

    func testThePageOffersTheOtherFrameworkAndOpensTheCarriedAssessment() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let source = try await prepared(app, client, fixture)
            let cookies = try await client.webLogin("anggota", Fixture.password)
            let page = try await client.send(.GET, "/assessments/\(source)", cookies: cookies)
            XCTAssertTrue(page.body.contains("<dd>PermenPANRB 90/2021</dd>"))
            XCTAssertTrue(page.body.contains(#"<option value="lke-zi-2026">LKE ZI 2026</option>"#), page.body)
            let csrf = try await client.csrfToken(cookies: cookies)
            let carried = try await client.send(
                .POST, "/assessments/\(source)/carry", form: ["_csrf": csrf, "frameworkID": "lke-zi-2026"], cookies: cookies)
            XCTAssertEqual(carried.status, .seeOther, carried.body)
            let location = try XCTUnwrap(carried.headers.first(name: .location))
            let opened = try await client.send(.GET, location, cookies: cookies)
            XCTAssertTrue(opened.body.contains("<dd>LKE ZI 2026</dd>"))
            XCTAssertTrue(opened.body.contains("Penilaian dibawa ke kerangka baru"))
            let twice = try await client.send(
                .POST, "/assessments/\(source)/carry", form: ["_csrf": csrf, "frameworkID": "lke-zi-2026"], cookies: cookies)
            XCTAssertEqual(twice.status, .conflict)
            XCTAssertTrue(twice.body.contains("Penilaian untuk tahun ini sudah ada."), "the page says why")
            let evaluator = try await client.webLogin("evaluator", Fixture.password)
            let readOnly = try await client.send(.GET, "/assessments/\(source)", cookies: evaluator)
            XCTAssertFalse(readOnly.body.contains("frameworkID"), "no carry form for the TPI")
        }
    }
}
