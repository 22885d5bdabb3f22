import Foundation
import XCTest
@testable import ZICore

final class LKEGapAnalysisTests: XCTestCase {
    private func applying(_ plan: LKEGapPlan, to answers: [String: LKEAnswer]) -> [String: LKEAnswer] {
        var result = answers
        for upgrade in plan.upgrades { result[upgrade.question] = .option(upgrade.to) }
        return result
    }

    private func isEligible(_ answers: [String: LKEAnswer], for predicate: String, in framework: LKEFramework, held: Set<String> = [])
        throws -> Bool
    {
        let score = try LKEScorer(framework: framework).score(answers)
        return LKEPredicateEvaluator.evaluate(score, framework: framework, held: held).first { $0.predicate == predicate }?.eligible
            ?? false
    }

    func testAlreadyEligibleNeedsNothing() throws {
        let framework = try LKEFixtures.real()
        let plan = try LKEGapAnalysis.plan(framework: framework, answers: LKEFixtures.best(framework), predicate: "wbk")
        XCTAssertEqual(
            plan, LKEGapPlan(predicate: "wbk", reachable: true, upgrades: [], steps: 0, gain: 0, projectedTotal: 100, blockers: []))
    }

    func testWeakAreaIsFixedWithTheFewestStepsAndTheLargestGain() throws {
        let framework = try LKEFixtures.real()
        // Area 1 at 50 %; it needs 0.8 more. Its reform option questions: A.II.1.ii.a (A–E, ¼ per step)
        // and A.II.1.iii.a (A–D, ⅓ per step). Two steps give at most ⅔; three steps suffice, and
        // three steps on A.II.1.iii.a (1.0) beat ⅓ + ⅓ + ¼.
        let answers = LKEFixtures.worsening(LKEFixtures.best(framework), under: "A.II.1", in: framework)
        let plan = try LKEGapAnalysis.plan(framework: framework, answers: answers, predicate: "wbk")
        XCTAssertTrue(plan.reachable)
        XCTAssertEqual(plan.steps, 3)
        XCTAssertEqual(plan.upgrades, [LKEAnswerUpgrade(question: "A.II.1.iii.a", from: "D", to: "A", steps: 3, gain: 1)])
        XCTAssertEqual(plan.projectedTotal, 97)
        XCTAssertTrue(try isEligible(applying(plan, to: answers), for: "wbk", in: framework))
    }

    func testLowSurveyCannotBeReachedThroughAnswers() throws {
        let framework = try LKEFixtures.real()
        var answers = LKEFixtures.best(framework)
        answers["B.I.a"] = .number(3.0)
        let plan = try LKEGapAnalysis.plan(framework: framework, answers: answers, predicate: "wbk")
        XCTAssertFalse(plan.reachable)
        XCTAssertEqual(plan.upgrades, [])
        XCTAssertEqual(plan.blockers.map(\.code), ["hasil-bersih-akuntabel", "survei-persepsi-anti-korupsi"])
    }

    func testWBBMWithoutWBKIsBlocked() throws {
        let framework = try LKEFixtures.real()
        let plan = try LKEGapAnalysis.plan(framework: framework, answers: LKEFixtures.best(framework), predicate: "wbbm")
        XCTAssertFalse(plan.reachable)
        XCTAssertEqual(plan.blockers.map(\.code), ["predikat-wbk"])
        XCTAssertEqual(
            try LKEGapAnalysis.plan(framework: framework, answers: LKEFixtures.best(framework), predicate: "wbbm", held: ["wbk"]).steps, 0)
    }

    func testUnknownPredicate() throws {
        let framework = try LKEFixtures.real()
        XCTAssertThrowsError(try LKEGapAnalysis.plan(framework: framework, answers: [:], predicate: "wbx")) { error in
            XCTAssertEqual(error as? LKEGapAnalysisError, .unknownPredicate("wbx"))
        }
    }

