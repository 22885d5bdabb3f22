import Fluent
import Vapor
import XCTest
import ZICore
@testable import ZIServer

/// The LKE assessment workflow over HTTP: team fills, head submits, TPI reviews and concludes,
/// re-opening is audited; scores, predicates and gap analysis follow every change.
final class AssessmentTests: XCTestCase {
    static let framework = try! LKEFrameworkRegistry.bundled().framework(id: "permenpanrb-90-2021")

    /// The best answer to every question (a complete best set scores exactly 100).
    static func bestAnswers() -> [String: LKEAnswer] {
        framework.questions.reduce(into: [:]) { answers, question in
            switch question.answerType {
            case .percentage: answers[question.id] = .number(100)
            case .survey: answers[question.id] = .number(4)
            default: answers[question.id] = .option(question.answerType.optionCodes[0])
            }
        }
    }

    struct Body: Encodable {
        var answers: [String: LKEAnswer?] = [:]
        var notes: [String: String] = [:]
        var evidence: [String: String] = [:]
    }

    private func tokens(_ client: Client, _ people: [String]) async throws -> [String: String] {
        var tokens: [String: String] = [:]
        for person in people {
            tokens[person] = try await client.login(person, person == "admin" ? TestApp.adminPassword : Fixture.password)
        }
        return tokens
    }

    /// Scores and the gap are kept by the answers' content: every read after a save shows the
    /// saved answers, and going back to earlier answers gives the earlier result again.
    func testEveryReadAfterASaveShowsItsScoresAndGap() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let token = try await client.login("anggota", Fixture.password)
            let created = try await client.send(
                .POST, "/api/v1/units/\(fixture.unitA1.id!)/assessments", token: token, json: ["year": 2026])
            let path = "/api/v1/assessments/\(try created.json(AssessmentSummary.self).id)"
            let read = { () async throws -> AssessmentSummary in
                try await client.send(.GET, path, token: token).json(AssessmentSummary.self)
            }
            let save = { (answers: [String: LKEAnswer]) async throws in
                let reply = try await client.send(
                    .PUT, path + "/answers", token: token, json: Body(answers: answers.mapValues { Optional($0) }))
                XCTAssertEqual(reply.status, .ok, reply.body)
            }
            try await save(Self.bestAnswers())
            let best = try await read()
            let bestAgain = try await read()
            XCTAssertEqual(bestAgain.official, best.official)
            XCTAssertNil(best.gap, "eligible: no gap")

            try await save(["A.I.1.i.a": .option("Tidak")])
            let lower = try await read()
            XCTAssertLessThan(lower.official.total, best.official.total, "the read after a save scores the saved answers")
            XCTAssertLessThan(lower.selfScore.total, best.selfScore.total)
            try await save(["A.I.1.i.a": .option("Ya")])
            let back = try await read()
            XCTAssertEqual(back.official, best.official)

