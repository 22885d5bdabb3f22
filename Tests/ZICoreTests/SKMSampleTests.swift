import XCTest
@testable import ZICore

/// The minimum number of respondents by the Krejcie–Morgan table.
final class SKMSampleTests: XCTestCase {
    func testTableRows() {
        let rows = [
            (10, 10), (15, 14), (50, 44), (100, 80), (200, 132), (500, 217), (1000, 278), (2000, 322),
            (5000, 357), (10000, 370), (50000, 381), (75000, 382), (1_000_000, 384),
        ]
        for (population, sample) in rows {
            XCTAssertEqual(SKMSample.minimumRespondents(population: population), sample, "N = \(population)")
        }
    }

    func testTableIsOrderedAndNeverAsksMoreThanThePopulation() {
        let table = SKMSample.krejcieMorgan
        XCTAssertEqual(table.count, 90)
        for (smaller, larger) in zip(table, table.dropFirst()) {
            XCTAssertLessThan(smaller.population, larger.population)
            XCTAssertLessThan(smaller.sample, larger.sample)
        }
        XCTAssertTrue(table.allSatisfy { $0.sample <= $0.population })
    }

    func testBetweenRowsTheLargerRowCounts() {
        XCTAssertEqual(SKMSample.minimumRespondents(population: 11), 14)
        XCTAssertEqual(SKMSample.minimumRespondents(population: 101), 86)
        XCTAssertEqual(SKMSample.minimumRespondents(population: 105), 86)
        XCTAssertEqual(SKMSample.minimumRespondents(population: 1001), 285)
        XCTAssertEqual(SKMSample.minimumRespondents(population: 12_000), 375)
        XCTAssertEqual(SKMSample.minimumRespondents(population: 75_001), 384)
    }

    func testBelowTenEveryoneIsAsked() {
        XCTAssertEqual((0...9).map { SKMSample.minimumRespondents(population: $0) }, Array(0...9))
        XCTAssertEqual(SKMSample.minimumRespondents(population: -5), 0)
    }

    func testAboveTheTable() {
        XCTAssertEqual(SKMSample.minimumRespondents(population: 1_000_001), 384)
        XCTAssertEqual(SKMSample.minimumRespondents(population: 250_000_000), 384)
    }

    func testSufficiency() {
        XCTAssertTrue(SKMSample.isSufficient(respondents: 80, population: 100))
        XCTAssertFalse(SKMSample.isSufficient(respondents: 79, population: 100))
        XCTAssertTrue(SKMSample.isSufficient(respondents: 7, population: 7))
        XCTAssertFalse(SKMSample.isSufficient(respondents: 6, population: 7))
        XCTAssertTrue(SKMSample.isSufficient(respondents: 400, population: 5_000_000))
    }
}
