import Foundation
import XCTest
@testable import ZICore

/// NRR, IKM, converted IKM, grade and lowest elements of SKM responses.
final class SKMCalculatorTests: XCTestCase {
    private typealias F = SKMFixtures

    /// Four respondents:
    ///
    /// ```text
    ///        U1 U2 U3 U4 U5 U6 U7 U8 U9 | sum
    /// R1      4  4  3  4  3  3  4  3  3 |  31
    /// R2      3  3  3  4  3  3  3  2  3 |  27
    /// R3      3  4  2  4  3  4  4  3  3 |  30
    /// R4      4  3  3  4  3  3  3  2  4 |  29
    /// total  14 14 11 16 12 13 14 10 13 | 117
    /// NRR   3,5 3,5 2,75 4 3 3,25 3,5 2,5 3,25
    /// ```
    ///
    /// IKM = Σ NRR × 1/9 = 117 / (9 × 4) = 117 / 36 = 3,25; converted = 3,25 × 25 = 81,25 → B.
    /// Lowest NRR: U8 (2,5).
    private func handExample() throws -> [SKMResponse] {
        [
            try F.response(4, 4, 3, 4, 3, 3, 4, 3, 3),
            try F.response(3, 3, 3, 4, 3, 3, 3, 2, 3),
            try F.response(3, 4, 2, 4, 3, 4, 4, 3, 3),
            try F.response(4, 3, 3, 4, 3, 3, 3, 2, 4),
        ]
    }

    func testHandComputedExample() throws {
        let result = try XCTUnwrap(SKMCalculator.compute(try handExample()))

        XCTAssertEqual(result.respondents, 4)
        XCTAssertEqual(result.weight, .exact)
        XCTAssertEqual(result.nrr, [.u1: 3.5, .u2: 3.5, .u3: 2.75, .u4: 4, .u5: 3, .u6: 3.25, .u7: 3.5, .u8: 2.5, .u9: 3.25])
        XCTAssertEqual(result.weightedNRR[.u1], 14.0 / 36, "NRR × 1/9 = 3,5 / 9 = 14 / 36")
        XCTAssertEqual(result.weightedNRR[.u8], 10.0 / 36)
        XCTAssertEqual(result.weightedNRR.values.reduce(0, +), result.ikm, accuracy: 1e-12)
        XCTAssertEqual(result.ikm, 3.25)
        XCTAssertEqual(result.converted, 81.25)
        XCTAssertEqual(result.publishedConverted, 81.25)
        XCTAssertEqual(result.grade, .b)
        XCTAssertEqual(result.lowestElements, [.u8])
    }

    func testNoResponsesGiveNoResult() {
        XCTAssertNil(SKMCalculator.compute([]))
    }

    func testTiedLowestElementsAreAllListedInElementOrder() throws {
        let responses = [try F.response(3, 2, 4, 4, 3, 4, 4, 3, 4), try F.response(3, 3, 4, 4, 2, 4, 4, 2, 4)]
        // Totals: U1 6, U2 5, U5 5, U8 5, the rest ≥ 6.
        XCTAssertEqual(SKMCalculator.compute(responses)?.lowestElements, [.u2, .u5, .u8])
        XCTAssertEqual(SKMCalculator.compute(try F.uniform(3, count: 2))?.lowestElements, SKMElement.allCases)
    }

    func testComputedCasesLandInEveryGrade() throws {
        let cases: [(score: Int, converted: Double, grade: SKMGrade)] = [(4, 100, .a), (3, 75, .c), (2, 50, .d), (1, 25, .d)]
        for (score, converted, grade) in cases {
            let result = try XCTUnwrap(SKMCalculator.compute(try F.uniform(score, count: 3)))
            XCTAssertEqual(result.ikm, Double(score))
            XCTAssertEqual(result.converted, converted)
            XCTAssertEqual(result.grade, grade, "all answers \(score)")
        }
        XCTAssertEqual(SKMCalculator.compute(try handExample())?.grade, .b)
    }