    /// From the worst option everywhere (measured answers good) to WBK and WBBM on the real LKE, fast.
    func testFullRealLKEPlanWorks() throws {
        let framework = try LKEFixtures.real()
        var answers = LKEFixtures.worst(framework)
        for question in framework.questions where !question.answerType.isOptionBased {
            answers[question.id] = LKEFixtures.best(framework)[question.id]
        }
        answers["A.I.1.i.a"] = nil // unanswered counts as the worst option
        for (predicate, held) in [("wbk", Set<String>()), ("wbbm", ["wbk"])] {
            let plan = try LKEGapAnalysis.plan(framework: framework, answers: answers, predicate: predicate, held: held)
            XCTAssertTrue(plan.reachable, predicate)
            XCTAssertTrue(try isEligible(applying(plan, to: answers), for: predicate, in: framework, held: held), predicate)
            XCTAssertEqual(plan.upgrades.map(\.steps).reduce(0, +), plan.steps)
            // One step fewer on the cheapest upgrade must break eligibility (a necessary condition of minimality).
            for upgrade in plan.upgrades {
                var fewer = applying(plan, to: answers)
                let codes = try XCTUnwrap(framework.question(withId: upgrade.question)).answerType.optionCodes
                fewer[upgrade.question] = .option(codes[codes.firstIndex(of: upgrade.to)! + 1])
                XCTAssertFalse(try isEligible(fewer, for: predicate, in: framework, held: held), "\(predicate): \(upgrade.question)")
            }
        }
    }

    // MARK: - Exactness against brute force on a small framework

    /// Areas "1" (6 = 3 + 3) and "2" (4 = 2 + 2); hasil B.I = survey (1.5) + A–E (0.5); max 12.
    private static func small() -> LKEFramework {
        func q(_ id: String, _ type: LKEAnswerType, weight: Double? = nil) -> LKENode {
            .question(
                LKEQuestion(
                    id: id, weight: weight, text: id, answerType: type,
                    options: type.optionCodes.map { LKEOption(code: $0, text: $0) }))
        }
        let percent = LKENode.question(
            LKEQuestion(
                id: "A.II.2.i.b", text: "%", answerType: .percentage,
                inputs: [LKEInput(id: "x", label: "x"), LKEInput(id: "y", label: "y")],
                formula: "y / x * 100", ifZeroOverZero: 0))
        let g = LKEFixtures.group
        var framework = LKEFixtures.mini()
        framework.id = "small"
        framework.maxScore = 12
        framework.areas = [LKEAreaDefinition(id: "1", name: "Satu", weight: 6), LKEAreaDefinition(id: "2", name: "Dua", weight: 4)]
        framework.children = [
            g(
                .komponen, "A", 10, nil, .pengungkit,
                [
                    g(
                        .kriteria, "A.I", 5, nil, nil,
                        [
                            g(
                                .area, "A.I.1", 3, "1", nil,
                                [g(.subIndikator, "A.I.1.i", 3, nil, nil, [q("A.I.1.i.a", .abcd), q("A.I.1.i.b", .yaTidak)])]),
                            g(.area, "A.I.2", 2, "2", nil, [g(.subIndikator, "A.I.2.i", 2, nil, nil, [q("A.I.2.i.a", .abcde)])]),
                        ]),
                    g(
                        .kriteria, "A.II", 5, nil, nil,
                        [
                            g(
                                .area, "A.II.1", 3, "1", nil,
                                [
                                    g(.subIndikator, "A.II.1.i", 1, nil, nil, [q("A.II.1.i.a", .abc)]),
                                    g(.subIndikator, "A.II.1.ii", 2, nil, nil, [q("A.II.1.ii.a", .abcd), q("A.II.1.ii.b", .abcde)]),
                                ]),
                            g(.area, "A.II.2", 2, "2", nil, [g(.subIndikator, "A.II.2.i", 2, nil, nil, [q("A.II.2.i.a", .abc), percent])]),
                        ]),
                ]),
            g(
                .komponen, "B", 2, nil, .hasil,
                [g(.kriteria, "B.I", 2, nil, nil, [q("B.I.a", .survey, weight: 1.5), q("B.I.b", .abcde, weight: 0.5)])]),
        ]
        return framework
    }

