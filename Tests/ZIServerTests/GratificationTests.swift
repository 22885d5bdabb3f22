import Fluent
import Vapor
import XCTest
import ZICore
@testable import ZIServer

/// Gratification control: an employee reports a gift (checked against the rules in force,
/// with attachments), sees only their own reports; the UPG moves it to KPK, records the
/// decision and the handover, with working-day deadlines; the monthly report and the campaign
/// log. Runs on SQLite and PostgreSQL.
final class GratificationTests: XCTestCase {
    func testAnEmployeeReportsAndTheUPGForwardsToKPK() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let unit = fixture.unitA1.id!
            let pegawai = try await client.webLogin("pegawai", Fixture.password)
            let csrf = try await client.csrfToken(cookies: pegawai)
            let page = try await client.send(.GET, "/units/\(unit)/gratification", cookies: pegawai)
            XCTAssertTrue(page.body.contains("Belum ada laporan gratifikasi") && page.body.contains("multipart/form-data"))
            let bad = try await client.send(
                .POST, "/units/\(unit)/gratification",
                multipart: [
                    "_csrf": .text(csrf), "kind": .text("diterima"), "receivedOn": .text("2026-11-02"), "giver": .text("PT Rekanan"),
                    "relation": .text("pihakBerkepentingan"), "occasion": .text(""), "form": .text("barang"),
                    "description": .text("Parsel"), "value": .text("sejuta"), "whereabouts": .text("Disimpan di kantor"),
                ], cookies: pegawai)
            XCTAssertEqual(bad.status, .unprocessableEntity)
            XCTAssertTrue(
                bad.body.contains("Isi perkiraan nilai dalam rupiah") && bad.body.contains("PT Rekanan"), "what to fix, and what was typed")
            let filed = try await client.send(
                .POST, "/units/\(unit)/gratification",
                multipart: [
                    "_csrf": .text(csrf), "kind": .text("diterima"), "receivedOn": .text("2026-11-02"), "giver": .text("PT Rekanan"),
                    "relation": .text("pihakBerkepentingan"), "occasion": .text("Hari raya"), "form": .text("barang"),
                    "description": .text("Parsel"), "value": .text("1.500.000"), "whereabouts": .text("Disimpan di kantor"),
                    "attachments": .file("foto-parsel.png", EvidenceWebTests.png),
                ], cookies: pegawai)
            XCTAssertEqual(filed.status, .created, filed.body)
            XCTAssertTrue(filed.body.contains("wajib dilaporkan"), "a gift from an interested party must be reported")
            let report = try await GratificationReport.query(on: app.db).first()!
            XCTAssertEqual(report.value, 1_500_000)
            XCTAssertTrue(report.mustReport)

            let anggota = try await client.login("anggota", Fixture.password)
            let list = try await client.send(.GET, "/api/v1/units/\(unit)/gratification", token: anggota).json([GratificationDTO].self)
            XCTAssertEqual(list.count, 1, "the UPG sees the unit's reports")
            let steps = list[0].steps.map(\.stage)
            XCTAssertEqual(steps, ["reportToUPG", "forwardToKPK"])
            let koordinator = try await client.login("koordinator", Fixture.password)
            let others = try await client.send(.GET, "/api/v1/units/\(unit)/gratification", token: koordinator).json(
                [GratificationDTO].self)
            XCTAssertEqual(others.count, 0, "anyone else sees only their own")
            let notTheirs = try await client.send(.GET, "/api/v1/gratification/\(report.id!)", token: koordinator)
            XCTAssertEqual(notTheirs.status, .forbidden)
            let own = try await client.login("pegawai", Fixture.password)
            let mine = try await client.send(.GET, "/api/v1/gratification/\(report.id!)", token: own).json(GratificationDTO.self)
            XCTAssertEqual(mine.attachments.map(\.fileName), ["foto-parsel.png"])
            let cannotMove = try await client.send(
                .POST, "/api/v1/gratification/\(report.id!)/move", token: own, json: ["status": "ditelaah"])
            XCTAssertEqual(cannotMove.status, .forbidden, "the reporter does not handle their own report")

            let path = "/api/v1/gratification/\(report.id!)/move"
            let noReference = try await client.send(.POST, path, token: anggota, json: ["status": "diteruskan", "date": "2026-11-10"])
            XCTAssertEqual(noReference.fieldErrors, ["kpkReference"])
            let skip = try await client.send(.POST, path, token: anggota, json: ["status": "diserahkan", "date": "2026-11-10"])
            XCTAssertEqual(skip.errorCode, "gratification_step_not_allowed")
            let forwarded = try await client.send(
                .POST, path, token: anggota,
                json: ["status": "diteruskan", "date": "2026-11-10", "kpkReference": "GOL-2026-001"])
            XCTAssertEqual(try forwarded.json(GratificationDTO.self).steps.first { $0.stage == "forwardToKPK" }?.status, "doneOnTime")
            _ = try await client.send(
                .POST, path, token: anggota, json: ["status": "ditetapkan", "date": "2026-11-16", "decision": "milik_negara"])
            let decided = try await client.send(.GET, "/api/v1/gratification/\(report.id!)", token: anggota).json(GratificationDTO.self)
            // Monday 16 November 2026 + 7 working days = Wednesday 25 November.
            XCTAssertEqual(decided.steps.last?.stage, "handover")
            XCTAssertEqual(decided.steps.last?.due, "2026-11-25")
            struct Tasks: Decodable { let gratification: [GratificationDTO] }
            let reminded = try await client.send(.GET, "/api/v1/tasks", token: own).json(Tasks.self)
            XCTAssertEqual(
                reminded.gratification.map(\.id), [report.id!], "the handover, due on 25 November, is on the reporter's task list")
            let handed = try await client.send(.POST, path, token: anggota, json: ["status": "diserahkan", "date": "2026-11-20"])
            XCTAssertEqual(try handed.json(GratificationDTO.self).status, "diserahkan")