    /// With 2 500 respondents a grand total T gives converted = 25 × T / 22 500 = T / 900:
    /// 79 479 → 88,31 exactly; 79 475 → 88,3056 → 88,31 (A); 79 474 → 88,3044 → 88,30 (B).
    func testGradeIsDecidedOnTheConvertedValueRoundedToTwoDecimals() throws {
        let cases: [(total: Int, published: Double, grade: SKMGrade)] = [
            (79_479, 88.31, .a), (79_475, 88.31, .a), (79_474, 88.30, .b), (79_470, 88.30, .b),
        ]
        for (total, published, grade) in cases {
            let result = try XCTUnwrap(SKMCalculator.compute(try F.responses(count: 2_500, total: total)))
            XCTAssertEqual(result.converted, Double(total) / 900, "total \(total)")
            XCTAssertEqual(result.publishedConverted, published, "total \(total)")
            XCTAssertEqual(result.grade, grade, "total \(total)")
        }
    }

    /// With 5 000 respondents converted = 25 × T / 45 000 = T / 1 800; these totals land exactly
    /// on the half hundredth below each boundary (88,305, 76,605, 64,995), which rounds up into
    /// the better grade, while one point less stays below.
    func testExactHalfHundredthRoundsUpIntoTheBetterGrade() throws {
        let cases: [(total: Int, published: Double, grade: SKMGrade, below: SKMGrade)] = [
            (158_949, 88.31, .a, .b), (137_889, 76.61, .b, .c), (116_991, 65.00, .c, .d),
        ]
        for (total, published, grade, below) in cases {
            let onTheHalf = try XCTUnwrap(SKMCalculator.compute(try F.responses(count: 5_000, total: total)))
            XCTAssertEqual(onTheHalf.publishedConverted, published, "total \(total)")
            XCTAssertEqual(onTheHalf.grade, grade, "total \(total)")
            XCTAssertEqual(SKMCalculator.compute(try F.responses(count: 5_000, total: total - 1))?.grade, below)
        }
    }

    func testRoundedWeightGivesASlightlyLowerIKM() throws {
        let responses = try handExample()
        let exact = try XCTUnwrap(SKMCalculator.compute(responses))
        let old = try XCTUnwrap(SKMCalculator.compute(responses, weight: .rounded(0.111)))

        // 0,111 × 117 / 4 = 3,24675; × 25 = 81,16875 → 81,17.
        XCTAssertEqual(old.weight, .rounded(0.111))
        XCTAssertEqual(old.ikm, 3.24675, accuracy: 1e-12)
        XCTAssertEqual(old.converted, 81.16875, accuracy: 1e-12)
        XCTAssertEqual(old.publishedConverted, 81.17)
        XCTAssertLessThan(old.ikm, exact.ikm)
        XCTAssertEqual(old.weightedNRR[.u1] ?? 0, 3.5 * 0.111, accuracy: 1e-12)
        XCTAssertEqual(old.nrr, exact.nrr, "the weight changes nothing before weighting")

        let perfect = try XCTUnwrap(SKMCalculator.compute(try F.uniform(4, count: 10), weight: .rounded(0.11)))
        XCTAssertEqual(perfect.converted, 99, accuracy: 1e-12, "all 4 with 0,11: 4 × 9 × 0,11 × 25 = 99, not 100")
    }

    func testRoundedWeightCanChangeTheGrade() throws {
        // T / 900 with 2 500 respondents: 79 479 → 88,31 (A) exactly, but × 0,999 (0,111 × 9) → 88,22 (B).
        let responses = try F.responses(count: 2_500, total: 79_479)
        XCTAssertEqual(SKMCalculator.compute(responses)?.grade, .a)
        XCTAssertEqual(SKMCalculator.compute(responses, weight: .rounded(0.111))?.grade, .b)
    }

    func testWeightValues() {
        XCTAssertEqual(SKMWeight.exact.value, 1.0 / 9)
        XCTAssertEqual(SKMWeight.rounded(0.111).value, 0.111)
    }

    func testResultJSONRoundTrip() throws {
        for weight in [SKMWeight.exact, .rounded(0.111)] {
            let result = try XCTUnwrap(SKMCalculator.compute(try handExample(), weight: weight))
            let json = try JSONEncoder().encode(result)
            XCTAssertEqual(try JSONDecoder().decode(SKMResult.self, from: json), result)
            XCTAssertTrue(String(decoding: json, as: UTF8.self).contains(#""u8":2.5"#))
        }
    }
}
