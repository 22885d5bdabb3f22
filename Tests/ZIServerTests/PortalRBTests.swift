import Fluent
import Vapor
import XCTest
import ZICore

@testable import ZIServer

/// A client that plays PortalRB over real HTTP against the three endpoints of the "Panduan
/// Teknis API Integrasi ZI" v1.0.0: tokens, the guide's fields and errors, the confirmed list
/// only, no other agency's data, the rate limit, and a log of every call.
final class PortalRBTests: XCTestCase {
    /// Agency A with A1 (WBK, answers given) and A1-1 (holds WBK, WBBM) concluded for the TPN, the
    /// list confirmed, and a PortalRB token made by the agency admin.
    private func prepared(_ app: Application, _ client: Client, _ fixture: Fixture, confirm: Bool = true) async throws -> String {
        try await fixture.accountsPerRole()
        try await ProposalFixture.concluded(
            app, unit: fixture.unitA1,
            rows: [
                "A.I.1.i.a": (.option("Ya"), .option("Tidak"), "SK Tim ZI nomor 12/2026"),
                "A.II.1.i.a": (.inputs(["agenPerubahan": 4, "perubahanDibuat": 3]), nil, "Daftar agen perubahan"),
                "B.I.a": (.number(3.6), .number(3.55), nil),
            ])
        try await ProposalFixture.concluded(app, unit: fixture.unitA11, holdsWBK: true)
        let admin = try await client.login("adminka", Fixture.password)
        let list = try await client.send(
            .PUT, "/api/v1/instansi/\(fixture.instansiA.id!)/proposals/2026", token: admin,
            rawBody: """
                {"confirm": \(confirm), "units": [{"unitID": "\(fixture.unitA1.id!)", "kategori": "WBK"},
                 {"unitID": "\(fixture.unitA11.id!)", "kategori": "WBBM"}]}
                """)
        XCTAssertEqual(list.status, .ok, list.body)
        let created = try await client.send(
            .POST, "/api/v1/instansi/\(fixture.instansiA.id!)/portalrb-tokens", token: admin,
            json: ["name": AnyEncodable("PortalRB 2026"), "expiresInDays": AnyEncodable(30)])
        XCTAssertEqual(created.status, .created, created.body)
        return try created.json(PortalRBTokenService.Created.self).token
    }

