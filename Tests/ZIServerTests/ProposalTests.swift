import Fluent
import Vapor
import XCTest
import ZICore

@testable import ZIServer

/// The agency's proposals to KemenPANRB: only units the TPI recommends (WBBM: holding WBK),
/// confirmed by the agency admin, frozen after the cut-off; refused for everyone else.
final class ProposalTests: XCTestCase {
    private func path(_ fixture: Fixture, year: Int = 2026) -> String {
        "/api/v1/instansi/\(fixture.instansiA.id!)/proposals/\(year)"
    }

    private func put(_ client: Client, _ fixture: Fixture, token: String, _ body: String) async throws -> Client.Reply {
        try await client.send(.PUT, path(fixture), token: token, rawBody: body)
    }

    func testOnlyRecommendedUnitsAreProposedAndTheListIsConfirmed() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            try await ProposalFixture.concluded(app, unit: fixture.unitA1)
            try await ProposalFixture.concluded(app, unit: fixture.unitA11, recommendation: .perluPerbaikan)
            let admin = try await client.login("adminka", Fixture.password)

            let empty = try await client.send(.GET, path(fixture), token: admin).json(ProposalList.self)
            XCTAssertNil(empty.confirmedAt)
            let a1 = try XCTUnwrap(empty.lines.first { $0.code == "A1" })
            XCTAssertEqual(a1.gaps["WBK"], [])
            XCTAssertEqual(a1.gaps["WBBM"], [.noWBK])
            XCTAssertEqual(empty.lines.first { $0.code == "A1-1" }?.gaps["WBK"], [.notRecommended])