            let worst = Self.framework.questions.reduce(into: [String: LKEAnswer]()) { answers, question in
                if let code = question.answerType.optionCodes.last, question.answerType.isOptionBased {
                    answers[question.id] = .option(code)
                }
            }
            try await save(worst)
            let low = try await read()
            XCTAssertLessThan(low.official.total, 60)
            XCTAssertNotNil(low.gap, "below the target: the gap toward it")
        }
    }

    func testTheWholeWorkflowWithRightsAtEachStep() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let t = try await tokens(client, ["anggota", "koordinator", "pimpinana1", "evaluator", "adminka", "pegawai"])
            let unitPath = "/api/v1/units/\(fixture.unitA1.id!)/assessments"

            let refused = try await client.send(.POST, unitPath, token: t["evaluator"], json: ["year": 2026])
            XCTAssertEqual(refused.status, .forbidden, "the evaluator does not open self-assessments")
            let created = try await client.send(.POST, unitPath, token: t["anggota"], json: ["year": 2026])
            XCTAssertEqual(created.status, .created, created.body)
            let id = try created.json(AssessmentSummary.self).id
            let duplicate = try await client.send(.POST, unitPath, token: t["anggota"], json: ["year": 2026])
            XCTAssertEqual(duplicate.errorCode, "assessment_exists")
            let path = "/api/v1/assessments/\(id)"

            // The area-2 coordinator answers area 2 only.
            let ownArea = try await client.send(
                .PUT, path + "/answers", token: t["koordinator"],
                json: Body(answers: ["A.I.2.i.a": .option("A")]))
            XCTAssertEqual(ownArea.status, .ok, ownArea.body)
            let otherArea = try await client.send(
                .PUT, path + "/answers", token: t["koordinator"],
                json: Body(answers: ["A.I.1.i.a": .option("Ya")]))
            XCTAssertEqual(otherArea.status, .forbidden)
            let evaluatorFill = try await client.send(
                .PUT, path + "/answers", token: t["evaluator"],
                json: Body(answers: ["A.I.1.i.a": .option("Ya")]))
            XCTAssertEqual(evaluatorFill.status, .forbidden)
            let employee = try await client.send(.GET, path, token: t["pegawai"])
            XCTAssertEqual(employee.status, .forbidden)

            var best = Self.bestAnswers()
            best["A.I.1.i.a"] = .option("Tidak")
            let filled = try await client.send(
                .PUT, path + "/answers", token: t["anggota"],
                json: Body(
                    answers: best.mapValues { Optional($0) }, notes: ["A.I.1.i.b": "SK Tim ZI No. 12/2026"],
                    evidence: ["A.I.1.i.b": "Folder 1.1"]))
            XCTAssertEqual(filled.status, .ok, filled.body)
            let selfScore = try filled.json(AssessmentSummary.self)
            XCTAssertLessThan(selfScore.official.total, 100)
            XCTAssertEqual(selfScore.official.predicates["wbk"]?.eligible, true)
            XCTAssertNil(selfScore.gap, "eligible for the target: no gap to close")

            let memberSubmit = try await client.send(.POST, path + "/submit", token: t["anggota"])
            XCTAssertEqual(memberSubmit.status, .forbidden, "the head submits")
            let submitted = try await client.send(.POST, path + "/submit", token: t["pimpinana1"])
            XCTAssertEqual(try submitted.json(AssessmentSummary.self).status, .submitted)
            let locked = try await client.send(
                .PUT, path + "/answers", token: t["anggota"],
                json: Body(answers: ["A.I.1.i.a": .option("Ya")]))
            XCTAssertEqual(locked.errorCode, "assessment_locked")

            // The TPI disagrees with one answer: the TPI's answer is the one scored.
            let reviewed = try await client.send(
                .PUT, path + "/reviews", token: t["evaluator"],
                json: Body(answers: ["B.I.a": .number(3.0)], notes: ["B.I.a": "IPAK resmi 3,00"]))
            XCTAssertEqual(reviewed.status, .ok, reviewed.body)
            let review = try reviewed.json(AssessmentSummary.self)
            XCTAssertEqual(review.selfScore.predicates["wbk"]?.eligible, true)
            XCTAssertEqual(review.official.predicates["wbk"]?.eligible, false)
            XCTAssertTrue(
                review.official.predicates["wbk"]?.failures.contains { $0.subject == "B.I.a" || $0.subject == "B.I" } ?? false,
                "the failing hasil condition is named")
            XCTAssertEqual(review.gap?.reachable, false, "a low IPAK cannot be fixed by pengungkit answers")

            let noRecommendation = try await client.send(.POST, path + "/conclude", token: t["evaluator"], json: ["note": "x"])
            XCTAssertEqual(noRecommendation.status, .unprocessableEntity)
            let concluded = try await client.send(
                .POST, path + "/conclude", token: t["evaluator"],
                json: ["recommendation": "perlu_perbaikan", "note": "IPAK belum memenuhi"])
            XCTAssertEqual(try concluded.json(AssessmentSummary.self).status, .concluded)
            let afterConclusion = try await client.send(
                .PUT, path + "/reviews", token: t["evaluator"],
                json: Body(answers: ["B.I.a": .number(4)]))
            XCTAssertEqual(afterConclusion.errorCode, "assessment_not_submitted")

            let headReopen = try await client.send(.POST, path + "/reopen", token: t["pimpinana1"], json: ["reason": "x"])
            XCTAssertEqual(headReopen.status, .forbidden)
            let noReason = try await client.send(.POST, path + "/reopen", token: t["adminka"], json: ["reason": ""])
            XCTAssertEqual(noReason.status, .unprocessableEntity)
            let reopened = try await client.send(
                .POST, path + "/reopen", token: t["adminka"],
                json: ["reason": "Perbaikan data IPAK"])
            XCTAssertEqual(try reopened.json(AssessmentSummary.self).status, .draft)

            let actions = try await AuditEntry.query(on: app.db).filter(\.$entity == "assessment").sort(\.$seq).all().map(\.action)
            XCTAssertEqual(actions, ["create", "self_answer", "self_answer", "submit", "tpi_answer", "conclude", "reopen"])
            let reopenEntry = try await AuditEntry.query(on: app.db).filter(\.$action == "reopen").first()
            XCTAssertTrue(reopenEntry?.afterJSON?.contains("Perbaikan data IPAK") ?? false)
            let answerRows = try await client.send(.GET, path + "/answers", token: t["evaluator"])
                .json([AssessmentAPIController.AnswerRow].self)
            let row = try XCTUnwrap(answerRows.first { $0.question == "B.I.a" })
            XCTAssertEqual(row.selfAnswer, .number(4))
            XCTAssertEqual(row.tpiAnswer, .number(3), "both answers are kept side by side")
        }
    }

    func testBestAnswersScoreExactlyOneHundredAndBadAnswersAreNamed() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let token = try await client.login("anggota", Fixture.password)
            let created = try await client.send(
                .POST, "/api/v1/units/\(fixture.unitA1.id!)/assessments", token: token,
                json: ["year": AnyEncodable(2026), "holdsWBK": AnyEncodable(true)])
            let id = try created.json(AssessmentSummary.self).id
            let empty = try created.json(AssessmentSummary.self)
            XCTAssertEqual(empty.framework, "lke-zi-2026", "a 2026 assessment is on the LKE ZI 2026 master")
            XCTAssertEqual(empty.official.total, 0)
            XCTAssertEqual(empty.official.unanswered.count, 113)
            XCTAssertEqual(empty.gap?.reachable, false, "with no survey answers the hasil cannot be reached")

            let bad = try await client.send(
                .PUT, "/api/v1/assessments/\(id)/answers", token: token,
                json: Body(answers: [
                    "A.I.1.i.a": .option("B"), "B.II.a": .number(5), "A.I.9.z.a": .option("A"),
                    "A.II.1.i.a": .inputs(["agenPerubahan": 3]),
                ]))
            XCTAssertEqual(bad.status, .unprocessableEntity)
            for id in ["A.I.1.i.a", "B.II.a", "A.I.9.z.a", "A.II.1.i.a"] {
                XCTAssertTrue(bad.body.contains("\"field\":\"\(id)\""), "\(id) is named: \(bad.body)")
            }
            XCTAssertTrue(bad.body.contains("Ya/Tidak"), "the allowed options are named")
            let stillEmpty = try await client.send(.GET, "/api/v1/assessments/\(id)", token: token).json(AssessmentSummary.self)
            XCTAssertEqual(stillEmpty.official.unanswered.count, 113, "nothing was written")

            let mismatch = try await client.send(
                .PUT, "/api/v1/assessments/\(id)/answers", token: token,
                rawBody: #"{"framework": "lain", "answers": {}}"#)
            XCTAssertEqual(mismatch.status, .unprocessableEntity)

            let otherFramework = ["framework": AnyEncodable("permenpanrb-90-2021"), "answers": AnyEncodable(Self.bestAnswers())]
            let refused = try await client.send(.PUT, "/api/v1/assessments/\(id)/answers", token: token, json: otherFramework)
            XCTAssertEqual(refused.status, .unprocessableEntity, "a file for another framework is not taken as this one's")

            // An answer file of `sizi lke score` imports as it is.
            let sheet = ["framework": AnyEncodable("lke-zi-2026"), "answers": AnyEncodable(Self.bestAnswers())]
            let full = try await client.send(.PUT, "/api/v1/assessments/\(id)/answers", token: token, json: sheet)
            let summary = try full.json(AssessmentSummary.self)
            XCTAssertEqual(summary.official.total, 100)
            XCTAssertEqual(summary.official.pengungkit, 60)
            XCTAssertEqual(summary.official.hasil, 40)
            XCTAssertEqual(summary.progress.map(\.answered).reduce(0, +), 113)
            let exported = try await client.send(.GET, "/api/v1/assessments/\(id)/answer-sheet", token: token)
            XCTAssertEqual(try exported.json(AssessmentAPIController.AnswerSheetBody.self).answers.count, 113)

            let cleared = try await client.send(
                .PUT, "/api/v1/assessments/\(id)/answers", token: token,
                rawBody: #"{"answers": {"A.I.1.i.a": null}}"#)
            let afterClear = try cleared.json(AssessmentSummary.self)
            XCTAssertEqual(afterClear.official.unanswered, ["A.I.1.i.a"])
            XCTAssertEqual(afterClear.official.predicates["wbbm"]?.eligible, true, "WBBM with an existing WBK")
        }
    }
}

/// Encodes any value, for mixed JSON bodies in tests.
struct AnyEncodable: Encodable, @unchecked Sendable {
    let value: any Encodable
    init(_ value: any Encodable) { self.value = value }
    func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
}
