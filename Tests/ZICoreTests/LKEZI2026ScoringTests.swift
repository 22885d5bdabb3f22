import Foundation
import XCTest

@testable import ZICore

/// Scoring on the LKE ZI 2026 master's values (A–D: 1, 0.67, 0.33, 0) in exact decimals, and
/// the answer sets where those values and PermenPANRB 90/2021's thirds reach different verdicts.
/// The expected totals were worked out independently in exact rational arithmetic.
final class LKEZI2026ScoringTests: XCTestCase {
    private let registry = Result { try LKEFrameworkRegistry.bundled() }

    private func frameworks() throws -> (earlier: LKEFramework, current: LKEFramework) {
        let registry = try registry.get()
        return (try registry.framework(id: "permenpanrb-90-2021"), try registry.framework(id: "lke-zi-2026"))
    }

    /// Every A/B/C/D question answered B, every other option question A, every `%` question
    /// `percent`, both external surveys `survey`.
    private func answers(_ framework: LKEFramework, percent: Double, survey: Double) -> [String: LKEAnswer] {
        Dictionary(
            uniqueKeysWithValues: framework.questions.map { question in
                switch question.answerType {
                case .percentage: (question.id, .number(percent))
                case .survey: (question.id, .number(survey))
                case .abcd: (question.id, .option("B"))
                default: (question.id, .option(question.answerType.optionCodes[0]))
                }
            })
    }

    private func verdict(_ answers: [String: LKEAnswer], _ framework: LKEFramework, _ predicate: String, held: Set<String> = [])
        throws -> LKEPredicateResult
    {
        let score = try LKEScorer(framework: framework).score(answers)
        return try XCTUnwrap(LKEPredicateEvaluator.evaluate(score, framework: framework, held: held).first { $0.predicate == predicate })
    }

    func testCompleteAnswerSetsScoreExactlyHundredAndZero() throws {
        let (_, current) = try frameworks()
        let scorer = LKEScorer(framework: current)
        XCTAssertEqual(try scorer.score(LKEFixtures.best(current)).exact.total, 100)
        XCTAssertEqual(try scorer.score(LKEFixtures.worst(current)).exact.total, 0)
    }

    func testOptionsAreWorthTheMastersValuesExactly() throws {
        let (earlier, current) = try frameworks()
        let monitoring = ["A.I.1.iii.a", "A.I.1.iii.b", "A.I.1.iii.c"] // A–D questions of a sub-indikator weighing 1
        let allB = Dictionary(uniqueKeysWithValues: monitoring.map { ($0, LKEAnswer.option("B")) })
        XCTAssertEqual(try LKEScorer(framework: current).score(allB).exact.nodeScores["A.I.1.iii"], Decimal(string: "0.67"))
        XCTAssertEqual(
            try LKEScorer(framework: earlier).score(allB).exact.nodeScores["A.I.1.iii"]?.rounded(places: 20),
            Decimal(string: "0.66666666666666666667"))
        let question = try XCTUnwrap(current.question(withId: "A.I.2.i.b")) // A–E
        XCTAssertEqual(
            try ["A", "B", "C", "D", "E"].map { try question.value(for: .option($0), scale: current.optionScale) }, [1, 0.75, 0.5, 0.25, 0])
    }

    func testTheTotalConditionFlipsJustBelowSeventyFive() throws {
        let (earlier, current) = try frameworks()
        // With thirds the set totals 74.998611…; with 0.67 / 0.33 it totals 75.056125.
        let set = answers(earlier, percent: 0, survey: 3.2)
        XCTAssertEqual(LKEPrecision.reported(try LKEScorer(framework: earlier).score(set).total), 74.998611)
        XCTAssertEqual(LKEPrecision.reported(try LKEScorer(framework: current).score(set).total), 75.056125)
        XCTAssertTrue(try verdict(set, earlier, "wbk").failures.contains { $0.code == "nilai-total" })
        XCTAssertFalse(try verdict(set, current, "wbk").failures.contains { $0.code == "nilai-total" })
    }

    func testTheWBBMVerdictFlipsJustBelowEightyFive() throws {
        let (earlier, current) = try frameworks()
        // Thirds: 84.973611… (not WBBM, on the total alone); 0.67 / 0.33: 85.031125 (WBBM).
        let set = answers(earlier, percent: 50, survey: 3.64)
        let before = try verdict(set, earlier, "wbbm", held: ["wbk"])
        XCTAssertFalse(before.eligible)
        XCTAssertEqual(before.failures.map(\.code), ["nilai-total"])
        XCTAssertEqual(before.failures.first?.actual, 84.973611)
        XCTAssertTrue(try verdict(set, current, "wbbm", held: ["wbk"]).eligible)
    }

