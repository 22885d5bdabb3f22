import Fluent
import Vapor
import XCTest
import ZICore
@testable import ZIServer

/// The worksheet's suggestions from the unit's own records: complaints for A.II.5.ii.a and
/// the perception surveys for B.I.a/B.II.a, each with its basis and a link to the records,
/// and only for those who may read the records.
final class AssessmentSuggestionTests: XCTestCase {
    func testComplaintsAndPerceptionSurveysSuggestAnswers() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let unit = fixture.unitA1
            let assessment = try await PlanFixture.assessment(app, unit: unit)
            let input = try ComplaintInput(channel: "web", subject: "Aduan", description: "Uraian").checked()
            try await app.write { db in
                for day in ["2026-02-02", "2026-03-02", "2025-12-01"] {
                    let (complaint, _) = try await ComplaintService.file(
                        input, unit: unit, deadlines: .standard, calendar: WorkingCalendar(holidays: []),
                        today: CalendarDate(iso: day)!, by: .system, on: db)
                    if day == "2026-03-02" {
                        try await ComplaintService.move(
                            complaint, to: .ditolak, reason: "Bukan kewenangan", assignee: nil, unit: unit,
                            today: CalendarDate(iso: day)!, by: .system, on: db)
                    }
                }
                let answer = PerceptionAnswer()
                answer.$unit.id = unit.id!
                answer.survey = PerceptionIndex.ipak.rawValue
                answer.answeredOn = "2026-05-04"
                answer.answers = String(
                    decoding: try JSONEncoder().encode(Dictionary(uniqueKeysWithValues: PerceptionIndex.ipak.questions.map { ($0.id, 3) })),
                    as: UTF8.self)
                try await answer.create(on: db)
            }
            let cookies = try await client.webLogin("anggota", Fixture.password)
            let area5 = try await client.send(.GET, "/assessments/\(assessment.id!)?part=5", cookies: cookies)
            XCTAssertTrue(
                area5.body.contains("Jumlah pengaduan masyarakat yang harus ditindaklanjuti: 1"),
                "the 2025 and the rejected one are left out")
            XCTAssertTrue(area5.body.contains("1 pengaduan yang ditolak atau dialihkan tidak dihitung"))
            XCTAssertTrue(area5.body.contains("href=\"/units/\(unit.id!)/complaints\""))
            let hasil = try await client.send(.GET, "/assessments/\(assessment.id!)?part=hasil", cookies: cookies)
            XCTAssertTrue(
                hasil.body.contains("<strong>3,00</strong>") && hasil.body.contains("bukan nilai resmi TPN"),
                "the IPAK forecast next to B.I.a")

            let evaluator = try await client.webLogin("evaluator", Fixture.password)
            let tpi = try await client.send(.GET, "/assessments/\(assessment.id!)?part=5", cookies: evaluator)
            XCTAssertEqual(tpi.status, .ok)

            // Accepting sets the suggested inputs with a note quoting the basis; answering otherwise is recorded too.
            let csrf = try await client.csrfToken(cookies: cookies)
            XCTAssertTrue(area5.body.contains("/assessments/\(assessment.id!)/suggestions/A.II.5.ii.a/accept"))
            let accepted = try await client.send(
                .POST, "/assessments/\(assessment.id!)/suggestions/A.II.5.ii.a/accept",
                form: ["_csrf": csrf], cookies: cookies)
            XCTAssertEqual(accepted.status, .seeOther, accepted.body)
            let row = try await AssessmentAnswer.query(on: app.db).filter(\.$questionID == "A.II.5.ii.a").first()
            XCTAssertEqual(
                row.flatMap { AssessmentScoring.decode($0.selfAnswer) },
                .inputs(["pengaduanHarusDitindaklanjuti": 1, "pengaduanSedangDiproses": 1, "pengaduanSelesai": 0]))
            XCTAssertTrue(row?.selfNote?.hasPrefix("Mengikuti saran SIZI:") == true)
            let overridden = try await client.send(
                .POST, "/assessments/\(assessment.id!)/answers",
                form: [
                    "_csrf": csrf, "part": "5", "in:A.II.5.ii.a:pengaduanHarusDitindaklanjuti": "1",
                    "in:A.II.5.ii.a:pengaduanSedangDiproses": "0",
                    "in:A.II.5.ii.a:pengaduanSelesai": "1",
                ], cookies: cookies)
            XCTAssertEqual(overridden.status, .seeOther, overridden.body)
            let actions = try await AuditEntry.query(on: app.db).filter(\.$entity == "assessment").all().map(\.action)
            XCTAssertTrue(actions.contains("accept_suggestion") && actions.contains("override_suggestion"), "\(actions)")
            let unknown = try await client.send(
                .POST, "/assessments/\(assessment.id!)/suggestions/A.II.2.i.a/accept",
                form: ["_csrf": csrf], cookies: cookies)
            XCTAssertEqual(unknown.status, .conflict, "no suggestion for that question")
        }
    }
}
