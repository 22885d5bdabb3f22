import Fluent
import Vapor
import XCTest
import ZICore

@testable import ZIServer

/// Reminders of what people oversee: gratification steps (the reporter and the UPG), unfiled
/// LHKPN/LHKASN (the register's keepers), an assessment waiting for the TPI (the evaluators) and
/// a whistleblowing report waiting for a handler (its handlers, with no word of the report).
/// Runs on SQLite and PostgreSQL.
final class OversightReminderTests: XCTestCase {
    private let today = CalendarDate(iso: "2026-12-07")!

    private func reminders(_ app: Application, of username: String) async throws -> [Reminder] {
        let user = try await User.query(on: app.db).filter(\.$username == username).first()!
        return try await Reminder.query(on: app.db).filter(\.$user.$id == user.id!).all()
    }

    func testEachDeadlineRemindsThoseWhoMustActOnIt() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let handler = try await WBSTestHandler.make(fixture, "pengelola", unit: fixture.unitA1)
            let unit = fixture.unitA1.id!

            // A gratification report received on 2 November: its steps run toward their limits.
            let pegawai = try await client.webLogin("pegawai", Fixture.password)
            let csrf = try await client.csrfToken(cookies: pegawai)
            let filed = try await client.send(
                .POST, "/units/\(unit)/gratification",
                multipart: [
                    "_csrf": .text(csrf), "kind": .text("diterima"), "receivedOn": .text("2026-11-02"), "giver": .text("PT Rekanan"),
                    "relation": .text("pihakBerkepentingan"), "occasion": .text("Hari raya"), "form": .text("barang"),
                    "description": .text("Parsel rahasia"), "value": .text("1.500.000"), "whereabouts": .text("Disimpan di kantor"),
                ], cookies: pegawai)
            XCTAssertEqual(filed.status, .created, filed.body)
            // LHKPN obligations of 2026, unfiled after 31 March.
            let member = try await client.login("anggota", Fixture.password)
            for (nip, name) in [(EmployeeRegisterTests.nipA, "Siti Aminah"), (EmployeeRegisterTests.nipB, "Budi Santoso")] {
                _ = try await client.send(
                    .POST, "/api/v1/units/\(unit)/employees", token: member,
                    json: ["nip": AnyEncodable(nip), "name": AnyEncodable(name), "lhkpnObliged": AnyEncodable(true)])
            }
            let listed = try await client.send(
                .POST, "/api/v1/units/\(unit)/registers/asset-obligations?year=2026", token: member, json: [String: String]())
            XCTAssertEqual(listed.status, .created, listed.body)
            // An assessment submitted by the head.
            let assessment = try await PlanFixture.assessment(app, unit: fixture.unitA1)
            let head = try await client.login("pimpinana1", Fixture.password)
            let submitted = try await client.send(.POST, "/api/v1/assessments/\(assessment.id!)/submit", token: head)
            XCTAssertEqual(submitted.status, .ok, submitted.body)
            // A whistleblowing report.
            let (wbs, _) = try await WBSTest.submit(client, to: fixture.unitA1, withAttachment: false)
            XCTAssertEqual(wbs.status, .created, wbs.body)

            let day = today
            let created = try await app.write { db in try await ReminderScan.run(today: day, mailAvailable: false, on: db) }
            XCTAssertGreaterThan(created, 0)
            let again = try await app.write { db in try await ReminderScan.run(today: day, mailAvailable: false, on: db) }
            XCTAssertEqual(again, 0)

