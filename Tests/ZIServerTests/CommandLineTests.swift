import Fluent
import XCTest
@testable import ZIServer

/// The work behind `sizi user …`, `sizi unit …` and `sizi audit verify`.
final class CommandLineTests: XCTestCase {
    func testUnitAndUserCommandsCreateAuditedRecords() async throws {
        try await withApp { app, client in
            let unit = try await UnitAdmin.create(
                app, instansiCode: "bsip", instansiName: "BSIP", code: "PSI-BUN",
                name: "Pusat Standardisasi Instrumen Perkebunan", parentCode: nil,
                address: nil, headName: nil, headNIP: nil)
            XCTAssertTrue(unit.contains("PSI-BUN"))
            let child = try await UnitAdmin.create(
                app, instansiCode: "BSIP", instansiName: nil, code: "KP-1", name: "Kebun",
                parentCode: "psi-bun", address: nil, headName: nil, headNIP: nil)
            XCTAssertTrue(child.contains("KP-1"))
            let listing = try await UnitAdmin.list(app)
            XCTAssertEqual(listing, ["BSIP\tBSIP", "  PSI-BUN\tPusat Standardisasi Instrumen Perkebunan", "    KP-1\tKebun"])

            let created = try await UserAdmin.create(
                app, username: "koordinator1", displayName: "Koordinator", email: nil,
                password: "Koordinasi2026", role: "koordinator_area", scope: "PSI-BUN", area: 4)
            XCTAssertTrue(created.contains("koordinator_area"))
            _ = try await client.login("koordinator1", "Koordinasi2026")
            try await UserAdmin.disable(app, username: "koordinator1")
            let refused = try await client.send(.POST, "/api/v1/login", json: ["username": "koordinator1", "password": "Koordinasi2026"])
            XCTAssertEqual(refused.errorCode, "account_disabled")
            let users = try await UserAdmin.list(app)
            XCTAssertTrue(users.contains("koordinator1\tKoordinator\tnonaktif\tkoordinator_area"))
            let actors = try await AuditEntry.query(on: app.db).filter(\.$entity == "unit").all().map(\.actorName)
            XCTAssertTrue(actors.allSatisfy { $0.hasPrefix("cli:") })
        }
    }

    func testCommandErrorsExplainWhatToFix() async throws {
        try await withApp { app, _ in
            do {
                _ = try await UserAdmin.create(
                    app, username: "ab", displayName: "", email: nil, password: "x",
                    role: nil, scope: nil, area: nil)
                XCTFail("expected a validation error")
            } catch let error as CommandLineError {
                XCTAssertTrue(error.description.contains("username: Nama pengguna minimal 3 karakter."))
                XCTAssertTrue(error.description.contains("displayName: Wajib diisi."))
            }
            do {
                try await UserAdmin.setPassword(app, username: "tidakada", password: "Apapun12345")
                XCTFail("expected an unknown user")
            } catch let error as CommandLineError {
                XCTAssertTrue(error.description.contains("tidakada"))
            }
            do {
                _ = try await UnitAdmin.create(
                    app, instansiCode: "BARU", instansiName: nil, code: "X", name: "X",
                    parentCode: nil, address: nil, headName: nil, headNIP: nil)
                XCTFail("expected a missing agency")
            } catch let error as CommandLineError {
                XCTAssertTrue(error.description.contains("--instansi-name"))
            }
        }
    }
}
