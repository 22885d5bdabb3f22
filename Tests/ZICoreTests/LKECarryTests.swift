import XCTest

@testable import ZICore

/// What carries to another framework: by question id, only answers that fit the target.
final class LKECarryTests: XCTestCase {
    func testAnswersCarryByIdWhenTheyFitAndTheRestIsNamed() throws {
        var target = LKEFixtures.mini()
        let answers: [String: LKEAnswer?] = [
            "A.I.1.i.a": .option("Ya"),
            "A.I.1.i.b": .option("D"), // A/B/C in the target
            "A.II.1.i.a": .number(80),
            "A.I.9.z.a": .option("A"), // not in the target
            "B.I.a": nil, // notes only
        ]
        let plan = LKECarry.plan(answers, to: target)
        XCTAssertEqual(plan.questions, ["A.I.1.i.a", "A.I.1.i.b", "A.II.1.i.a", "B.I.a"])
        XCTAssertEqual(plan.answers, ["A.I.1.i.a": .option("Ya"), "A.II.1.i.a": .number(80)])
        XCTAssertEqual(plan.misses.map(\.question), ["A.I.1.i.b", "A.I.9.z.a"])
        XCTAssertEqual(plan.misses.map(\.reason), [.answerDoesNotFit, .questionMissing])
        XCTAssertNotNil(plan.misses.first?.detail)

        target.optionValues = LKEOptionScale(stated: [.abc: [1, Decimal(string: "0.4")!, 0]])
        XCTAssertEqual(LKECarry.plan(["A.I.1.i.b": .option("B")], to: target).answers, ["A.I.1.i.b": .option("B")])
    }

    func testBetweenTheTwoBundledFrameworksEverythingCarries() throws {
        let registry = try LKEFrameworkRegistry.bundled()
        let earlier = try registry.framework(id: "permenpanrb-90-2021")
        let current = try registry.framework(id: "lke-zi-2026")
        let best = LKEFixtures.best(earlier).mapValues { Optional($0) }
        let plan = LKECarry.plan(best, to: current)
        XCTAssertEqual(plan.misses, [])
        XCTAssertEqual(plan.answers.count, 113)
    }
}
