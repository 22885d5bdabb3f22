import Foundation
import XCTest
@testable import ZICore

final class LKEScoringTests: XCTestCase {
    private var framework: LKEFramework!
    private var scorer: LKEScorer!

    override func setUpWithError() throws {
        framework = try LKEFixtures.real()
        scorer = LKEScorer(framework: framework)
    }

    private func value(_ questionId: String, _ answer: LKEAnswer) throws -> Double {
        try XCTUnwrap(framework.question(withId: questionId)).value(for: answer)
    }

    // MARK: - Totals

    func testCompleteBestAnswersScoreExactly100() throws {
        let score = try scorer.score(LKEFixtures.best(framework))
        XCTAssertEqual(score.total, 100)
        XCTAssertEqual(score.pengungkit, 60)
        XCTAssertEqual(score.hasil, 40)
        XCTAssertEqual(score.score(of: "A.I"), 30)
        XCTAssertEqual(score.score(of: "A.II"), 30)
        XCTAssertEqual(score.areas.map(\.score), [8, 7, 10, 10, 15, 10])
        XCTAssertEqual(score.areas.map(\.percent), [100, 100, 100, 100, 100, 100])
        XCTAssertEqual(score.unanswered, [])
    }

    func testCompleteWorstAnswersScoreExactly0() throws {
        let score = try scorer.score(LKEFixtures.worst(framework))
        XCTAssertEqual(score.total, 0)
        XCTAssertEqual(score.pengungkit, 0)
        XCTAssertEqual(score.hasil, 0)
        XCTAssertEqual(score.areas.map(\.percent), [0, 0, 0, 0, 0, 0])
    }

    func testUnansweredQuestionsCountZeroAndAreListedInOrder() throws {
        var answers = LKEFixtures.best(framework)
        answers["A.I.1.i.a"] = nil
        answers["B.II.a"] = nil
        let score = try scorer.score(answers)
        XCTAssertEqual(score.unanswered, ["A.I.1.i.a", "B.II.a"])
        // A.I.1.i (0.50) has two questions: one unanswered halves it.
        XCTAssertEqual(score.score(of: "A.I.1.i"), 0.25)
        XCTAssertEqual(score.total, 100 - 0.25 - 17.5)
        let empty = try scorer.score([:])
        XCTAssertEqual(empty.total, 0)
        XCTAssertEqual(empty.unanswered, framework.questions.map(\.id))
    }

    func testSubIndikatorScoresWeightTimesMeanOfItsQuestions() throws {
        var answers = LKEFixtures.best(framework)
        // A.I.1.iii (1.00): A/B/C/D questions a, b, c answered B, C, D → (⅔ + ⅓ + 0) / 3.
        answers["A.I.1.iii.a"] = .option("B")
        answers["A.I.1.iii.b"] = .option("C")
        answers["A.I.1.iii.c"] = .option("D")
        let score = try scorer.score(answers)
        XCTAssertEqual(try XCTUnwrap(score.score(of: "A.I.1.iii")), 1.0 / 3, accuracy: 1e-12)
        XCTAssertEqual(score.total, 100 - 2.0 / 3, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(score.areas.first).score, 8 - 2.0 / 3, accuracy: 1e-12)
    }

    // MARK: - Values per answer type

    func testOptionValuesPerAnswerType() throws {
        XCTAssertEqual(try value("A.I.1.i.a", .option("Ya")), 1)
        XCTAssertEqual(try value("A.I.1.i.a", .option("Tidak")), 0)
        XCTAssertEqual(try value("A.I.1.i.a", .option("ya")), 1, "option codes match case-insensitively")
        XCTAssertEqual(try ["A", "B", "C"].map { try value("A.I.1.i.b", .option($0)) }, [1, 0.5, 0])
        XCTAssertEqual(try ["A", "B", "C", "D"].map { try value("A.I.1.iii.a", .option($0)) }, [1, 2.0 / 3, 1.0 / 3, 0])
        XCTAssertEqual(try ["A", "B", "C", "D", "E"].map { try value("A.I.2.i.b", .option($0)) }, [1, 0.75, 0.5, 0.25, 0])
    }