    func testAThresholdMetExactlyIsMet() throws {
        let (_, current) = try frameworks()
        // Everything best, then B.I.b (weight 5) at E and the survey B.I.a (17.5) at 0: 77.5;
        // then the three questions of A.I.4.i (weight 2.5) at their worst: exactly 75.
        var set = LKEFixtures.best(current)
        set["B.I.b"] = .option("E")
        set["B.I.a"] = .number(0)
        for id in ["A.I.4.i.a", "A.I.4.i.b", "A.I.4.i.c"] {
            set[id] = .option(try XCTUnwrap(current.question(withId: id)).answerType.optionCodes.last!)
        }
        let score = try LKEScorer(framework: current).score(set)
        XCTAssertEqual(score.exact.total, 75)
        XCTAssertFalse(try verdict(set, current, "wbk").failures.contains { $0.code == "nilai-total" })
    }

    func testThirdsThatAddUpToAWholeMeetTheThreshold() {
        // ⅓ + ⅓ + ⅓ in 38-digit decimals is 0.999…9; the comparison on 20 places sees 1.
        let third = Decimal(1) / Decimal(3)
        XCTAssertLessThan(third + third + third, 1)
        XCTAssertEqual((third + third + third).rounded(places: 20), 1)
    }

    func testTheGapPlanOnUnevenValuesReachesThePredicate() throws {
        let (_, current) = try frameworks()
        var set = answers(current, percent: 50, survey: 3.64)
        for question in current.questions where question.answerType == .abcd { set[question.id] = .option("C") }
        XCTAssertFalse(try verdict(set, current, "wbk").eligible)
        let plan = try LKEGapAnalysis.plan(framework: current, answers: set, predicate: "wbk")
        XCTAssertTrue(plan.reachable)
        for upgrade in plan.upgrades { set[upgrade.question] = .option(upgrade.to) }
        let after = try verdict(set, current, "wbk")
        XCTAssertTrue(after.eligible, "\(after.failures)")
        let total = try LKEScorer(framework: current).score(set).total
        XCTAssertEqual(plan.projectedTotal, LKEPrecision.reported(total), accuracy: 1e-6, "the plan reports the real gains")
    }

    func testFormulasAreExact() throws {
        let formula = try LKEFormula("(a - b) / a * 100")
        XCTAssertEqual(formula.exactValue(["a": 10, "b": 7]), .finite(30), "0.3 × 100 is 30, not 30.000000000000004")
        XCTAssertEqual(try LKEFormula("x / 0").exactValue(["x": 3]), .positiveInfinity)
        XCTAssertEqual(try LKEFormula("(0 - x) / 0").exactValue(["x": 3]), .negativeInfinity)
        XCTAssertEqual(try LKEFormula("x / 0").exactValue(["x": 0]), .undefined)
        XCTAssertEqual(try LKEFormula("x / y").exactValue(["x": 1]), .undefined, "a missing input")
    }

    func testStatedOptionValuesAreChecked() throws {
        var framework = LKEFixtures.mini()
        framework.optionValues = LKEOptionScale(stated: [.abc: [1, Decimal(string: "0.5")!]])
        XCTAssertEqual(
            LKEFrameworkValidator.issues(in: framework), [.optionValues(type: "A/B/C", problem: "needs 3 values, one per option, found 2")])
        framework.optionValues = LKEOptionScale(stated: [.abc: [1, Decimal(string: "0.5")!, Decimal(string: "0.1")!]])
        XCTAssertEqual(
            LKEFrameworkValidator.issues(in: framework),
            [.optionValues(type: "A/B/C", problem: "the best option must be worth 1 and the worst 0")])
        framework.optionValues = LKEOptionScale(stated: [.abc: [1, 0, 0]])
        XCTAssertEqual(
            LKEFrameworkValidator.issues(in: framework),
            [.optionValues(type: "A/B/C", problem: "each option must be worth less than the one before")])
        let bad = Data(#"{"A/B/C": ["1", "half", "0"]}"#.utf8)
        XCTAssertThrowsError(try JSONDecoder().decode(LKEOptionScale.self, from: bad))
        let notOptions = Data(#"{"%": ["1", "0"]}"#.utf8)
        XCTAssertThrowsError(try JSONDecoder().decode(LKEOptionScale.self, from: notOptions))
    }
}