            // The UPG's forwarding to KPK comes within the lead time on its due day.
            let report = try await GratificationReport.query(on: app.db).first()!
            let calendar = try await Holidays.calendar(on: app.db)
            let forward = try XCTUnwrap(
                GratificationDTO(report, deadlines: .standard, calendar: calendar, today: day).steps.first { $0.stage == "forwardToKPK" })
            let forwardDue = try XCTUnwrap(CalendarDate(iso: forward.due))
            _ = try await app.write { db in try await ReminderScan.run(today: forwardDue, mailAvailable: false, on: db) }
            let reporter = try await reminders(app, of: "pegawai")
            XCTAssertTrue(reporter.isEmpty, "forwarding to KPK is the UPG's step, not the reporter's")
            let upg = try await RoleHolders.ids(holding: .manageGratification, on: fixture.unitA1, db: app.db)
            XCTAssertFalse(upg.isEmpty)
            let upgReminders = try await Reminder.query(on: app.db).filter(\.$user.$id ~~ upg)
                .filter(\.$kind == "gratification_due_soon").all()
            XCTAssertEqual(Set(upgReminders.map { $0.$user.id }), upg, "every UPG of the unit")
            XCTAssertFalse(
                upgReminders.contains { $0.title.contains("Parsel") || $0.title.contains("PT Rekanan") }, "no content of the report")

            let keepers = try await RoleHolders.ids(holding: .manageRegisters, on: fixture.unitA1, db: app.db)
            let assets = try await Reminder.query(on: app.db).filter(\.$kind == "asset_report_overdue").all()
            XCTAssertEqual(Set(assets.map { $0.$user.id }), keepers)
            XCTAssertEqual(Set(assets.map(\.title)), ["2 × LHKPN/LHKASN"])
            XCTAssertEqual(Set(assets.map(\.dueOn)), ["2026-03-31"])

            let evaluator = try await reminders(app, of: "evaluator")
            XCTAssertEqual(evaluator.filter { $0.kind == "review_waiting" }.map(\.title), ["LKE 2026"])
            let otherAgency = try await reminders(app, of: "anggotab")
            XCTAssertFalse(otherAgency.contains { $0.kind == "review_waiting" }, "not another agency's TPI")

            let handled = try await Reminder.query(on: app.db).filter(\.$kind == "wbs_waiting").all()
            XCTAssertEqual(handled.map { $0.$user.id }, [handler.userID], "only the unit's handler, not the administrator")
            XCTAssertEqual(handled.first?.title, "WBS")
        }
    }

    func testAnUnconfirmedProposalListNearItsCutOffRemindsTheAgencyAdministrators() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let admin = try await client.login("adminka", Fixture.password)
            let saved = try await client.send(
                .PUT, "/api/v1/instansi/\(fixture.instansiA.id!)/proposals/2026", token: admin,
                rawBody: #"{"cutoff": "2026-12-10", "units": []}"#)
            XCTAssertEqual(saved.status, .ok, saved.body)
            let early = try await app.write { db in
                try await ReminderScan.run(today: CalendarDate(iso: "2026-12-01")!, mailAvailable: false, on: db)
            }
            XCTAssertEqual(early, 0, "not yet within the lead time")
            _ = try await app.write { db in
                try await ReminderScan.run(today: CalendarDate(iso: "2026-12-08")!, mailAvailable: false, on: db)
            }
            let managers = try await RoleHolders.ids(holding: .manageProposals, onInstansi: fixture.instansiA.id!, db: app.db)
            XCTAssertFalse(managers.isEmpty)
            let reminded = try await Reminder.query(on: app.db).filter(\.$kind == "proposal_cutoff").all()
            XCTAssertEqual(Set(reminded.map { $0.$user.id }), managers)
            XCTAssertEqual(Set(reminded.map(\.title)), ["ZI 2026"])
            let otherAgency = try await RoleHolders.ids(holding: .manageProposals, onInstansi: fixture.instansiB.id!, db: app.db)
            XCTAssertTrue(otherAgency.isDisjoint(with: managers))

            let confirmed = try await client.send(
                .PUT, "/api/v1/instansi/\(fixture.instansiA.id!)/proposals/2026", token: admin,
                rawBody: #"{"cutoff": "2026-12-10", "confirm": true, "units": []}"#)
            XCTAssertEqual(confirmed.status, .ok, confirmed.body)
            try await Reminder.query(on: app.db).delete()
            let afterConfirm = try await app.write { db in
                try await ReminderScan.run(today: CalendarDate(iso: "2026-12-09")!, mailAvailable: false, on: db)
            }
            XCTAssertEqual(afterConfirm, 0, "a confirmed list needs no reminder")
        }
    }
}
