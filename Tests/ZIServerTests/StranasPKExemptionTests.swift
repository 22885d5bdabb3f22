import Fluent
import Vapor
import XCTest
import ZICore

@testable import ZIServer

/// A unit's service type is recorded (page and API, checked), and the Stranas PK exemption of
/// Tabel 5 is applied and shown where it fits: a priority service of a regional government.
/// Runs on SQLite and PostgreSQL.
final class StranasPKExemptionTests: XCTestCase {
    func testARegionalHospitalIsExemptAndSaysWhy() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let admin = try await client.login("admin", TestApp.adminPassword)
            let path = "/api/v1/units/\(fixture.unitA1.id!)/prerequisites/2026"
            let before = try await client.send(.GET, path, token: admin).json(PrerequisiteChecklist.self)
            XCTAssertNil(before.stranasPKExemption)
            XCTAssertNil(before.serviceType)

            let unknown = try await client.send(
                .PATCH, "/api/v1/units/\(fixture.unitA1.id!)", token: admin, json: ["serviceType": "rumah-sakit"])
            XCTAssertEqual(unknown.fieldErrors, ["serviceType"])
            let hospital = try await client.send(.PATCH, "/api/v1/units/\(fixture.unitA1.id!)", token: admin, json: ["serviceType": "rsud"])
            XCTAssertEqual(try hospital.json(UnitDTO.self).serviceType, "rsud")
            let central = try await client.send(.GET, path, token: admin).json(PrerequisiteChecklist.self)
            XCTAssertNil(central.stranasPKExemption, "a ministry's hospital is not covered")

            _ = try await client.send(.PATCH, "/api/v1/instansi/\(fixture.instansiA.id!)", token: admin, json: ["isPemerintahDaerah": true])
            let regional = try await client.send(.GET, path, token: admin).json(PrerequisiteChecklist.self)
            XCTAssertTrue(regional.stranasPKExemption?.contains("Stranas PK") ?? false)
            let cookies = try await client.webLogin("adminka", Fixture.password)
            let page = try await client.send(.GET, "/units/\(fixture.unitA1.id!)/prerequisites?year=2026", cookies: cookies)
            XCTAssertTrue(page.body.contains("Pengecualian Stranas PK berlaku untuk unit ini:"), page.body)

            let other = try await client.send(.PATCH, "/api/v1/units/\(fixture.unitA1.id!)", token: admin, json: ["serviceType": "lainnya"])
            XCTAssertEqual(other.status, .ok)
            let notCovered = try await client.send(.GET, path, token: admin).json(PrerequisiteChecklist.self)
            XCTAssertNil(notCovered.stranasPKExemption)
            let cleared = try await client.send(.PATCH, "/api/v1/units/\(fixture.unitA1.id!)", token: admin, json: ["serviceType": ""])
            XCTAssertNil(try cleared.json(UnitDTO.self).serviceType)

            // The unit form offers the service types and keeps the choice.
            let csrf = try await client.csrfToken(cookies: cookies)
            let form = try await client.send(.GET, "/units/\(fixture.unitA1.id!)/edit", cookies: cookies)
            XCTAssertTrue(form.body.contains("Dukcapil (kependudukan dan pencatatan sipil)"), form.body)
            let saved = try await client.send(
                .POST, "/units/\(fixture.unitA1.id!)", form: ["_csrf": csrf, "name": "Balai A1", "code": "A1", "serviceType": "dukcapil"],
                cookies: cookies)
            XCTAssertEqual(saved.status, .seeOther, saved.body)
            let stored = try await WorkUnit.find(fixture.unitA1.id, on: app.db)
            XCTAssertEqual(stored?.serviceType, "dukcapil")
        }
    }
}
