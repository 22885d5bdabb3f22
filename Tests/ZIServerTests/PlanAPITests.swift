import Fluent
import Vapor
import XCTest
import ZICore
import ZIDocuments
@testable import ZIServer

/// The work plan through the API: starting it (template, last year, import), the import's
/// dry run and commit, editing with the schedule parsed, approval and re-opening.
final class PlanAPITests: XCTestCase {
    /// A small plan table in the column layout of the real plans (merged cells left empty).
    static let csv = """
        NO,KOMPONEN/AREA,INDIKATOR,LANGKAH AKSI,BUKTI FISIK,TARGET WAKTU,% REALISASI
        I,MANAJEMEN PERUBAHAN,,,,,
        1,,Tim Kerja,Menyusun SK Tim Kerja,"SK Tim Kerja
        Notulen rapat",Januari 2026,100
        2,,,Rapat koordinasi tim,Daftar hadir; Notulen,"Maret, Juni, September, Desember 2026",50
        II,PENATAAN TATALAKSANA,,,,,
        3,,SOP,Menyusun SOP layanan,Dokumen SOP,setiap ada perubahan layanan,
        """

    func testPlanFromTheLKETemplateHasOneIndicatorPerPengungkitQuestion() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let token = try await client.login("anggota", Fixture.password)
            let created = try await client.send(
                .POST, "/api/v1/units/\(fixture.unitA1.id!)/plans", token: token,
                json: ["year": AnyEncodable(2026), "origin": AnyEncodable("lke")])
            XCTAssertEqual(created.status, .created, created.body)
            let plan = try created.json(PlanDetailDTO.self)
            let template = try XCTUnwrap(app.lke.entry(LKECatalog.defaultFrameworkID).planTemplate)
            let indicators = plan.areas.flatMap(\.indicators)
            XCTAssertEqual(plan.areas.map(\.standardNumber), [1, 2, 3, 4, 5, 6])
            XCTAssertEqual(indicators.count, template.items.count)
            XCTAssertEqual(Set(indicators.compactMap(\.lkeQuestionID)), Set(template.items.map(\.questionID)))
            let actions = indicators.flatMap(\.actions)
            XCTAssertEqual(actions.count, template.items.reduce(0) { $0 + $1.actions.count })
            XCTAssertTrue(
                actions.allSatisfy { $0.targetWaktu?.contains("2026") == true }, "the template's timing is dated in the plan year")
            XCTAssertTrue(actions.allSatisfy { !$0.needsScheduling }, "every template timing is understood")
            XCTAssertEqual(plan.plan.cadence, "triwulan")

