import Vapor
import XCTest
import ZICore

@testable import ZIServer

/// Which LKE a new assessment is on: 2026 and later on the LKE ZI 2026 master (options worth
/// 1, 0.67, 0.33, 0), earlier years on PermenPANRB 90/2021 (thirds); and the roll-up of an
/// agency whose units are on both.
final class AssessmentFrameworkYearTests: XCTestCase {
    private func create(_ client: Client, unit: UUID, year: Int, framework: String? = nil, token: String) async throws -> AssessmentSummary
    {
        var body: [String: AnyEncodable] = ["year": AnyEncodable(year)]
        if let framework { body["frameworkID"] = AnyEncodable(framework) }
        let created = try await client.send(.POST, "/api/v1/units/\(unit)/assessments", token: token, json: body)
        XCTAssertEqual(created.status, .created, created.body)
        return try created.json(AssessmentSummary.self)
    }

    /// The three A–D questions of A.I.1.iii (weight 1) answered B.
    private func answerMonitoringB(_ client: Client, _ id: UUID, token: String) async throws -> AssessmentSummary {
        let reply = try await client.send(
            .PUT, "/api/v1/assessments/\(id)/answers", token: token,
            rawBody: #"{"answers": {"A.I.1.iii.a": "B", "A.I.1.iii.b": "B", "A.I.1.iii.c": "B"}}"#)
        XCTAssertEqual(reply.status, .ok, reply.body)
        return try reply.json(AssessmentSummary.self)
    }

    func testTheYearChoosesTheFrameworkAndTheFrameworkItsValues() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let token = try await client.login("anggota", Fixture.password)
            let unit = fixture.unitA1.id!
            let current = try await create(client, unit: unit, year: 2026, token: token)
            let earlier = try await create(client, unit: unit, year: 2025, token: token)
            XCTAssertEqual(current.framework, "lke-zi-2026")
            XCTAssertEqual(earlier.framework, "permenpanrb-90-2021")
            let currentScored = try await answerMonitoringB(client, current.id, token: token)
            let earlierScored = try await answerMonitoringB(client, earlier.id, token: token)
            XCTAssertEqual(currentScored.official.total, 0.67)
            XCTAssertEqual(earlierScored.official.total, 0.666667)

            let named = try await create(client, unit: unit, year: 2026, framework: "permenpanrb-90-2021", token: token)
            XCTAssertEqual(named.framework, "permenpanrb-90-2021", "a framework can still be named")
            let unknown = try await client.send(
                .POST, "/api/v1/units/\(unit)/assessments", token: token,
                json: ["year": AnyEncodable(2026), "frameworkID": AnyEncodable("lke-2099")])
            XCTAssertEqual(unknown.status, .unprocessableEntity)
            XCTAssertEqual(unknown.errorCode, "validation_failed")
        }
    }

    func testTheRollupShowsTheYearsFrameworkAndOffersTheOther() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let head = try await client.login("pimpinana1", Fixture.password)
            let current = try await create(client, unit: fixture.unitA1.id!, year: 2026, token: head)
            _ = try await answerMonitoringB(client, current.id, token: head)
            let other = try await create(client, unit: fixture.unitA11.id!, year: 2026, framework: "permenpanrb-90-2021", token: head)
            _ = try await answerMonitoringB(client, other.id, token: head)

            let evaluator = try await client.login("evaluator", Fixture.password)
            let path = "/api/v1/instansi/\(fixture.instansiA.id!)/rollup?year=2026"
            let rollup = try await client.send(.GET, path, token: evaluator).json(InstansiRollup.self)
            XCTAssertEqual(rollup.framework, "lke-zi-2026")
            XCTAssertEqual(rollup.frameworks.map(\.id), ["lke-zi-2026", "permenpanrb-90-2021"])
            XCTAssertEqual(rollup.frameworks.map(\.units), [1, 1])
            XCTAssertEqual(rollup.rows.first { $0.code == "A1" }?.total, 0.67)
            XCTAssertNil(rollup.rows.first { $0.code == "A1-1" }?.total, "A1-1 is on the other framework")
            XCTAssertEqual(
                rollup.rows.first { $0.code == "A1-1" }?.otherTotals, ["permenpanrb-90-2021": 0.666667], "and its total there is shown")

            let earlier = try await client.send(.GET, path + "&framework=permenpanrb-90-2021", token: evaluator).json(InstansiRollup.self)
            XCTAssertEqual(earlier.rows.first { $0.code == "A1-1" }?.total, 0.666667)
            let unknown = try await client.send(.GET, path + "&framework=lke-2099", token: evaluator)
            XCTAssertEqual(unknown.status, .unprocessableEntity)

            let cookies = try await client.webLogin("evaluator", Fixture.password)
            let page = try await client.send(.GET, "/instansi/\(fixture.instansiA.id!)/rollup?year=2026", cookies: cookies)
            XCTAssertTrue(page.body.contains(#"<option value="permenpanrb-90-2021">PermenPANRB 90/2021 · 1 unit</option>"#), page.body)
            XCTAssertTrue(page.body.contains(#"<option value="lke-zi-2026" selected>LKE ZI 2026 · 1 unit</option>"#))
            XCTAssertTrue(page.body.contains("PermenPANRB 90/2021: 0.67<br>"), "the other framework's total on the unit's line")
        }
    }
}