    func testSurveyValueIsScoreOverFour() throws {
        XCTAssertEqual(try value("B.I.a", .number(3.6)), 0.9)
        var answers = LKEFixtures.best(framework)
        answers["B.I.a"] = .number(3.6)
        answers["B.II.a"] = .number(3.2)
        let score = try scorer.score(answers)
        XCTAssertEqual(try XCTUnwrap(score.score(of: "B.I.a")), 15.75, accuracy: 1e-12)
        XCTAssertEqual(try XCTUnwrap(score.score(of: "B.II")), 14, accuracy: 1e-12)
        XCTAssertEqual(score.surveyValues, ["B.I.a": 3.6, "B.II.a": 3.2])
    }

    func testSurveyValuesOutsideTheScaleAreRejected() {
        for bad in [4.01, -0.1, .nan] {
            XCTAssertThrowsError(try value("B.I.a", .number(bad))) { error in
                guard case .invalidNumber(question: "B.I.a", _, _)? = error as? LKEAnswerError else {
                    return XCTFail("unexpected \(error)")
                }
            }
        }
    }

    // MARK: - `%` questions

    func testPercentageFromInputsUsesTheFormula() throws {
        // Agen perubahan: 3 changes by 4 agents = 75 %.
        XCTAssertEqual(try value("A.II.1.i.a", .inputs(["agenPerubahan": 4, "perubahanDibuat": 3])), 0.75)
        // LHKPN: 5 of 1 + 3 + 2 = 6 obliged have filed.
        let lhkpn = ["kepalaSatuanKerja": 1.0, "pejabatWajibLhkpn": 3, "lainnya": 2, "sudahMelaporkan": 5]
        XCTAssertEqual(try value("A.II.5.iii.i.a", .inputs(lhkpn)), 5.0 / 6, accuracy: 1e-12)
        // Pengaduan: only completed complaints count; those in process are recorded but optional.
        XCTAssertEqual(try value("A.II.5.ii.a", .inputs(["pengaduanHarusDitindaklanjuti": 8, "pengaduanSelesai": 6])), 0.75)
        XCTAssertEqual(
            try value(
                "A.II.5.ii.a",
                .inputs([
                    "pengaduanHarusDitindaklanjuti": 8, "pengaduanSedangDiproses": 2,
                    "pengaduanSelesai": 6,
                ])), 0.75)
        // A given percentage is used as is.
        XCTAssertEqual(try value("A.II.4.i.a", .number(62.5)), 0.625)
    }

    func testPercentagesAreClampedTo0Through100() throws {
        XCTAssertEqual(try value("A.II.4.i.a", .number(120)), 1)
        XCTAssertEqual(try value("A.II.4.i.a", .number(-5)), 0)
        // More changes than agents: 250 % counts as 100 %.
        XCTAssertEqual(try value("A.II.1.i.a", .inputs(["agenPerubahan": 2, "perubahanDibuat": 5])), 1)
        XCTAssertThrowsError(try value("A.II.4.i.a", .number(.infinity)))
    }

    /// "Penurunan pelanggaran disiplin" = (last year − this year) ÷ last year.
    func testDisciplinaryDecreaseEdgeCases() throws {
        func disiplin(_ last: Double, _ now: Double) throws -> Double {
            try value("A.II.3.iii.a", .inputs(["pelanggaranTahunSebelumnya": last, "pelanggaranTahunIni": now]))
        }
        XCTAssertEqual(try disiplin(4, 1), 0.75, "a decrease from 4 to 1 is 75 %")
        XCTAssertEqual(try disiplin(4, 0), 1, "no violations left is 100 %")
        XCTAssertEqual(try disiplin(4, 4), 0, "no decrease is 0 %")
        XCTAssertEqual(try disiplin(2, 5), 0, "an increase (negative decrease) is clamped to 0 %")
        XCTAssertEqual(try disiplin(0, 0), 1, "no violations last year nor this year: the goal is met, 100 % (ifZeroOverZero)")
        XCTAssertEqual(try disiplin(0, 3), 0, "violations appearing after a clean year: −∞, clamped to 0 %")
    }

