import XCTest
@testable import ZICore

/// Suggested LKE answers from plan and monev facts: thresholds, wording and validity.
final class MonevSuggestionTests: XCTestCase {
    private typealias F = MonevFixtures

    private func answer(_ questionID: String, _ facts: PlanMonitoringFacts) -> String? {
        suggestion(questionID, facts)?.answer
    }

    private func suggestion(_ questionID: String, _ facts: PlanMonitoringFacts) -> LKESuggestion? {
        PlanLKESuggestions.suggest(facts).first { $0.questionID == questionID }
    }

    func testPlanQuestionFollowsWhetherAPlanExists() {
        XCTAssertEqual(answer("A.I.1.ii.a", F.facts(hasPlan: true)), "Ya")
        XCTAssertEqual(answer("A.I.1.ii.a", F.facts(hasPlan: false)), "Tidak")
    }

    func testNothingIsSuggestedWithoutDataToJudge() {
        let suggestions = PlanLKESuggestions.suggest(F.facts())
        XCTAssertEqual(suggestions.map(\.questionID), ["A.I.1.ii.a", "A.I.1.iii.b"])
        XCTAssertEqual(suggestions.map(\.answer), ["Ya", "D"])
    }

    func testScheduleShareThresholds() {
        let cases: [(due: Int, onSchedule: Int, answer: String)] = [
            (2, 0, "D"), (2, 1, "C"), (100, 50, "C"), (3, 1, "C"), (100, 51, "B"), (3, 2, "B"),
            (40, 39, "B"), (2, 2, "A"), (1, 1, "A"),
        ]
        for row in cases {
            XCTAssertEqual(
                answer("A.I.1.iii.a", F.facts(actionsDue: row.due, actionsOnSchedule: row.onSchedule)), row.answer,
                "\(row.onSchedule) of \(row.due)")
        }
    }

    func testFollowUpShareThresholds() {
        let cases: [(total: Int, done: Int, answer: String)] = [
            (2, 0, "D"), (2, 1, "C"), (100, 51, "B"), (5, 5, "A"),
        ]
        for row in cases {
            XCTAssertEqual(
                answer("A.I.1.iii.c", F.facts(followUpsTotal: row.total, followUpsDone: row.done)), row.answer,
                "\(row.done) of \(row.total)")
        }
    }

    func testMonitoringNeedsPimpinanAndAMeetingInEveryElapsedPeriod() {
        let cases: [(facts: PlanMonitoringFacts, answer: String)] = [
            (F.facts(elapsedPeriods: 2), "D"),
            (F.facts(elapsedPeriods: 2, periodsWithMeeting: 2, meetingsHeld: 3, meetingsWithPimpinan: 1), "A"),
            (F.facts(elapsedPeriods: 3, periodsWithMeeting: 2, meetingsHeld: 3, meetingsWithPimpinan: 3), "B"),
            (F.facts(elapsedPeriods: 0, periodsWithMeeting: 0, meetingsHeld: 1, meetingsWithPimpinan: 1), "B"),
            (F.facts(elapsedPeriods: 2, periodsWithMeeting: 2, meetingsHeld: 4, meetingsWithPimpinan: 0), "C"),
            (F.facts(elapsedPeriods: 4, periodsWithMeeting: 1, meetingsHeld: 1, meetingsWithPimpinan: 0), "C"),
        ]
        for (index, row) in cases.enumerated() {
            XCTAssertEqual(answer("A.I.1.iii.b", row.facts), row.answer, "case \(index)")
        }
    }