    private func object(_ reply: Client.Reply) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(reply.body.utf8)) as? [String: Any], reply.body)
    }

    private func assertGuideError(
        _ reply: Client.Reply, _ status: HTTPStatus, _ code: String, file: StaticString = #filePath, line: UInt = #line
    ) throws {
        XCTAssertEqual(reply.status, status, reply.body, file: file, line: line)
        let body = try object(reply)
        XCTAssertEqual(body["error"] as? Bool, true, file: file, line: line)
        XCTAssertEqual(body["code"] as? String, code, file: file, line: line)
        XCTAssertFalse((body["message"] as? String ?? "").isEmpty, file: file, line: line)
        XCTAssertEqual(Set(body.keys), ["error", "code", "message"], file: file, line: line)
    }

    func testPortalRBFetchesTheProposalsAndTheAnswersAsTheGuideDefines() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            let token = try await prepared(app, client, fixture)
            XCTAssertTrue(token.hasPrefix("prb_"))

            let wbk = try object(try await client.send(.GET, "/portalrb/pengusulan/unit-wbk", token: token))
            XCTAssertEqual(wbk["tahun"] as? Int, 2026)
            let units = try XCTUnwrap(wbk["units"] as? [[String: Any]])
            XCTAssertEqual(units.count, 1)
            XCTAssertEqual(units[0]["id"] as? String, fixture.unitA1.id!.uuidString)
            XCTAssertEqual(units[0]["nama"] as? String, fixture.unitA1.name)
            XCTAssertEqual(units[0]["kategori"] as? String, "WBK")
            XCTAssertEqual(units[0]["afirmasi"] as? Bool, false)
            let wbbm = try object(try await client.send(.GET, "/portalrb/pengusulan/unit-wbbm", token: token))
            XCTAssertEqual((wbbm["units"] as? [[String: Any]])?.map { $0["kategori"] as? String }, ["WBBM"])

            let reply = try await client.send(.GET, "/portalrb/lke/jawaban-unit/\(fixture.unitA1.id!)", token: token)
            XCTAssertEqual(reply.status, .ok, reply.body)
            let sheet = try object(reply)
            XCTAssertEqual(sheet["unit_id"] as? String, fixture.unitA1.id!.uuidString)
            XCTAssertEqual(sheet["nama_unit"] as? String, fixture.unitA1.name)
            XCTAssertEqual(sheet["tahun"] as? Int, 2026)
            let answers = try XCTUnwrap(sheet["answers"] as? [[String: Any]])
            XCTAssertEqual(answers.map { $0["soal_id"] as? Int }, Array(1...127), "one entry per master soal_id, in order")
            let bySoal = Dictionary(uniqueKeysWithValues: answers.map { ($0["soal_id"] as! Int, $0) })
            XCTAssertEqual(bySoal[1]?["jawaban_unit"] as? String, "Ya")
            XCTAssertEqual(bySoal[1]?["jawaban_tpi"] as? String, "Tidak")
            XCTAssertEqual(bySoal[1]?["catatan_unit"] as? String, "SK Tim ZI nomor 12/2026")
            // A.II.1.i.a answers through its two Jumlah rows (soal 88 and 89), numbers as numbers.
            XCTAssertEqual(bySoal[88]?["jawaban_unit"] as? Double, 4)
            XCTAssertEqual(bySoal[89]?["jawaban_unit"] as? Double, 3)
            XCTAssertEqual(bySoal[88]?["catatan_unit"] as? String, "Daftar agen perubahan")
            XCTAssertTrue(bySoal[89]?["catatan_unit"] is NSNull)
            XCTAssertEqual(bySoal[125]?["jawaban_unit"] as? Double, 3.6)
            XCTAssertEqual(bySoal[125]?["jawaban_tpi"] as? Double, 3.55)
            XCTAssertEqual(
                Set(bySoal[2]?.keys ?? [:].keys),
                ["soal_id", "jawaban_unit", "jawaban_tpi", "catatan_unit", "bukti_dukung_unit", "catatan_tpi"])
            XCTAssertTrue(bySoal[2]?["jawaban_unit"] is NSNull, "an unanswered question is null, not missing")

            let calls = try await PortalRBCall.query(on: app.db).all()
            XCTAssertEqual(calls.count, 3, "every call is logged")
            XCTAssertEqual(Set(calls.map(\.status)), [200])
            XCTAssertEqual(calls.compactMap(\.unitRef), [fixture.unitA1.id!.uuidString])
        }
    }

    func testTheConcludedAssessmentIsServedWhenTheUnitAlsoHasANewerDraft() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            let token = try await prepared(app, client, fixture)
            try await app.write { db in
                let draft = try await AssessmentService.create(
                    unit: fixture.unitA1, year: 2026, catalog: app.lke.entry("permenpanrb-90-2021"), holdsWBK: false, by: .system, on: db)
                let answer = AssessmentAnswer()
                answer.$assessment.id = draft.id!
                answer.questionID = "A.I.1.i.a"
                answer.selfAnswer = AssessmentScoring.encode(.option("Tidak"))
                answer.selfNote = "Draf lain"
                try await answer.create(on: db)
            }
            let reply = try await client.send(.GET, "/portalrb/lke/jawaban-unit/\(fixture.unitA1.id!)", token: token)
            XCTAssertEqual(reply.status, .ok, reply.body)
            let answers = try XCTUnwrap(try object(reply)["answers"] as? [[String: Any]])
            let first = try XCTUnwrap(answers.first { $0["soal_id"] as? Int == 1 })
            XCTAssertEqual(first["jawaban_unit"] as? String, "Ya", "the concluded assessment recommending TPN decides")
            XCTAssertEqual(first["catatan_unit"] as? String, "SK Tim ZI nomor 12/2026")
        }
    }

    func testRefusalsUseTheGuidesErrorsAndNeverShowAnotherAgency() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            let token = try await prepared(app, client, fixture)
            try assertGuideError(try await client.send(.GET, "/portalrb/pengusulan/unit-wbk"), .unauthorized, "UNAUTHORIZED")
            try assertGuideError(
                try await client.send(.GET, "/portalrb/pengusulan/unit-wbk", token: "prb_wrong"), .unauthorized, "UNAUTHORIZED")
            let session = try await client.login("adminka", Fixture.password)
            try assertGuideError(
                try await client.send(.GET, "/portalrb/pengusulan/unit-wbk", token: session), .unauthorized, "UNAUTHORIZED",
                line: #line)
            let reply1 = try await client.send(.GET, "/api/v1/instansi/\(fixture.instansiA.id!)/proposals/2026", token: token)
            XCTAssertEqual(
                reply1.status, .unauthorized,
                "a PortalRB token opens nothing else")
            try assertGuideError(
                try await client.send(.GET, "/portalrb/lke/jawaban-unit/abc", token: token), .unprocessableEntity, "INVALID_UNIT_ID")
            try assertGuideError(
                try await client.send(.GET, "/portalrb/lke/jawaban-unit/\(fixture.unitB1.id!)", token: token), .notFound, "UNIT_NOT_FOUND")
            try assertGuideError(
                try await client.send(.GET, "/portalrb/pengusulan/unit-wbk?tahun=2025", token: token), .notFound, "DATA_NOT_FOUND")
            try assertGuideError(
                try await client.send(.GET, "/portalrb/pengusulan/unit-wbk?tahun=99999", token: token), .unprocessableEntity, "INVALID_YEAR"
            )

            // Agency B's token sees nothing of agency A.
            _ = try await fixture.user(
                "adminkb", [RoleInput(role: "admin_instansi", instansiID: fixture.instansiB.id)], instansi: fixture.instansiB)
            let adminB = try await client.login("adminkb", Fixture.password)
            let tokenB = try await client.send(
                .POST, "/api/v1/instansi/\(fixture.instansiB.id!)/portalrb-tokens", token: adminB, json: ["name": "B"]
            ).json(PortalRBTokenService.Created.self).token
            try assertGuideError(try await client.send(.GET, "/portalrb/pengusulan/unit-wbk", token: tokenB), .notFound, "DATA_NOT_FOUND")
            try assertGuideError(
                try await client.send(.GET, "/portalrb/lke/jawaban-unit/\(fixture.unitA1.id!)", token: tokenB), .notFound, "UNIT_NOT_FOUND")
            let crossRevoke = try await client.send(.GET, "/api/v1/instansi/\(fixture.instansiA.id!)/portalrb-tokens", token: adminB)
            XCTAssertEqual(crossRevoke.status, .forbidden)

            // Expired and revoked tokens.
            let admin = try await client.login("adminka", Fixture.password)
            let listed = try await client.send(.GET, "/api/v1/instansi/\(fixture.instansiA.id!)/portalrb-tokens", token: admin)
                .json([PortalRBTokenService.Listed].self)
            XCTAssertEqual(listed.map(\.state), ["active"])
            let reply2 = try await client.send(.GET, "/api/v1/instansi/\(fixture.instansiA.id!)/portalrb-tokens", token: admin)
            XCTAssertFalse(reply2.body.contains(token))
            let stored = try await PortalRBToken.find(listed[0].id, on: app.db)!
            stored.expiresAt = Date(timeIntervalSince1970: 0)
            try await stored.save(on: app.db)
            try assertGuideError(try await client.send(.GET, "/portalrb/pengusulan/unit-wbk", token: token), .unauthorized, "TOKEN_EXPIRED")
            let fresh = try await client.send(
                .POST, "/api/v1/instansi/\(fixture.instansiA.id!)/portalrb-tokens", token: admin, json: ["name": "Baru"]
            ).json(PortalRBTokenService.Created.self)
            let reply3 = try await client.send(.GET, "/portalrb/pengusulan/unit-wbk", token: fresh.token)
            XCTAssertEqual(reply3.status, .ok)
            let revoked = try await client.send(
                .DELETE, "/api/v1/instansi/\(fixture.instansiA.id!)/portalrb-tokens/\(fresh.listed.id)", token: admin)
            XCTAssertEqual(try revoked.json(PortalRBTokenService.Listed.self).state, "revoked")
            try assertGuideError(
                try await client.send(.GET, "/portalrb/pengusulan/unit-wbk", token: fresh.token), .unauthorized, "TOKEN_REVOKED")
            for username in ["evaluator", "anggota"] {
                let other = try await client.login(username, Fixture.password)
                let made = try await client.send(
                    .POST, "/api/v1/instansi/\(fixture.instansiA.id!)/portalrb-tokens", token: other, json: ["name": "x"])
                XCTAssertEqual(made.status, .forbidden, username)
            }
            let noName = try await client.send(
                .POST, "/api/v1/instansi/\(fixture.instansiA.id!)/portalrb-tokens", token: admin, json: ["expiresInDays": 400])
            XCTAssertEqual(noName.status, .unprocessableEntity)
            XCTAssertTrue(noName.body.contains(#""field":"name""#) && noName.body.contains(#""field":"expiresInDays""#), noName.body)
        }
    }

    func testAnUnconfirmedListIsNotServed() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            let token = try await prepared(app, client, fixture, confirm: false)
            try assertGuideError(try await client.send(.GET, "/portalrb/pengusulan/unit-wbk", token: token), .notFound, "DATA_NOT_FOUND")
            try assertGuideError(
                try await client.send(.GET, "/portalrb/lke/jawaban-unit/\(fixture.unitA1.id!)", token: token), .notFound, "UNIT_NOT_FOUND")
        }
    }

    func testTheRateLimitAnswers429WithRetryAfter() async throws {
        try await withApp(adjust: { $0.portalRBRequestsPerMinute = 3 }) { app, client in
            app.freezeClock()
            let fixture = try await Fixture.make(app)
            let token = try await prepared(app, client, fixture)
            var statuses: [HTTPStatus] = []
            var limited: Client.Reply?
            for _ in 0..<5 {
                let reply = try await client.send(.GET, "/portalrb/pengusulan/unit-wbk", token: token)
                statuses.append(reply.status)
                if reply.status == .tooManyRequests { limited = reply }
            }
            XCTAssertEqual(statuses.filter { $0 == .ok }.count, 3, "\(statuses)")
            let refused = try XCTUnwrap(limited)
            try assertGuideError(refused, .tooManyRequests, "RATE_LIMITED")
            let wait = try XCTUnwrap(refused.headers.first(name: .retryAfter).flatMap(Int.init))
            XCTAssertTrue((1...60).contains(wait), "Retry-After \(wait)")
            // PortalRB retries after the delay it was given: move the server's clock on by it.
            app.clock = AppClock.starting(at: app.clock.now().addingTimeInterval(TimeInterval(wait)))
            let retried = try await client.send(.GET, "/portalrb/pengusulan/unit-wbk", token: token)
            XCTAssertEqual(retried.status, .ok, "the retry after Retry-After is served")
        }
    }

    func testTheAgencyPageShowsTheBaseURLTheTokenOnceAndWhatPortalRBReceives() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            let token = try await prepared(app, client, fixture)
            _ = try await client.send(.GET, "/portalrb/pengusulan/unit-wbk", token: token)
            let cookies = try await client.webLogin("adminka", Fixture.password)
            let page = try await client.send(.GET, "/instansi/\(fixture.instansiA.id!)/portalrb", cookies: cookies)
            XCTAssertEqual(page.status, .ok)
            XCTAssertTrue(page.body.contains("/portalrb</code>"), "the base URL")
            XCTAssertTrue(page.body.contains("PortalRB 2026"))
            XCTAssertFalse(page.body.contains(token), "the token is never shown again")
            XCTAssertTrue(page.body.contains("/pengusulan/unit-wbk"), "the recent call")
            XCTAssertNotNil(page.body.range(of: #"&quot;soal_id&quot; : 1\s"#, options: .regularExpression), "the preview of the answers")
            let csrf = try await client.csrfToken(cookies: cookies)
            let created = try await client.send(
                .POST, "/instansi/\(fixture.instansiA.id!)/portalrb-tokens",
                form: ["_csrf": csrf, "name": "Cadangan", "expiresInDays": "30"],
                cookies: cookies)
            XCTAssertEqual(created.status, .created)
            let shown = try XCTUnwrap(created.body.range(of: #"<code id="new-token">prb_[A-Za-z0-9_-]+"#, options: .regularExpression))
            let secret = String(created.body[shown].dropFirst(#"<code id="new-token">"#.count))
            let reply4 = try await client.send(.GET, "/portalrb/pengusulan/unit-wbk", token: secret)
            XCTAssertEqual(reply4.status, .ok)
            let member = try await client.webLogin("anggota", Fixture.password)
            let reply5 = try await client.send(.GET, "/instansi/\(fixture.instansiA.id!)/portalrb", cookies: member)
            XCTAssertEqual(reply5.status, .forbidden)
        }
    }
}
