import Fluent
import Vapor
import XCTest
import ZICore
@testable import ZIServer

/// The integrity registers of a year and the LKE answers they suggest, computed from the
/// rows: pakta integritas, LHKPN/LHKASN obligations and filings, discipline against the year
/// before, agents of change and their changes, simplified services. Runs on SQLite and PostgreSQL.
final class IntegrityRegisterTests: XCTestCase {
    func testRegistersOfAYearSuggestTheLKEAnswers() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let unit = fixture.unitA1.id!
            let token = try await client.login("anggota", Fixture.password)
            func add(_ nip: String, _ name: String, lhkpn: Bool, echelon: String?) async throws -> UUID {
                let reply = try await client.send(
                    .POST, "/api/v1/units/\(unit)/employees", token: token,
                    json: [
                        "nip": AnyEncodable(nip), "name": AnyEncodable(name), "lhkpnObliged": AnyEncodable(lhkpn),
                        "echelon": AnyEncodable(echelon),
                    ])
                return try reply.json(EmployeeDTO.self).id
            }
            let siti = try await add(EmployeeRegisterTests.nipA, "Siti Aminah", lhkpn: true, echelon: "III.a")
            let budi = try await add(EmployeeRegisterTests.nipB, "Budi Santoso", lhkpn: true, echelon: "IV.a")
            let rudi = try await add("199003032015031003", "Rudi Hartono", lhkpn: false, echelon: "IV.b")
            let base = "/api/v1/units/\(unit)/registers"
            func post(_ path: String, _ body: [String: String], year: Int = 2026) async throws -> Client.Reply {
                try await client.send(.POST, "\(base)/\(path)?year=\(year)", token: token, json: body)
            }
            func created(_ path: String, _ body: [String: String], year: Int = 2026) async throws {
                let reply = try await post(path, body, year: year)
                XCTAssertEqual(reply.status, .created, reply.body)
            }

            try await created("pacts", ["employeeID": siti.uuidString, "date": "2026-01-10"])
            let wrongEmployee = try await post("pacts", ["employeeID": UUID().uuidString, "date": "2026-01-10"])
            XCTAssertEqual(wrongEmployee.fieldErrors, ["employeeID"])
            try await created("asset-obligations", [:])
            let obligations = try await AssetReport.query(on: app.db).all()
            XCTAssertEqual(obligations.count, 3)
            let rudiReport = try XCTUnwrap(obligations.first { $0.$employee.id == rudi })
            XCTAssertEqual(
                rudiReport.group, AssetReportGroup.lhkasnPengawas.rawValue, "echelon IV without LHKPN files an LHKASN as supervisor")
            let sitiReport = try XCTUnwrap(obligations.first { $0.$employee.id == siti })
            let filed = try await client.send(
                .PATCH, "/api/v1/asset-reports/\(sitiReport.id!)", token: token,
                json: ["group": "lhkpn-kepala", "date": "2026-03-20"])
            XCTAssertEqual(filed.status, .noContent)
            let badDate = try await client.send(
                .PATCH, "/api/v1/asset-reports/\(rudiReport.id!)", token: token, json: ["date": "2026-13-01"])
            XCTAssertEqual(badDate.fieldErrors, ["date"])

            try await created("discipline", ["date": "2025-05-01", "description": "Bolos"], year: 2025)
            try await created("discipline", ["date": "2025-06-01", "description": "Terlambat"], year: 2025)
            try await created(
                "discipline",
                [
                    "date": "2026-02-01", "description": "Bolos", "employeeID": budi.uuidString,
                    "sanction": "Teguran tertulis",
                ])
            let wrongYear = try await post("discipline", ["date": "2025-12-31", "description": "Salah tahun"])
            XCTAssertEqual(wrongYear.fieldErrors, ["date"])

