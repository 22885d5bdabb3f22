import Fluent
import Vapor
import XCTest
import ZICore
@testable import ZIServer

/// The monev cycle through the browser forms: period → realisation → meeting → findings →
/// follow-ups → overdue lists; and the same records through the API with the LKE suggestions.
final class MonevWebTests: XCTestCase {
    func testTheMonevCycleInTheBrowser() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let plan = try await PlanFixture.plan(app, unit: fixture.unitA1)
            let actions = try await WorkPlanAction.query(on: app.db).filter(\.$plan.$id == plan.id!).sort(\.$langkahAksi).all()
            let agen = try await User.query(on: app.db).filter(\.$username == "agen").first()!
            let cookies = try await client.webLogin("anggota", Fixture.password)
            let csrf = try await client.csrfToken(cookies: cookies)

            let overview = try await client.send(.GET, "/plans/\(plan.id!)/monev", cookies: cookies)
            XCTAssertEqual(overview.status, .ok)
            XCTAssertTrue(overview.body.contains("Triwulan I 2026"))
            XCTAssertTrue(overview.body.contains("A.I.1.iii.a"), "the LKE suggestions are shown")
            let period = try await client.send(.GET, "/plans/\(plan.id!)/monev/2026-Q1", cookies: cookies)
            XCTAssertTrue(
                period.body.contains("A: menyusun SK Tim Kerja") && period.body.contains("B: meninjau SOP layanan"),
                "both actions fall due in Triwulan I")
            let otherYear = try await client.send(.GET, "/plans/\(plan.id!)/monev/2025-Q1", cookies: cookies)
            XCTAssertEqual(otherYear.status, .notFound)

            let bad = try await client.send(
                .POST, "/plans/\(plan.id!)/monev/2026-Q1/realisations",
                form: [
                    "_csrf": csrf, "pct:\(actions[0].id!)": "120", "rep:\(actions[0].id!)": "SK ditandatangani",
                ], cookies: cookies)
            XCTAssertEqual(bad.status, .unprocessableEntity)
            XCTAssertTrue(
                bad.body.contains("Isi angka 0 sampai 100") && bad.body.contains("SK ditandatangani"),
                "the error is shown next to what was typed")
            let saved = try await client.send(
                .POST, "/plans/\(plan.id!)/monev/2026-Q1/realisations",
                form: [
                    "_csrf": csrf, "pct:\(actions[0].id!)": "100", "rep:\(actions[0].id!)": "SK ditandatangani",
                    "pct:\(actions[1].id!)": "60",
                ], cookies: cookies)
            XCTAssertEqual(saved.status, .seeOther, saved.body)
            let stored = try await WorkPlanAction.find(actions[1].id, on: app.db)
            XCTAssertEqual(stored?.realisasiPercent, 60, "the action's realisation follows its latest period")

            let noMinutes = try await client.send(
                .POST, "/plans/\(plan.id!)/monev/2026-Q1/meetings",
                form: [
                    "_csrf": csrf, "date": "2026-03-30", "attendees": "Kepala Balai\nKetua Tim", "notulen": "",
                ], cookies: cookies)
            XCTAssertEqual(noMinutes.status, .unprocessableEntity)
            XCTAssertTrue(noMinutes.body.contains("Kepala Balai"), "the attendees typed are kept")
            let meeting = try await client.send(
                .POST, "/plans/\(plan.id!)/monev/2026-Q1/meetings",
                form: [
                    "_csrf": csrf, "date": "2026-03-30", "attendees": "Kepala Balai\nKetua Tim", "pimpinanPresent": "on",
                    "notulen": "Evaluasi triwulan I: SOP belum ditinjau seluruhnya.",
                ], cookies: cookies)
            XCTAssertEqual(meeting.status, .seeOther, meeting.body)
            let meetingID = try await MonevMeeting.query(on: app.db).first()!.id!
            let finding = try await client.send(
                .POST, "/plans/\(plan.id!)/meetings/\(meetingID)/findings",
                form: [
                    "_csrf": csrf, "text": "SOP layanan B belum ditinjau", "followUp": "Tinjau SOP layanan B",
                    "ownerID": agen.id!.uuidString, "dueDate": "2026-04-15",
                ], cookies: cookies)
            XCTAssertEqual(finding.status, .seeOther, finding.body)