            // The report counts what was reported in the month, and reports are dated the day they arrive.
            let today = TestApp.clock.today().description
            let campaign = try await client.send(
                .POST, "/api/v1/units/\(unit)/gratification/campaigns", token: anggota,
                json: ["date": today, "title": "Sosialisasi UPG", "participants": "40"])
            XCTAssertEqual(campaign.status, .created)
            let monthly = try await client.send(.GET, "/api/v1/units/\(unit)/gratification/report?month=\(today.prefix(7))", token: anggota)
                .json(GratificationMonthlyReport.self)
            XCTAssertEqual(monthly.reports, 1)
            XCTAssertEqual(monthly.mustReport, 1)
            XCTAssertEqual(monthly.totalValue, 1_500_000)
            XCTAssertEqual(monthly.campaigns, 1)
            let refusedReport = try await client.send(.GET, "/api/v1/units/\(unit)/gratification/report", token: own)
            XCTAssertEqual(refusedReport.status, .forbidden)
            let outsider = try await client.login("anggotab", Fixture.password)
            let otherUnit = try await client.send(.GET, "/api/v1/units/\(unit)/gratification", token: outsider)
            XCTAssertEqual(otherUnit.status, .forbidden)
        }
    }

    func testTheUnitsOwnVerifiedRulesReplaceTheBundledOnes() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sizi-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let rules =
            #"{"id": "upg-2026", "source": "Peraturan KPK 2026 (diverifikasi UPG)", "validFrom": "2026-01-01", "validUntil": null, "needsVerification": false, "note": null, "categories": [{"id": "keluarga", "clause": "Pasal 2 ayat (3) huruf a", "label": "Pemberian dalam keluarga", "description": "Pemberian dalam keluarga sepanjang tidak terdapat konflik kepentingan.", "maxValuePerGift": null, "maxValuePerGiverPerYear": null, "excludesMoney": false, "requiresNoConflictOfInterest": true, "relations": ["keluarga"], "conditions": []}]}"#
        try Data(rules.utf8).write(to: folder.appendingPathComponent("upg-2026.json"))
        try await withApp(adjust: { $0.gratificationRulesDirectory = folder.path }) { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let cookies = try await client.webLogin("pegawai", Fixture.password)
            let page = try await client.send(.GET, "/units/\(fixture.unitA1.id!)/gratification", cookies: cookies)
            XCTAssertTrue(page.body.contains("Peraturan KPK 2026 (diverifikasi UPG)") && !page.body.contains("perlu diverifikasi oleh UPG"))
        }
    }

    func testTheUPGIsRemindedOfAReportPastTheLegalLimit() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let unit = fixture.unitA1.id!
            let pegawai = try await client.login("pegawai", Fixture.password)
            // Received on 1 October 2026 and reported late: 30 working days after receipt (12 November) have passed.
            let filed = try await client.send(
                .POST, "/api/v1/units/\(unit)/gratification", token: pegawai,
                json: [
                    "kind": "diterima", "receivedOn": "2026-10-01", "giver": "PT Rekanan", "relation": "pihakBerkepentingan",
                    "occasion": "Kunjungan", "form": "uang", "description": "Amplop", "value": "500000", "whereabouts": "Diserahkan ke UPG",
                ])
            XCTAssertEqual(filed.status, .created, filed.body)
            struct Tasks: Decodable { let upgGratification: [GratificationDTO] }
            let anggota = try await client.login("anggota", Fixture.password)
            let upg = try await client.send(.GET, "/api/v1/tasks", token: anggota).json(Tasks.self)
            XCTAssertEqual(upg.upgGratification.count, 1)
            XCTAssertEqual(upg.upgGratification.first?.steps.first { $0.stage == "forwardToKPK" }?.status, "overdue")
            let koordinator = try await client.login("koordinator", Fixture.password)
            let notUPG = try await client.send(.GET, "/api/v1/tasks", token: koordinator).json(Tasks.self)
            XCTAssertTrue(notUPG.upgGratification.isEmpty, "only the UPG is reminded")

            // Peraturan KPK 1/2026 (in force on 1 October 2026): the UPG's page names the
            // consequence of lateness and the 20-working-day document rule; the reporter's does not.
            let report = try await GratificationReport.query(on: app.db).first()!
            let upgPage = try await client.send(
                .GET, "/gratification/\(report.id!)", cookies: try await client.webLogin("anggota", Fixture.password))
            XCTAssertEqual(upgPage.status, .ok)
            XCTAssertTrue(
                upgPage.body.contains("lebih dari 30 hari kerja: gratifikasi dapat ditetapkan menjadi milik negara"), upgPage.body)
            XCTAssertTrue(
                upgPage.body.contains("melengkapinya paling lambat 20 hari kerja sejak diminta (Peraturan KPK Nomor 1 Tahun 2026"))
            XCTAssertTrue(upgPage.body.contains("Ketentuan periode perkpk-1-2026 belum dicocokkan"))
            let reporterPage = try await client.send(
                .GET, "/gratification/\(report.id!)", cookies: try await client.webLogin("pegawai", Fixture.password))
            XCTAssertEqual(reporterPage.status, .ok)
            XCTAssertFalse(reporterPage.body.contains("milik negara ("))
        }
    }
}
