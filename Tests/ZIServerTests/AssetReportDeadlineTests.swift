import Fluent
import Vapor
import XCTest
import ZICore

@testable import ZIServer

/// LHKPN/LHKASN filed on time or late: the periodic report is due 31 March, an appointment's or
/// leaving's report 3 months after it; a late filing is shown as late and not counted in the
/// suggested LKE answer; the register keepers set the kind, others may not.
final class AssetReportDeadlineTests: XCTestCase {
    func testALateFilingIsShownAndNotCountedInTheLKESuggestion() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let unit = fixture.unitA1.id!
            let token = try await client.login("anggota", Fixture.password)
            for (nip, name) in [(EmployeeRegisterTests.nipA, "Siti Aminah"), (EmployeeRegisterTests.nipB, "Budi Santoso")] {
                let reply = try await client.send(
                    .POST, "/api/v1/units/\(unit)/employees", token: token,
                    json: ["nip": AnyEncodable(nip), "name": AnyEncodable(name), "lhkpnObliged": AnyEncodable(true)])
                XCTAssertEqual(reply.status, .created, reply.body)
            }
            let listed = try await client.send(
                .POST, "/api/v1/units/\(unit)/registers/asset-obligations?year=2026", token: token, json: [String: String]())
            XCTAssertEqual(listed.status, .created, listed.body)
            let reports = try await AssetReport.query(on: app.db).with(\.$employee).all()
            let siti = try XCTUnwrap(reports.first { $0.employee.name == "Siti Aminah" })
            let budi = try XCTUnwrap(reports.first { $0.employee.name == "Budi Santoso" })

            // The periodic report of 2026 filed on 2 April: late.
            let late = try await client.send(
                .PATCH, "/api/v1/asset-reports/\(siti.id!)", token: token, json: ["group": "lhkpn-pejabat", "date": "2026-04-02"])
            XCTAssertEqual(late.status, .noContent, late.body)
            // Appointed on 1 October, filed on 30 December: within 3 months.
            let noDay = try await client.send(
                .PATCH, "/api/v1/asset-reports/\(budi.id!)", token: token,
                json: ["group": "lhkpn-pejabat", "reportKind": "pengangkatan", "date": "2026-12-30"])
            XCTAssertEqual(noDay.fieldErrors, ["eventDate"], "an appointment's report needs its date")
            let badKind = try await client.send(.PATCH, "/api/v1/asset-reports/\(budi.id!)", token: token, json: ["reportKind": "tahunan"])
            XCTAssertEqual(badKind.fieldErrors, ["reportKind"])
            let onTime = try await client.send(
                .PATCH, "/api/v1/asset-reports/\(budi.id!)", token: token,
                json: ["group": "lhkpn-pejabat", "reportKind": "pengangkatan", "eventDate": "2026-10-01", "date": "2026-12-30"])
            XCTAssertEqual(onTime.status, .noContent, onTime.body)

            let summary = try await client.send(.GET, "/api/v1/units/\(unit)/registers?year=2026", token: token).json(RegisterSummary.self)
            XCTAssertEqual(summary.reportsFiled, 2)
            XCTAssertEqual(summary.reportsLate, 1)
            let sitiRow = try XCTUnwrap(summary.reports.first { $0.name == "Siti Aminah" })
            XCTAssertEqual([sitiRow.due, sitiRow.kind], ["2026-03-31", "periodik"])
            XCTAssertTrue(sitiRow.late)
            let budiRow = try XCTUnwrap(summary.reports.first { $0.name == "Budi Santoso" })
            XCTAssertEqual([budiRow.due, budiRow.eventOn], ["2027-01-01", "2026-10-01"])
            XCTAssertFalse(budiRow.late)
            let suggestion = try XCTUnwrap(summary.suggestions.first { $0.questionID == "A.II.5.iii.i.a" })
            XCTAssertEqual(
                suggestion.answer, .inputs(["kepalaSatuanKerja": 0, "pejabatWajibLhkpn": 2, "lainnya": 0, "sudahMelaporkan": 1]))
            XCTAssertTrue(suggestion.basis.contains("1 penyampaian LHKPN lewat batas waktu"), suggestion.basis)

            // The Tabel 5 prerequisite counts the on-time filing only, and says so.
            let checklist = try await client.send(.GET, "/api/v1/units/\(unit)/prerequisites/2026", token: token)
                .json(PrerequisiteChecklist.self)
            let compliance = try XCTUnwrap(checklist.lines.first { $0.id == "kepatuhan-lhkpn-lhkasn" })
            XCTAssertEqual(compliance.computed?.value, "50")
            XCTAssertTrue(compliance.computed?.basis.contains("1 dari 2 wajib lapor") ?? false, compliance.computed?.basis ?? "")
            XCTAssertTrue(compliance.computed?.basis.contains("1 terlambat") ?? false)
            XCTAssertNil(compliance.value)
            XCTAssertEqual(compliance.meetsWBK, false, "judged on the register while nothing is recorded")

            let cookies = try await client.webLogin("anggota", Fixture.password)
            let checklistPage = try await client.send(.GET, "/units/\(unit)/prerequisites?year=2026", cookies: cookies)
            XCTAssertTrue(checklistPage.body.contains("Dari register: 50%."), checklistPage.body)
            let page = try await client.send(.GET, "/units/\(unit)/registers?year=2026", cookies: cookies)
            XCTAssertTrue(page.body.contains("1 laporan disampaikan lewat batas waktu"), page.body)
            XCTAssertTrue(page.body.contains("terlambat"))

            let reader = try await client.login("koordinator", Fixture.password)
            let refused = try await client.send(.PATCH, "/api/v1/asset-reports/\(siti.id!)", token: reader, json: ["date": "2026-03-01"])
            XCTAssertEqual(refused.status, .forbidden)
        }
    }
}