            // The next period's page lists the open follow-up first; it is overdue now.
            let nextPeriod = try await client.send(.GET, "/plans/\(plan.id!)/monev/2026-Q2", cookies: cookies)
            XCTAssertTrue(nextPeriod.body.contains("Tinjau SOP layanan B"))
            let agenda = try XCTUnwrap(nextPeriod.body.range(of: "Tinjau SOP layanan B"))
            let realisation = try XCTUnwrap(nextPeriod.body.range(of: "Simpan realisasi"))
            XCTAssertLessThan(agenda.lowerBound, realisation.lowerBound, "open follow-ups come before the period's work")

            // The owner sees it under "tugas saya" and closes it; a note is required.
            let owner = try await client.webLogin("agen", Fixture.password)
            let ownerCSRF = try await client.csrfToken(cookies: owner)
            let tasks = try await client.send(.GET, "/tasks", cookies: owner)
            XCTAssertTrue(tasks.body.contains("Tinjau SOP layanan B"))
            let dashboard = try await client.send(.GET, "/", cookies: cookies)
            XCTAssertTrue(dashboard.body.contains("Tinjau SOP layanan B"), "the dashboard lists overdue follow-ups")
            XCTAssertTrue(dashboard.body.contains("B: meninjau SOP layanan"), "and overdue actions")
            let findingID = try await MonevFinding.query(on: app.db).first()!.id!
            let noNote = try await client.send(
                .POST, "/plans/\(plan.id!)/findings/\(findingID)",
                form: [
                    "_csrf": ownerCSRF, "status": "selesai", "back": "/tasks",
                ], cookies: owner)
            XCTAssertEqual(noNote.status, .unprocessableEntity)
            XCTAssertTrue(noNote.body.contains("Tuliskan apa yang sudah dilakukan"), "the page says what to fix")
            let done = try await client.send(
                .POST, "/plans/\(plan.id!)/findings/\(findingID)",
                form: [
                    "_csrf": ownerCSRF, "status": "selesai", "note": "SOP B ditinjau 10 April", "back": "/tasks",
                ], cookies: owner)
            XCTAssertEqual(done.status, .seeOther)
            XCTAssertEqual(done.location, "/tasks?notice=saved")
            let after = try await client.send(.GET, "/tasks", cookies: owner)
            XCTAssertFalse(after.body.contains("Tinjau SOP layanan B"))
            let otherOwner = try await client.webLogin("pegawai", Fixture.password)
            let refused = try await client.send(
                .POST, "/plans/\(plan.id!)/findings/\(findingID)",
                form: [
                    "_csrf": try await client.csrfToken(cookies: otherOwner), "status": "terbuka",
                ], cookies: otherOwner)
            XCTAssertEqual(refused.status, .forbidden, "only the owner or the monev team may change a follow-up")
        }
    }

    func testAnUntouchedRealisationRowChangesNothing() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let plan = try await PlanFixture.plan(app, unit: fixture.unitA1)
            let actions = try await WorkPlanAction.query(on: app.db).filter(\.$plan.$id == plan.id!).sort(\.$langkahAksi).all()
            actions[1].realisasiPercent = 40
            try await actions[1].save(on: app.db)
            let cookies = try await client.webLogin("koordinator", Fixture.password)
            let saved = try await client.send(
                .POST, "/plans/\(plan.id!)/monev/2026-Q1/realisations",
                form: [
                    "_csrf": try await client.csrfToken(cookies: cookies), "pct:\(actions[1].id!)": "", "rep:\(actions[1].id!)": "",
                ], cookies: cookies)
            XCTAssertEqual(saved.status, .seeOther, saved.body)
            let action = try await WorkPlanAction.find(actions[1].id, on: app.db)
            XCTAssertEqual(action?.realisasiPercent, 40, "an empty row does not wipe the realisation entered before")
            let rows = try await MonevRealisation.query(on: app.db).count()
            XCTAssertEqual(rows, 0)
            let refused = try await client.send(
                .POST, "/plans/\(plan.id!)/monev/2026-Q1/realisations",
                form: [
                    "_csrf": try await client.csrfToken(cookies: cookies), "pct:\(actions[0].id!)": "50",
                ], cookies: cookies)
            XCTAssertEqual(refused.status, .forbidden, "a coordinator of area 2 cannot record area 1's action")
        }
    }

    func testMonevThroughTheAPIFeedsTheLKESuggestions() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let plan = try await PlanFixture.plan(app, unit: fixture.unitA1)
            let actions = try await WorkPlanAction.query(on: app.db).filter(\.$plan.$id == plan.id!).sort(\.$langkahAksi).all()
            let token = try await client.login("anggota", Fixture.password)
            let before = try await client.send(.GET, "/api/v1/plans/\(plan.id!)/suggestions", token: token).json([LKESuggestion].self)
            XCTAssertEqual(before.first { $0.questionID == "A.I.1.iii.a" }?.answer, "D", "nothing done on time yet")
            XCTAssertEqual(before.first { $0.questionID == "A.I.1.iii.b" }?.answer, "D", "no meeting yet")

            for quarter in 1...3 {
                let saved = try await client.send(
                    .PUT, "/api/v1/plans/\(plan.id!)/monev/2026-Q\(quarter)/realisations", token: token,
                    json: [
                        "entries": [
                            [
                                "actionID": AnyEncodable(actions[1].id!),
                                "percent": AnyEncodable("100"),
                            ]
                        ]
                    ])
                XCTAssertEqual(saved.status, .ok, saved.body)
                let meeting = try await client.send(
                    .POST, "/api/v1/plans/\(plan.id!)/monev/2026-Q\(quarter)/meetings", token: token,
                    json: [
                        "date": AnyEncodable("2026-0\(quarter * 3)-25"),
                        "attendees": AnyEncodable(["Kepala", "Tim"]),
                        "pimpinanPresent": AnyEncodable("true"), "notulen": AnyEncodable("Rapat"),
                    ])
                XCTAssertEqual(meeting.status, .created, meeting.body)
            }
            let notDue = try await client.send(
                .PUT, "/api/v1/plans/\(plan.id!)/monev/2026-Q2/realisations", token: token,
                json: ["entries": [["actionID": AnyEncodable(actions[0].id!), "percent": AnyEncodable("100")]]])
            XCTAssertEqual(notDue.status, .unprocessableEntity, "action A is due in Triwulan I only")
            let overview = try await client.send(.GET, "/api/v1/plans/\(plan.id!)/monev", token: token).json(
                MonevAPIController.OverviewDTO.self)
            XCTAssertEqual(overview.facts.meetingsHeld, 3)
            XCTAssertEqual(overview.facts.elapsedPeriods, 3, "Triwulan I–III have ended by late November 2026")
            XCTAssertEqual(overview.facts.actionsDue, 2)
            XCTAssertEqual(overview.facts.actionsOnSchedule, 1, "B met Triwulan I–III (IV still runs); A was never realised")
            XCTAssertEqual(overview.suggestions.first { $0.questionID == "A.I.1.iii.a" }?.answer, "C", "1 of 2 is not more than half")
            let suggestions = overview.suggestions
            XCTAssertEqual(suggestions.first { $0.questionID == "A.I.1.iii.b" }?.answer, "A", "a meeting with the head every quarter")
            XCTAssertTrue(suggestions.first { $0.questionID == "A.I.1.iii.b" }?.basis.contains("3 rapat") == true)

            let cadence = try await client.send(.PATCH, "/api/v1/plans/\(plan.id!)", token: token, json: ["cadence": "bulanan"])
            XCTAssertEqual(cadence.errorCode, "plan_cadence_in_use", "recorded periods would be lost")
            let reimport = try await client.send(
                .POST, "/api/v1/plans/\(plan.id!)/import", token: token, bytes: Array(PlanAPITests.csv.utf8))
            XCTAssertEqual(reimport.errorCode, "plan_has_monev")

            let q1 = try await client.send(
                .PUT, "/api/v1/plans/\(plan.id!)/monev/2026-Q1/realisations", token: token,
                json: ["entries": [["actionID": AnyEncodable(actions[0].id!), "percent": AnyEncodable("100")]]])
            XCTAssertEqual(q1.status, .ok)
            let after = try await client.send(.GET, "/api/v1/plans/\(plan.id!)/suggestions", token: token).json([LKESuggestion].self)
            XCTAssertEqual(after.first { $0.questionID == "A.I.1.iii.a" }?.answer, "A", "both actions now on schedule")

            let outsider = try await client.login("anggotab", Fixture.password)
            let refused = try await client.send(
                .PUT, "/api/v1/plans/\(plan.id!)/monev/2026-Q1/realisations", token: outsider,
                json: ["entries": [["actionID": AnyEncodable(actions[0].id!), "percent": AnyEncodable("0")]]])
            XCTAssertEqual(refused.status, .forbidden)
        }
    }
}