            try await created("agents", ["employeeID": budi.uuidString, "decreeNumber": "SK-12/2026", "date": "2026-01-05"])
            let twice = try await post("agents", ["employeeID": budi.uuidString, "decreeNumber": "SK-13/2026", "date": "2026-01-05"])
            XCTAssertEqual(twice.status, .conflict)
            let agent = try await ChangeAgent.query(on: app.db).first()
            for (title, integrated) in [("Antrean daring", "on"), ("Papan informasi", "")] {
                try await created(
                    "changes",
                    [
                        "agentID": agent!.id!.uuidString, "title": title, "date": "2026-04-01",
                        "integrated": integrated,
                    ])
            }
            let services = try await client.send(.POST, "/api/v1/units/\(unit)/survey/services", token: token, json: ["name": "Perizinan"])
            let serviceID = try services.json([String: String].self)["id"] ?? ""
            _ = try await client.send(.POST, "/api/v1/units/\(unit)/survey/services", token: token, json: ["name": "Informasi"])
            try await created("simplifications", ["serviceID": serviceID, "kind": "waktu", "description": "Dari 5 menjadi 2 hari"])

            try await created(
                "innovations", ["title": "Layanan antar jemput berkas", "date": "2026-05-02", "description": "Berkas dijemput kurir"])
            let lateInnovation = try await post("innovations", ["title": "Lama", "date": "2025-05-02", "description": "x"])
            XCTAssertEqual(lateInnovation.fieldErrors, ["date"])
            let summary = try await client.send(.GET, "\(base)?year=2026", token: token).json(RegisterSummary.self)
            XCTAssertEqual(summary.innovations.map(\.title), ["Layanan antar jemput berkas"])
            XCTAssertEqual(summary.pactsSigned, 1)
            XCTAssertEqual(summary.reportsFiled, 1)
            XCTAssertEqual(summary.casesLastYear, 2)
            let answers = Dictionary(uniqueKeysWithValues: summary.suggestions.map { ($0.questionID, $0.answer) })
            XCTAssertEqual(
                answers["A.II.5.iii.i.a"], .inputs(["kepalaSatuanKerja": 1, "pejabatWajibLhkpn": 1, "lainnya": 0, "sudahMelaporkan": 1]))
            XCTAssertEqual(
                answers["A.II.3.iii.a"], .inputs(["pelanggaranTahunSebelumnya": 2, "pelanggaranTahunIni": 1, "pelanggaranDisanksi": 1]))
            XCTAssertEqual(answers["A.II.1.i.a"], .inputs(["agenPerubahan": 1, "perubahanDibuat": 2]))
            XCTAssertEqual(answers["A.II.1.i.b"], .inputs(["perubahanDibuat": 2, "perubahanTerintegrasi": 1]))
            XCTAssertEqual(answers["A.II.6.i.b"], .inputs(["layananTerdata": 2, "layananDipermudah": 1]))

            let assessment = try await PlanFixture.assessment(app, unit: fixture.unitA1)
            let cookies = try await client.webLogin("anggota", Fixture.password)
            let area5 = try await client.send(.GET, "/assessments/\(assessment.id!)?part=5", cookies: cookies)
            XCTAssertTrue(
                area5.body.contains("Kepala satuan kerja: 1") && area5.body.contains("/units/\(unit)/registers?year=2026"), area5.body)
            let page = try await client.send(.GET, "/units/\(unit)/registers?year=2026", cookies: cookies)
            XCTAssertTrue(
                page.body.contains("Antrean daring") && page.body.contains("Dari 5 menjadi 2 hari")
                    && page.body.contains("Teguran tertulis"))

            let pegawai = try await client.login("pegawai", Fixture.password)
            let refused = try await client.send(.GET, "\(base)?year=2026", token: pegawai)
            XCTAssertEqual(refused.status, .forbidden)
            let evaluator = try await client.login("evaluator", Fixture.password)
            let reads = try await client.send(.GET, "\(base)?year=2026", token: evaluator)
            XCTAssertEqual(reads.status, .ok)
            let cannotWrite = try await client.send(
                .POST, "\(base)/pacts?year=2026", token: evaluator, json: ["employeeID": rudi.uuidString])
            XCTAssertEqual(cannotWrite.status, .forbidden)
        }
    }
}
