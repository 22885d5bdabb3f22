import Fluent
import Vapor
import XCTest
import ZICore
@testable import ZIServer

/// The employee register: entry with NIP checks, search, the SIMPEG/SIASN import (dry run,
/// then apply, never taking another unit's employee), and who may read or keep it.
/// Runs on SQLite and PostgreSQL.
final class EmployeeRegisterTests: XCTestCase {
    static let nipA = "198001012005011001"
    static let nipB = "198502152010122002"

    func testEmployeesAreEnteredCheckedAndImported() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let unit = fixture.unitA1.id!
            let cookies = try await client.webLogin("anggota", Fixture.password)
            let csrf = try await client.csrfToken(cookies: cookies)
            let empty = try await client.send(.GET, "/units/\(unit)/employees", cookies: cookies)
            XCTAssertTrue(empty.body.contains("Belum ada pegawai"))
            let badNIP = try await client.send(
                .POST, "/units/\(unit)/employees",
                form: [
                    "_csrf": csrf, "nip": "19800101 200501 1 00", "name": "Siti Aminah", "lhkpnObliged": "1",
                ], cookies: cookies)
            XCTAssertEqual(badNIP.status, .unprocessableEntity)
            XCTAssertTrue(
                badNIP.body.contains("NIP harus 18 digit") && badNIP.body.contains("Siti Aminah"), "the reason and what was typed")
            let added = try await client.send(
                .POST, "/units/\(unit)/employees",
                form: [
                    "_csrf": csrf, "nip": "19800101 200501 1 001", "name": "Siti Aminah", "position": "Kepala Seksi", "echelon": "IV.a",
                    "lhkpnObliged": "1", "isActive": "1",
                ], cookies: cookies)
            XCTAssertEqual(added.status, .seeOther, added.body)
            let token = try await client.login("anggota", Fixture.password)
            let duplicate = try await client.send(
                .POST, "/api/v1/units/\(unit)/employees", token: token,
                json: ["nip": Self.nipA, "name": "Orang Lain"])
            XCTAssertEqual(duplicate.status, .conflict)
            let other = try await client.login("anggotab", Fixture.password)
            let inB = try await client.send(
                .POST, "/api/v1/units/\(fixture.unitB1.id!)/employees", token: other,
                json: ["nip": AnyEncodable(Self.nipB), "name": AnyEncodable("Budi Santoso"), "lhkpnObliged": AnyEncodable(false)])
            XCTAssertEqual(inB.status, .created, inB.body)

            let csv = """
                NIP Baru;Nama Lengkap;Jabatan;Eselon;Wajib LHKPN
                198001012005011001;Siti Aminah, S.E.;Kepala Seksi Pelayanan;IV.a;Ya
                199003032015031003;Rudi Hartono;Analis;;Tidak
                12345;Salah NIP;Staf;;Tidak
                \(Self.nipB);Budi Santoso;Staf;;Tidak
                """
            let preview = try await client.send(
                .POST, "/units/\(unit)/employees/import",
                multipart: [
                    "_csrf": .text(csrf), "file": .file("pegawai.csv", Array(csv.utf8)),
                ], cookies: cookies)
            XCTAssertEqual(preview.status, .ok, preview.body)
            XCTAssertTrue(preview.body.contains("NIP harus 18 digit"), "the bad row is named")
            XCTAssertTrue(preview.body.contains(Self.nipB), "the other unit's NIP is listed as left out")
            var count = try await Employee.query(on: app.db).count()
            XCTAssertEqual(count, 2, "nothing is stored by the dry run")
            let upload = try await EmployeeUpload.query(on: app.db).first()
            let uploadID = try XCTUnwrap(upload?.id)
            let applied = try await client.send(
                .POST, "/units/\(unit)/employees/import/\(uploadID)/commit", form: ["_csrf": csrf], cookies: cookies)
            XCTAssertEqual(applied.status, .seeOther)
            count = try await Employee.query(on: app.db).filter(\.$unit.$id == unit).count()
            XCTAssertEqual(count, 2, "Siti updated, Rudi added; the bad row and Budi left out")
            let siti = try await Employee.query(on: app.db).filter(\.$nip == Self.nipA).first()
            XCTAssertEqual(siti?.position, "Kepala Seksi Pelayanan")
            let budi = try await Employee.query(on: app.db).filter(\.$nip == Self.nipB).first()
            XCTAssertEqual(budi?.$unit.id, fixture.unitB1.id, "an import never moves another unit's employee")

            let found = try await client.send(.GET, "/api/v1/units/\(unit)/employees?q=rudi", token: token).json(ListPage<EmployeeDTO>.self)
            XCTAssertEqual(found.items.map(\.name), ["Rudi Hartono"])
            let byNIP = try await client.send(.GET, "/api/v1/units/\(unit)/employees?q=19800101%20200501", token: token).json(
                ListPage<EmployeeDTO>.self)
            XCTAssertEqual(byNIP.items.map(\.nipFormatted), ["19800101 200501 1 001"])
            let patched = try await client.send(
                .PATCH, "/api/v1/employees/\(siti!.id!)", token: token, json: ["isActive": AnyEncodable(false)])
            XCTAssertEqual(try patched.json(EmployeeDTO.self).isActive, false)
            XCTAssertEqual(try patched.json(EmployeeDTO.self).position, "Kepala Seksi Pelayanan", "fields not sent stay")

            let pegawai = try await client.login("pegawai", Fixture.password)
            let refused = try await client.send(.GET, "/api/v1/units/\(unit)/employees", token: pegawai)
            XCTAssertEqual(refused.status, .forbidden, "personal data is not for every employee")
            let elsewhere = try await client.send(.GET, "/api/v1/employees/\(budi!.id!)", token: token)
            XCTAssertNotEqual(elsewhere.status, .ok)
            let foreign = try await client.send(.PATCH, "/api/v1/employees/\(budi!.id!)", token: token, json: ["name": "Diubah"])
            XCTAssertEqual(foreign.status, .forbidden)
        }
    }
}