            let refused = try await put(
                client, fixture, token: admin, #"{"units": [{"unitID": "\#(fixture.unitA11.id!)", "kategori": "WBK"}]}"#)
            XCTAssertEqual(refused.status, .unprocessableEntity)
            XCTAssertTrue(refused.body.contains("A1-1 belum dapat diusulkan sebagai WBK: kesimpulan TPI bukan"), refused.body)
            let noWBK = try await put(
                client, fixture, token: admin, #"{"units": [{"unitID": "\#(fixture.unitA1.id!)", "kategori": "WBBM"}]}"#)
            XCTAssertTrue(noWBK.body.contains("belum berpredikat Menuju WBK"), noWBK.body)
            let otherAgency = try await put(
                client, fixture, token: admin, #"{"units": [{"unitID": "\#(fixture.unitB1.id!)", "kategori": "WBK"}]}"#)
            XCTAssertTrue(otherAgency.body.contains(#""field":"units[0].unitID""#), otherAgency.body)
            let badCategory = try await put(
                client, fixture, token: admin, #"{"units": [{"unitID": "\#(fixture.unitA1.id!)", "kategori": "WBX"}]}"#)
            XCTAssertTrue(badCategory.body.contains(#""field":"units[0].kategori""#), badCategory.body)
            let twice = try await put(
                client, fixture, token: admin,
                #"{"units": [{"unitID": "\#(fixture.unitA1.id!)", "kategori": "WBK"}, {"unitID": "\#(fixture.unitA1.id!)", "kategori": "WBK"}]}"#
            )
            XCTAssertEqual(twice.status, .unprocessableEntity)
            let badDate = try await put(client, fixture, token: admin, #"{"cutoff": "31-12-2026", "units": []}"#)
            XCTAssertTrue(badDate.body.contains(#""field":"cutoff""#), badDate.body)

            let saved = try await put(
                client, fixture, token: admin,
                #"{"cutoff": "2026-12-31", "confirm": true, "units": [{"unitID": "\#(fixture.unitA1.id!)", "kategori": "WBK-AFIRMASI"}]}"#)
            XCTAssertEqual(saved.status, .ok, saved.body)
            let list = try saved.json(ProposalList.self)
            XCTAssertNotNil(list.confirmedAt)
            XCTAssertEqual(list.confirmedBy, "adminka")
            XCTAssertEqual(list.cutoff, "2026-12-31")
            let proposed = try XCTUnwrap(list.lines.first { $0.code == "A1" })
            XCTAssertEqual(proposed.kategori, .wbkAfirmasi)
            XCTAssertTrue(proposed.afirmasi, "WBK-AFIRMASI is an affirmation")

            let changed = try await put(
                client, fixture, token: admin, #"{"units": [{"unitID": "\#(fixture.unitA1.id!)", "kategori": "WBK"}]}"#)
            XCTAssertNil(try changed.json(ProposalList.self).confirmedAt, "a change needs a new confirmation")
            let audit = try await AuditEntry.query(on: app.db).filter(\.$entity == "proposals").count()
            XCTAssertEqual(audit, 2)
        }
    }

    func testTheListFreezesAfterTheCutoffAndOthersAreRefused() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            try await ProposalFixture.concluded(app, unit: fixture.unitA1)
            let admin = try await client.login("adminka", Fixture.password)
            // The test clock reads 7 December 2026: a cut-off of yesterday has passed.
            let cut = try await put(client, fixture, token: admin, #"{"cutoff": "2026-12-06", "confirm": true, "units": []}"#)
            XCTAssertEqual(cut.status, .ok, cut.body)
            XCTAssertTrue(try cut.json(ProposalList.self).frozen)
            let frozen = try await put(
                client, fixture, token: admin, #"{"units": [{"unitID": "\#(fixture.unitA1.id!)", "kategori": "WBK"}]}"#)
            XCTAssertEqual(frozen.status, .conflict)
            XCTAssertEqual(frozen.errorCode, "proposals_frozen")

            let evaluator = try await client.login("evaluator", Fixture.password)
            let reply1 = try await client.send(.GET, path(fixture), token: evaluator)
            XCTAssertEqual(reply1.status, .ok, "the TPI may read the list")
            let reply2 = try await put(client, fixture, token: evaluator, #"{"units": []}"#)
            XCTAssertEqual(reply2.status, .forbidden)
            for username in ["anggota", "pimpinana1"] {
                let token = try await client.login(username, Fixture.password)
                let reply3 = try await client.send(.GET, path(fixture), token: token)
                XCTAssertEqual(reply3.status, .forbidden, username)
            }
            let otherAdmin = try await fixture.user(
                "adminkb", [RoleInput(role: "admin_instansi", instansiID: fixture.instansiB.id)], instansi: fixture.instansiB)
            XCTAssertNotNil(otherAdmin.id)
            let other = try await client.login("adminkb", Fixture.password)
            let reply4 = try await put(client, fixture, token: other, #"{"units": []}"#)
            XCTAssertEqual(reply4.status, .forbidden)
            let reply5 = try await client.send(.GET, path(fixture, year: 1999), token: admin)
            XCTAssertEqual(reply5.status, .unprocessableEntity)
        }
    }

    func testThePageSaysWhatIsMissingAndSavesTheChoice() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            try await ProposalFixture.concluded(app, unit: fixture.unitA1, holdsWBK: true)
            let cookies = try await client.webLogin("adminka", Fixture.password)
            let page = try await client.send(.GET, "/instansi/\(fixture.instansiA.id!)/proposals/2026", cookies: cookies)
            XCTAssertEqual(page.status, .ok)
            XCTAssertTrue(page.body.contains("WBK: belum ada penilaian LKE tahun ini"), "A1-1 has no assessment")
            XCTAssertTrue(page.body.contains("Belum dikonfirmasi"))
            XCTAssertTrue(page.body.contains("0.00 (LKE ZI 2026)"), "the total names its framework")
            let csrf = try await client.csrfToken(cookies: cookies)
            let saved = try await client.send(
                .POST, "/instansi/\(fixture.instansiA.id!)/proposals/2026",
                form: ["_csrf": csrf, "kategori:\(fixture.unitA1.id!)": "WBBM", "confirm": "1", "cutoff": "2026-12-31"], cookies: cookies)
            XCTAssertEqual(saved.status, .seeOther, saved.body)
            let after = try await client.send(.GET, "/instansi/\(fixture.instansiA.id!)/proposals/2026", cookies: cookies)
            XCTAssertTrue(after.body.contains("Dikonfirmasi"))
            XCTAssertTrue(after.body.contains(#"<option value="WBBM" selected>"#))
            let bad = try await client.send(
                .POST, "/instansi/\(fixture.instansiA.id!)/proposals/2026",
                form: ["_csrf": csrf, "kategori:\(fixture.unitA11.id!)": "WBK"], cookies: cookies)
            XCTAssertEqual(bad.status, .unprocessableEntity)
            XCTAssertTrue(bad.body.contains("A1-1 belum dapat diusulkan sebagai WBK"), "the page says what is missing")
            XCTAssertTrue(bad.body.contains(#"<select name="kategori:\#(fixture.unitA11.id!)""#))
        }
    }
}
