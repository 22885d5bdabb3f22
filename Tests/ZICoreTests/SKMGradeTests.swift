import XCTest
@testable import ZICore

/// The quality grades A–D and their intervals.
final class SKMGradeTests: XCTestCase {
    func testLabels() {
        XCTAssertEqual(SKMGrade.allCases.map(\.rawValue), ["A", "B", "C", "D"])
        XCTAssertEqual(SKMGrade.allCases.map { LocaleNames.indonesian($0) }, ["Sangat Baik", "Baik", "Kurang Baik", "Tidak Baik"])
    }

    func testBoundariesOfTheConvertedValue() {
        let cases: [(Double, SKMGrade)] = [
            (100, .a), (88.31, .a), (88.30, .b), (76.61, .b), (76.60, .c), (65.00, .c), (64.99, .d), (25, .d),
        ]
        for (converted, grade) in cases {
            XCTAssertEqual(SKMGrade.of(converted: converted), grade, "\(converted)")
        }
    }

    func testValuesAreRoundedHalfUpToTwoDecimalsFirst() {
        XCTAssertEqual(SKMGrade.of(converted: 88.305), .a, "88,305 is published as 88,31")
        XCTAssertEqual(SKMGrade.of(converted: 88.3049), .b, "88,3049 is published as 88,30")
        XCTAssertEqual(SKMGrade.of(converted: 76.6049), .c)
        XCTAssertEqual(SKMGrade.of(converted: 64.995), .c)
        XCTAssertEqual(SKMGrade.of(converted: 64.9949), .d)
    }

    func testValuesOutsideTheScaleAreClamped() {
        XCTAssertEqual(SKMGrade.of(converted: 120), .a)
        XCTAssertEqual(SKMGrade.of(converted: 0), .d)
        XCTAssertEqual(SKMGrade.of(converted: .nan), .d)
    }

    func testConvertedIntervalsCoverTheScaleWithoutGapsAtTwoDecimals() {
        let grades = SKMGrade.allCases
        XCTAssertEqual(grades.first?.convertedInterval.upperBound, 100)
        XCTAssertEqual(grades.last?.convertedInterval.lowerBound, 25)
        for (better, worse) in zip(grades, grades.dropFirst()) {
            XCTAssertEqual(
                (better.convertedInterval.lowerBound - worse.convertedInterval.upperBound) * 100, 1,
                accuracy: 1e-9, "\(worse) ends one hundredth below \(better)")
        }
    }

    /// The IKM intervals start at the converted lower bounds ÷ 25 and end below the next grade's
    /// start (B ends at 3,5323, × 25 = 88,3075, below A's 88,31).
    func testIKMIntervalsMatchTheConvertedIntervals() {
        for grade in SKMGrade.allCases {
            XCTAssertEqual(grade.ikmInterval.lowerBound * 25, grade.convertedInterval.lowerBound, accuracy: 1e-9, "\(grade)")
        }
        for (better, worse) in zip(SKMGrade.allCases, SKMGrade.allCases.dropFirst()) {
            XCTAssertLessThan(worse.ikmInterval.upperBound * 25, better.convertedInterval.lowerBound, "\(worse)")
            XCTAssertGreaterThanOrEqual(worse.ikmInterval.upperBound * 25, worse.convertedInterval.upperBound - 1e-9, "\(worse)")
        }
        XCTAssertEqual(SKMGrade.a.ikmInterval, 3.5324...4.00)
        XCTAssertEqual(SKMGrade.b.ikmInterval, 3.0644...3.5323)
        XCTAssertEqual(SKMGrade.c.ikmInterval, 2.60...3.0643)
        XCTAssertEqual(SKMGrade.d.ikmInterval, 1.00...2.5996)
    }
}