    func testBasisStatesTheNumbersAndTheRule() {
        let facts = F.facts(
            actionsDue: 40, actionsOnSchedule: 38, elapsedPeriods: 4, periodsWithMeeting: 3,
            meetingsHeld: 12, meetingsWithPimpinan: 4, followUpsTotal: 200, followUpsDone: 191)
        XCTAssertEqual(
            PlanLKESuggestions.suggest(facts).map(\.basis),
            [
                "Ada rencana kerja pembangunan Zona Integritas dengan sedikitnya satu langkah aksi.",
                "38 dari 40 langkah aksi yang jatuh tempo terlaksana sesuai jadwal (95%), yaitu sebagian besar (lebih dari 50%).",
                "12 rapat monev diadakan, 4 di antaranya melibatkan pimpinan; ada rapat pada 3 dari 4 periode pemantauan yang telah berakhir, yaitu melibatkan pimpinan tetapi belum berkala.",
                "191 dari 200 tindak lanjut hasil monev telah selesai (95,5%), yaitu sebagian besar (lebih dari 50%).",
            ])
        XCTAssertEqual(suggestion("A.I.1.iii.b", F.facts())?.basis, "Belum ada rapat monitoring dan evaluasi yang tercatat.")
        XCTAssertEqual(
            suggestion("A.I.1.iii.b", F.facts(meetingsHeld: 2))?.basis,
            "2 rapat monev diadakan, tidak satu pun melibatkan pimpinan; belum ada periode pemantauan yang berakhir, yaitu tidak melibatkan pimpinan."
        )
        XCTAssertEqual(
            suggestion("A.I.1.iii.a", F.facts(actionsDue: 2, actionsOnSchedule: 1))?.basis,
            "1 dari 2 langkah aksi yang jatuh tempo terlaksana sesuai jadwal (50%), yaitu sebagian kecil (50% atau kurang).")
        XCTAssertEqual(
            suggestion("A.I.1.ii.a", F.facts(hasPlan: false))?.basis,
            "Belum ada rencana kerja pembangunan Zona Integritas yang memuat langkah aksi.")
    }

    func testPercentagesUseADecimalCommaAndNeverRoundToNoneOrAll() {
        let cases: [(part: Int, whole: Int, text: String)] = [
            (38, 40, "95%"), (191, 200, "95,5%"), (2, 3, "66,7%"), (1, 3, "33,3%"), (1, 2, "50%"),
            (0, 5, "0%"), (5, 5, "100%"), (1999, 2000, "99,9%"), (1, 2000, "0,1%"), (19_999, 20_000, "99,9%"),
        ]
        for row in cases {
            XCTAssertEqual(PercentText.share(row.part, of: row.whole), row.text, "\(row.part)/\(row.whole)")
        }
    }

    /// Every answer the rules can give is an option of its question in the bundled framework,
    /// and every option of those questions can be suggested.
    func testEverySuggestionIsAnOptionOfARealQuestion() throws {
        let framework = try LKEFixtures.real()
        var suggested: [String: Set<String>] = [:]
        for facts in factsCoveringEveryRule() {
            for suggestion in PlanLKESuggestions.suggest(facts) {
                let question = try XCTUnwrap(framework.question(withId: suggestion.questionID), suggestion.questionID)
                XCTAssertTrue(question.options.map(\.code).contains(suggestion.answer), "\(suggestion.questionID) \(suggestion.answer)")
                suggested[suggestion.questionID, default: []].insert(suggestion.answer)
            }
        }
        for id in PlanLKESuggestions.questionIDs {
            let question = try XCTUnwrap(framework.question(withId: id), id)
            XCTAssertEqual(suggested[id], Set(question.options.map(\.code)), id)
        }
        XCTAssertEqual(Set(suggested.keys), Set(PlanLKESuggestions.questionIDs))
    }

    private func factsCoveringEveryRule() -> [PlanMonitoringFacts] {
        let shares = [(0, 0), (2, 0), (2, 1), (3, 2), (2, 2)]
        let meetings = [(0, 0, 0, 0), (2, 2, 3, 1), (3, 2, 3, 3), (2, 2, 4, 0)]
        return [true, false].flatMap { hasPlan in
            shares.flatMap { total, done in
                meetings.map { elapsed, withMeeting, held, withPimpinan in
                    F.facts(
                        hasPlan: hasPlan, actionsDue: total, actionsOnSchedule: done, elapsedPeriods: elapsed,
                        periodsWithMeeting: withMeeting, meetingsHeld: held, meetingsWithPimpinan: withPimpinan,
                        followUpsTotal: total, followUpsDone: done)
                }
            }
        }
    }
}
