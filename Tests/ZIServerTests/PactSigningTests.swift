import Fluent
import Vapor
import XCTest
import ZICore
@testable import ZIServer

/// An employee linked to an account signs their own pakta integritas in SIZI; the link is
/// made on the employee register and only to an account of the unit. Runs on SQLite and PostgreSQL.
final class PactSigningTests: XCTestCase {
    func testAnEmployeeSignsTheirOwnPact() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let unit = fixture.unitA1.id!
            let keeper = try await client.login("anggota", Fixture.password)
            let siti = try await client.send(
                .POST, "/api/v1/units/\(unit)/employees", token: keeper,
                json: ["nip": EmployeeRegisterTests.nipA, "name": "Siti Aminah"]
            ).json(EmployeeDTO.self)
            let pegawaiUser = try await User.query(on: app.db).filter(\.$username == "pegawai").first()!
            let otherUnitUser = try await User.query(on: app.db).filter(\.$username == "anggotab").first()!
            let foreign = try await client.send(
                .PATCH, "/api/v1/employees/\(siti.id)", token: keeper, json: ["userID": otherUnitUser.id!.uuidString])
            XCTAssertEqual(foreign.fieldErrors, ["userID"], "only an account of the unit")
            let linked = try await client.send(
                .PATCH, "/api/v1/employees/\(siti.id)", token: keeper, json: ["userID": pegawaiUser.id!.uuidString])
            XCTAssertEqual(linked.status, .ok, linked.body)

            let pegawai = try await client.login("pegawai", Fixture.password)
            struct Tasks: Decodable { let pact: PactStatus }
            let before = try await client.send(.GET, "/api/v1/tasks", token: pegawai).json(Tasks.self)
            XCTAssertEqual(before.pact.employeeName, "Siti Aminah")
            XCTAssertNil(before.pact.signedOn, "the task list reminds her")
            let signed = try await client.send(.POST, "/api/v1/pact/sign", token: pegawai).json(PactStatus.self)
            XCTAssertEqual(signed.signedOn, TestApp.clock.today().description)
            let pact = try await IntegrityPact.query(on: app.db).first()
            XCTAssertEqual(pact?.method, "Ditandatangani sendiri di SIZI")
            XCTAssertEqual(pact?.recordedBy, "pegawai")

            let unlinked = try await client.login("koordinator", Fixture.password)
            let refused = try await client.send(.POST, "/api/v1/pact/sign", token: unlinked)
            XCTAssertEqual(refused.errorCode, "pact_no_employee")
            let cookies = try await client.webLogin("pegawai", Fixture.password)
            let page = try await client.send(.GET, "/pact", cookies: cookies)
            XCTAssertTrue(page.body.contains("Anda telah menandatangani pakta integritas tahun ini"))
        }
    }
}