    func testPlansAreExactAgainstBruteForce() throws {
        var random = SplitMix64(seed: 42)
        let optionQuestions = Self.small().questions.filter(\.answerType.isOptionBased)
        var checked = 0, withUpgrades = 0, unreachable = 0
        while checked < 60 {
            var framework = Self.small()
            framework.predicates = [
                LKEPredicateRule(
                    id: "t", name: "T",
                    conditions: [
                        LKECondition(code: "total", label: "Total", scope: .total, min: Double(random.next(in: 50...100)) / 10),
                        LKECondition(
                            code: "pengungkit", label: "Pengungkit", scope: .node, node: "A", min: Double(random.next(in: 30...90)) / 10),
                        LKECondition(code: "area", label: "Area", scope: .eachArea, minPercent: Double(random.next(in: 30...90))),
                        LKECondition(
                            code: "kinerja", label: "Kinerja", scope: .node, node: "B.I.b", min: Double(random.next(in: 0...4)) / 8),
                        LKECondition(code: "hasil", label: "Hasil", scope: .node, node: "B.I", min: Double(random.next(in: 10...18)) / 10),
                    ])
            ]
            XCTAssertEqual(LKEFrameworkValidator.issues(in: framework), [])
            var answers: [String: LKEAnswer] = [
                "B.I.a": .number(Double(random.next(in: 20...40)) / 10),
                "A.II.2.i.b": .number(Double(random.next(in: 0...100))),
            ]
            for question in optionQuestions {
                let choice = random.next(in: 0...question.answerType.optionCodes.count) // the last means unanswered
                if choice < question.answerType.optionCodes.count {
                    answers[question.id] = .option(question.answerType.optionCodes[choice])
                }
            }
            let current = optionQuestions.map { question -> Int in
                guard case .option(let code)? = answers[question.id] else { return question.answerType.optionCodes.count - 1 }
                return try! question.optionIndex(of: code)
            }
            guard current.map({ $0 + 1 }).reduce(1, *) <= 2_000 else { continue }
            checked += 1

            let plan = try LKEGapAnalysis.plan(framework: framework, answers: answers, predicate: "t")
            let baseTotal = try LKEScorer(framework: framework).score(answers).total
            var best: (steps: Int, gain: Double)?
            var choice = [Int](repeating: 0, count: current.count)
            repeat {
                var trial = answers
                for (i, question) in optionQuestions.enumerated() where choice[i] > 0 {
                    trial[question.id] = .option(question.answerType.optionCodes[current[i] - choice[i]])
                }
                let steps = choice.reduce(0, +)
                if best == nil || steps <= best!.steps, try isEligible(trial, for: "t", in: framework) {
                    let gain = try LKEScorer(framework: framework).score(trial).total - baseTotal
                    if best == nil || steps < best!.steps || gain > best!.gain + 1e-9 { best = (steps, gain) }
                }
            } while Self.advance(&choice, limits: current)

            if let best {
                if best.steps > 0 { withUpgrades += 1 }
                XCTAssertTrue(plan.reachable)
                XCTAssertEqual(plan.steps, best.steps, "answers \(answers)")
                XCTAssertEqual(plan.gain, best.gain, accuracy: 1e-6, "answers \(answers)")
                XCTAssertTrue(try isEligible(applying(plan, to: answers), for: "t", in: framework))
            } else {
                unreachable += 1
                XCTAssertFalse(plan.reachable, "answers \(answers)")
                XCTAssertFalse(plan.blockers.isEmpty)
            }
        }
        // The random cases must exercise both outcomes, not just trivial ones.
        XCTAssertGreaterThan(withUpgrades, 20)
        XCTAssertGreaterThan(unreachable, 5)
    }

    func testOverlappingConditionsAreRejected() throws {
        var framework = Self.small()
        framework.predicates = [
            LKEPredicateRule(
                id: "t", name: "T",
                conditions: [
                    LKECondition(code: "pemenuhan", label: "Pemenuhan", scope: .node, node: "A.I", min: 5),
                    LKECondition(code: "area", label: "Area", scope: .eachArea, minPercent: 50),
                ])
        ]
        XCTAssertThrowsError(try LKEGapAnalysis.plan(framework: framework, answers: [:], predicate: "t")) { error in
            XCTAssertEqual(error as? LKEGapAnalysisError, .overlappingConditions("pemenuhan:A.I", "area:1"))
        }
    }

    /// Counts `digits` up like an odometer with per-digit maxima; false after the last combination.
    private static func advance(_ digits: inout [Int], limits: [Int]) -> Bool {
        for i in digits.indices {
            if digits[i] < limits[i] {
                digits[i] += 1
                return true
            }
            digits[i] = 0
        }
        return false
    }
}