            let again = try await client.send(
                .POST, "/api/v1/units/\(fixture.unitA1.id!)/plans", token: token,
                json: ["year": AnyEncodable(2026)])
            XCTAssertEqual(again.errorCode, "plan_exists")
            let bad = try await client.send(
                .POST, "/api/v1/units/\(fixture.unitA1.id!)/plans", token: token,
                json: [
                    "year": AnyEncodable(2026), "origin": AnyEncodable("fotokopi"),
                    "cadence": AnyEncodable("harian"),
                ])
            XCTAssertEqual(bad.status, .unprocessableEntity)
            XCTAssertTrue(bad.body.contains("origin") && bad.body.contains("cadence"), bad.body)
        }
    }

    func testImportDryRunThenCommitAllOrNothing() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let token = try await client.login("anggota", Fixture.password)
            let plan = try await PlanFixture.plan(app, unit: fixture.unitA1)
            let preview = try await client.send(
                .POST, "/api/v1/plans/\(plan.id!)/import?dryRun=true", token: token,
                bytes: Array(Self.csv.utf8))
            XCTAssertEqual(preview.status, .ok, preview.body)
            let rows = try preview.json(PlanImportPreview.self)
            XCTAssertEqual(rows.rows.map(\.langkahAksi), ["Menyusun SK Tim Kerja", "Rapat koordinasi tim", "Menyusun SOP layanan"])
            XCTAssertEqual(rows.needsScheduling, 1)
            let unchanged = try await client.send(.GET, "/api/v1/plans/\(plan.id!)", token: token).json(PlanDetailDTO.self)
            XCTAssertEqual(unchanged.areas.flatMap(\.indicators).flatMap(\.actions).count, 2, "a dry run stores nothing")

            let wrong = try await client.send(
                .POST, "/api/v1/plans/\(plan.id!)/import", token: token,
                bytes: Array("NAMA,ALAMAT\nBudi,Jakarta\n".utf8))
            XCTAssertEqual(wrong.errorCode, "plan_import_unreadable")
            XCTAssertTrue(wrong.body.contains("Langkah Aksi"), "the message names the missing columns: \(wrong.body)")

            let committed = try await client.send(
                .POST, "/api/v1/plans/\(plan.id!)/import?fileName=rencana.csv", token: token,
                bytes: Array(Self.csv.utf8))
            XCTAssertEqual(committed.status, .ok, committed.body)
            let detail = try committed.json(PlanDetailDTO.self)
            XCTAssertEqual(detail.areas.map(\.name), ["Manajemen Perubahan", "Penataan Tatalaksana"])
            let actions = detail.areas.flatMap(\.indicators).flatMap(\.actions)
            XCTAssertEqual(actions.map(\.buktiFisik), [["SK Tim Kerja", "Notulen rapat"], ["Daftar hadir", "Notulen"], ["Dokumen SOP"]])
            XCTAssertEqual(actions[1].schedule?.dueDates.map(\.description), ["2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31"])
            XCTAssertEqual(actions[2].targetWaktu, "setiap ada perubahan layanan", "an unreadable timing is kept as written")
            XCTAssertTrue(actions[2].needsScheduling)
            XCTAssertEqual(actions[0].realisasiPercent, 100)
            XCTAssertEqual(actions[0].status, "selesai")
            XCTAssertTrue(detail.plan.showRealisasi)
            let audit = try await AuditEntry.query(on: app.db).filter(\.$entity == "work_plan").filter(\.$action == "import").count()
            XCTAssertEqual(audit, 1)
        }
    }

    func testEditingParsesTheTimingAndRefusesBadInput() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let token = try await client.login("anggota", Fixture.password)
            let plan = try await PlanFixture.plan(app, unit: fixture.unitA1)
            let detail = try await client.send(.GET, "/api/v1/plans/\(plan.id!)", token: token).json(PlanDetailDTO.self)
            let indicator = detail.areas[0].indicators[0]
            let pic = try await User.query(on: app.db).filter(\.$username == "agen").first()!
            let added = try await client.send(
                .POST, "/api/v1/plans/\(plan.id!)/indicators/\(indicator.id)/actions", token: token,
                json: [
                    "langkahAksi": AnyEncodable("Sosialisasi ZI"),
                    "buktiFisik": AnyEncodable(["Materi", "Daftar hadir"]),
                    "targetWaktu": AnyEncodable("Juni, Oktober 2026"),
                    "picUserID": AnyEncodable(pic.id!.uuidString), "picText": AnyEncodable("Tim MP"),
                ])
            XCTAssertEqual(added.status, .created, added.body)
            let action = try added.json(PlanDetailDTO.self).areas[0].indicators[0].actions.last!
            XCTAssertEqual(action.schedule?.dueDates.map(\.description), ["2026-06-30", "2026-10-31"])
            XCTAssertEqual(action.picName, pic.displayName)
            XCTAssertEqual(action.buktiFisik, ["Materi", "Daftar hadir"])

            let bad = try await client.send(
                .PUT, "/api/v1/plans/\(plan.id!)/actions/\(action.id)", token: token,
                json: [
                    "langkahAksi": AnyEncodable(" "), "realisasi": AnyEncodable("150"),
                    "picUserID": AnyEncodable(UUID().uuidString),
                    "targetWaktu": AnyEncodable(String(repeating: "x", count: 301)),
                ])
            XCTAssertEqual(bad.status, .unprocessableEntity)
            for field in ["langkahAksi", "realisasi", "picUserID", "targetWaktu"] {
                XCTAssertTrue(bad.body.contains("\"\(field)\""), "\(field) is reported: \(bad.body)")
            }
            let unknownQuestion = try await client.send(
                .PUT, "/api/v1/plans/\(plan.id!)/indicators/\(indicator.id)", token: token,
                json: ["text": "Tim", "lkeQuestionID": "Z.9"])
            XCTAssertEqual(unknownQuestion.status, .unprocessableEntity)
            let team = try await client.send(
                .PUT, "/api/v1/plans/\(plan.id!)/teams", token: token,
                json: [
                    "team": AnyEncodable("tim_kerja"),
                    "list": AnyEncodable([["name": "Budi", "nip": "123", "role": "Ketua"], ["name": "", "role": ""]]),
                ])
            XCTAssertEqual(team.status, .unprocessableEntity)
            XCTAssertTrue(team.body.contains("Baris 1") && team.body.contains("Baris 2"), team.body)
        }
    }

    func testApprovalLocksThePlanAndReopeningIsAudited() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let member = try await client.login("anggota", Fixture.password)
            let head = try await client.login("pimpinana1", Fixture.password)
            let plan = try await PlanFixture.plan(app, unit: fixture.unitA1)
            let denied = try await client.send(.POST, "/api/v1/plans/\(plan.id!)/approve", token: member)
            XCTAssertEqual(denied.status, .forbidden, "a team member cannot approve")
            let approved = try await client.send(.POST, "/api/v1/plans/\(plan.id!)/approve", token: head)
            XCTAssertEqual(approved.status, .ok, approved.body)
            XCTAssertEqual(try approved.json(PlanDetailDTO.self).plan.status, "approved")

            let actionID = try approved.json(PlanDetailDTO.self).areas[0].indicators[0].actions[0].id
            let locked = try await client.send(
                .PUT, "/api/v1/plans/\(plan.id!)/actions/\(actionID)", token: member,
                json: ["langkahAksi": "Ubah"])
            XCTAssertEqual(locked.errorCode, "plan_locked")
            XCTAssertTrue(locked.body.contains("pimpinana1"), "the refusal names who approved: \(locked.body)")
            let importLocked = try await client.send(
                .POST, "/api/v1/plans/\(plan.id!)/import", token: member,
                bytes: Array(Self.csv.utf8))
            XCTAssertEqual(importLocked.errorCode, "plan_locked")

            let noReason = try await client.send(.POST, "/api/v1/plans/\(plan.id!)/reopen", token: head, json: ["reason": ""])
            XCTAssertEqual(noReason.status, .unprocessableEntity)
            let reopened = try await client.send(
                .POST, "/api/v1/plans/\(plan.id!)/reopen", token: head,
                json: ["reason": "Revisi target triwulan III"])
            XCTAssertEqual(try reopened.json(PlanDetailDTO.self).plan.status, "draft")
            let edited = try await client.send(
                .PUT, "/api/v1/plans/\(plan.id!)/actions/\(actionID)", token: member,
                json: ["langkahAksi": "Ubah", "targetWaktu": "April 2026"])
            XCTAssertEqual(edited.status, .ok, edited.body)
            let steps = try await AuditEntry.query(on: app.db).filter(\.$entity == "work_plan").sort(\.$seq).all().map(\.action)
            XCTAssertEqual(steps, ["create", "approve", "reopen", "update_action"])
        }
    }

    func testNextYearStartsFromACopyWithTheTimingMovedOn() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let token = try await client.login("anggota", Fixture.password)
            let noEarlier = try await client.send(
                .POST, "/api/v1/units/\(fixture.unitA1.id!)/plans", token: token,
                json: ["year": AnyEncodable(2026), "origin": AnyEncodable("previous")])
            XCTAssertEqual(noEarlier.errorCode, "plan_no_previous")
            _ = try await PlanFixture.plan(app, unit: fixture.unitA1)
            let copy = try await client.send(
                .POST, "/api/v1/units/\(fixture.unitA1.id!)/plans", token: token,
                json: ["year": AnyEncodable(2027), "origin": AnyEncodable("previous")])
            XCTAssertEqual(copy.status, .created, copy.body)
            let actions = try copy.json(PlanDetailDTO.self).areas.flatMap(\.indicators).flatMap(\.actions)
            XCTAssertEqual(actions.map(\.targetWaktu), ["Maret 2027", "Setiap triwulan 2027"])
            XCTAssertEqual(actions[0].schedule?.dueDates.map(\.description), ["2027-03-31"])
        }
    }
}
