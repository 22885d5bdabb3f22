import Fluent
import Vapor
import XCTest
import ZICore
@testable import ZIServer

/// Conflict-of-interest control: the matrix, declarations (a conflict must be described),
/// cases (finished only with their handling), semester monitoring, and who may keep them.
/// Runs on SQLite and PostgreSQL.
final class ConflictOfInterestTests: XCTestCase {
    func testMatrixDeclarationsCasesAndMonitoring() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let unit = fixture.unitA1.id!
            let token = try await client.login("anggota", Fixture.password)
            let employee = try await client.send(
                .POST, "/api/v1/units/\(unit)/employees", token: token,
                json: ["nip": EmployeeRegisterTests.nipA, "name": "Siti Aminah"]
            ).json(EmployeeDTO.self)
            let base = "/api/v1/units/\(unit)/conflicts"
            let matrix = try await client.send(
                .POST, "\(base)/matrix?year=2026", token: token,
                json: [
                    "function": "Pengadaan barang/jasa", "potential": "Rekanan masih keluarga pejabat pengadaan", "type": "keluarga",
                    "control": "Pernyataan tidak ada benturan kepentingan sebelum pemilihan", "owner": "PPK",
                ])
            XCTAssertEqual(matrix.status, .created, matrix.body)
            let vague = try await client.send(
                .POST, "\(base)/declarations?year=2026", token: token,
                json: ["employeeID": employee.id.uuidString, "date": "2026-01-15", "hasConflict": "on"])
            XCTAssertEqual(vague.fieldErrors, ["statement"], "a declared conflict must be described")
            let declared = try await client.send(
                .POST, "\(base)/declarations?year=2026", token: token,
                json: [
                    "employeeID": employee.id.uuidString, "date": "2026-01-15", "hasConflict": "on",
                    "statement": "Adik ipar pemilik CV Maju",
                ])
            XCTAssertEqual(declared.status, .created)
            _ = try await client.send(
                .POST, "\(base)/cases?year=2026", token: token, json: ["date": "2026-03-01", "description": "Rekanan keluarga ikut lelang"])
            let row = try await ConflictCase.query(on: app.db).first()!
            let early = try await client.send(.PATCH, "/api/v1/conflict-cases/\(row.id!)", token: token, json: ["status": "selesai"])
            XCTAssertEqual(early.fieldErrors, ["handling"])
            let done = try await client.send(
                .PATCH, "/api/v1/conflict-cases/\(row.id!)", token: token,
                json: ["status": "selesai", "handling": "Pejabat diganti dalam pemilihan ini"])
            XCTAssertEqual(done.status, .noContent)
            let quarter = try await client.send(
                .POST, "\(base)/monitoring", token: token, json: ["period": "2026-Q1", "findings": "x", "followUp": "y"])
            XCTAssertEqual(quarter.fieldErrors, ["period"], "monitoring is per semester")
            _ = try await client.send(
                .POST, "\(base)/monitoring", token: token,
                json: ["period": "2026-S1", "findings": "Satu kasus ditangani", "followUp": "Sosialisasi ulang"])
            let summary = try await client.send(.GET, "\(base)?year=2026", token: token).json(ConflictSummary.self)
            XCTAssertEqual(summary.risks.first?.type, "Hubungan keluarga/kekerabatan")
            XCTAssertEqual(summary.declarations.first?.statement, "Adik ipar pemilik CV Maju")
            XCTAssertEqual(summary.undeclared, 0)
            XCTAssertEqual(summary.cases.first?.status, "selesai")
            XCTAssertEqual(summary.monitorings.first?.periodLabel, "Semester I 2026")

            let cookies = try await client.webLogin("anggota", Fixture.password)
            let page = try await client.send(.GET, "/units/\(unit)/conflicts?year=2026", cookies: cookies)
            XCTAssertTrue(page.body.contains("Pengadaan barang/jasa") && page.body.contains("Pejabat diganti"))
            let pegawai = try await client.login("pegawai", Fixture.password)
            let refused = try await client.send(.GET, "\(base)?year=2026", token: pegawai)
            XCTAssertEqual(refused.status, .forbidden)
            let outsider = try await client.login("anggotab", Fixture.password)
            let foreign = try await client.send(.PATCH, "/api/v1/conflict-cases/\(row.id!)", token: outsider, json: ["status": "terbuka"])
            XCTAssertEqual(foreign.status, .forbidden)
        }
    }
}