    func testDivisionByZeroRules() throws {
        // 0 ÷ 0 uses the question's rule: nothing produced → 0 %, nothing owed → 100 %.
        XCTAssertEqual(try value("A.II.1.i.a", .inputs(["agenPerubahan": 0, "perubahanDibuat": 0])), 0)
        XCTAssertEqual(try value("A.II.1.i.b", .inputs(["perubahanDibuat": 0, "perubahanTerintegrasi": 0])), 0)
        XCTAssertEqual(try value("A.II.4.i.a", .inputs(["sasaranKinerja": 0, "sasaranTercapai": 0])), 0)
        XCTAssertEqual(try value("A.II.6.i.b", .inputs(["layananTerdata": 0, "layananDipermudah": 0])), 0)
        XCTAssertEqual(try value("A.II.5.ii.a", .inputs(["pengaduanHarusDitindaklanjuti": 0, "pengaduanSelesai": 0])), 1)
        let nobodyObliged = ["pejabatAdministrator": 0.0, "pejabatPengawas": 0, "fungsionalDanPelaksana": 0, "sudahMelaporkan": 0]
        XCTAssertEqual(try value("A.II.5.iii.ii.a", .inputs(nobodyObliged)), 1)
        // x ÷ 0 with x > 0 (a part larger than a whole of zero) is +∞, clamped to 100 %.
        XCTAssertEqual(try value("A.II.4.i.a", .inputs(["sasaranKinerja": 0, "sasaranTercapai": 2])), 1)
        // Every % question of the file has an explicit 0/0 rule.
        for question in framework.questions where question.answerType == .percentage {
            XCTAssertNotNil(question.ifZeroOverZero, question.id)
        }
    }

    func testBadInputsAreTypedErrorsNamingTheQuestion() {
        let cases: [(LKEAnswer, LKEAnswerError)] = [
            (.inputs(["agenPerubahan": 4]), .missingInput(question: "A.II.1.i.a", input: "perubahanDibuat")),
            (
                .inputs(["agenPerubahan": 4, "perubahanDibuat": 3, "agen": 1]),
                .unknownInput(question: "A.II.1.i.a", input: "agen", declared: ["agenPerubahan", "perubahanDibuat"])
            ),
            (
                .inputs(["agenPerubahan": -1, "perubahanDibuat": 3]),
                .invalidNumber(question: "A.II.1.i.a", value: -1, reason: "input \"agenPerubahan\" must be a finite count ≥ 0")
            ),
            (.option("A"), .wrongAnswerType(question: "A.II.1.i.a", answerType: .percentage, given: "option")),
        ]
        for (answer, expected) in cases {
            XCTAssertThrowsError(try value("A.II.1.i.a", answer)) { XCTAssertEqual($0 as? LKEAnswerError, expected) }
        }
    }

    // MARK: - Errors

    func testWrongAnswerTypeNamesTheQuestion() {
        XCTAssertThrowsError(try scorer.score(["A.I.1.i.a": .number(1)])) { error in
            XCTAssertEqual(error as? LKEAnswerError, .wrongAnswerType(question: "A.I.1.i.a", answerType: .yaTidak, given: "number"))
            XCTAssertEqual(
                "\(error)", "A.I.1.i.a: answer type is Ya/Tidak, but an answer of kind number was given (expected one of Ya, Tidak)")
        }
        XCTAssertThrowsError(try scorer.score(["B.I.a": .option("A")])) { error in
            XCTAssertEqual(error as? LKEAnswerError, .wrongAnswerType(question: "B.I.a", answerType: .survey, given: "option"))
        }
        XCTAssertThrowsError(try scorer.score(["A.I.1.i.b": .option("D")])) { error in
            XCTAssertEqual(error as? LKEAnswerError, .unknownOption(question: "A.I.1.i.b", option: "D", allowed: ["A", "B", "C"]))
        }
    }

    func testUnknownQuestionIdIsRejected() {
        XCTAssertThrowsError(try scorer.score(["A.I.1.i.z": .option("Ya")])) { error in
            XCTAssertEqual(error as? LKEAnswerError, .unknownQuestion("A.I.1.i.z"))
        }
    }
}
