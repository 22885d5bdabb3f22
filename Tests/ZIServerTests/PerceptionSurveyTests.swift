import Fluent
import Vapor
import XCTest
import ZICore
@testable import ZIServer

/// The unit's own IPAK/IPKP surveys: the public questionnaire (validation, honeypot), the
/// estimate computed from what was stored, and its forecast against the LKE thresholds,
/// always labelled as not the official TPN value. Runs on SQLite and PostgreSQL.
final class PerceptionSurveyTests: XCTestCase {
    /// Answers every question of `index` with `score`, minus `skipping`.
    private func answer(
        _ client: Client, unit: WorkUnit, _ index: PerceptionIndex, score: String,
        skipping: String? = nil, extra: [String: String] = [:]
    ) async throws -> Client.Reply {
        let page = try await client.send(.GET, "/publik/\(unit.id!)/persepsi/\(index.rawValue)")
        let csrf = try XCTUnwrap(page.cookie("sizi_csrf"))
        var form = ["_csrf": csrf]
        for question in index.questions where question.id != skipping { form[question.id] = score }
        form.merge(extra) { $1 }
        return try await client.send(.POST, "/publik/\(unit.id!)/persepsi/\(index.rawValue)", form: form, cookies: ["sizi_csrf": csrf])
    }

    func testTheIPAKEstimateFromThePublicQuestionnaire() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let unit = fixture.unitA1
            let page = try await client.send(.GET, "/publik/\(unit.id!)/persepsi/ipak")
            XCTAssertTrue(page.body.contains("Indeks Persepsi Anti Korupsi"))
            let first = try XCTUnwrap(PerceptionIndex.ipak.questions.first)
            let missing = try await answer(client, unit: unit, .ipak, score: "4", skipping: first.id)
            XCTAssertEqual(missing.status, .unprocessableEntity)
            XCTAssertTrue(missing.body.contains("Pilih salah satu jawaban"))
            let outOfRange = try await answer(client, unit: unit, .ipak, score: "5")
            XCTAssertEqual(outOfRange.status, .unprocessableEntity)
            let robot = try await answer(client, unit: unit, .ipak, score: "1", extra: ["website": "http://spam.example"])
            XCTAssertEqual(robot.status, .seeOther)
            var stored = try await PerceptionAnswer.query(on: app.db).count()
            XCTAssertEqual(stored, 0, "refused and robot answers are not stored")

            // Two respondents answering every question 4 and 3: every aspect 3,5, score 3,50 — below IPAK's 3,60.
            for score in ["4", "3"] {
                let reply = try await answer(client, unit: unit, .ipak, score: score)
                XCTAssertEqual(reply.status, .seeOther, reply.body)
            }
            _ = try await answer(client, unit: unit, .ipkp, score: "4")
            stored = try await PerceptionAnswer.query(on: app.db).count()
            XCTAssertEqual(stored, 3)

            let token = try await client.login("anggota", Fixture.password)
            let results = try await client.send(.GET, "/api/v1/units/\(unit.id!)/perception", token: token).json(PerceptionResults.self)
            let ipak = try XCTUnwrap(results.surveys.first { $0.survey == "ipak" })
            XCTAssertEqual(ipak.respondents, 2)
            XCTAssertEqual(ipak.score, 3.5)
            XCTAssertFalse(ipak.meetsMinimumRespondents)
            XCTAssertEqual(ipak.lkeQuestionID, "B.I.a")
            XCTAssertEqual(ipak.lkeScore ?? 0, 3.5 / 4 * (ipak.weight ?? 0), accuracy: 1e-9)
            XCTAssertFalse(ipak.thresholds.isEmpty)
            XCTAssertTrue(ipak.thresholds.allSatisfy { !$0.isReached }, "3,50 is below 3,60")
            XCTAssertTrue(ipak.summary?.contains("bukan nilai resmi TPN") == true)
            let ipkp = try XCTUnwrap(results.surveys.first { $0.survey == "ipkp" })
            XCTAssertEqual(ipkp.score, 4)
            XCTAssertTrue(ipkp.thresholds.allSatisfy(\.isReached))

            let cookies = try await client.webLogin("anggota", Fixture.password)
            let staff = try await client.send(.GET, "/units/\(unit.id!)/perception", cookies: cookies)
            XCTAssertTrue(staff.body.contains("bukan nilai resmi TPN") && staff.body.contains("3,50"))
            let pegawai = try await client.login("pegawai", Fixture.password)
            let refused = try await client.send(.GET, "/api/v1/units/\(unit.id!)/perception", token: pegawai)
            XCTAssertEqual(refused.status, .forbidden)
            let unknown = try await client.send(.GET, "/publik/\(unit.id!)/persepsi/ipk")
            XCTAssertEqual(unknown.status, .notFound)
        }
    }
}
