import XCTest
@testable import ZICore

/// The Indonesian sentence of a result, and the decimal numbers in it.
final class SKMSummaryTests: XCTestCase {
    func testSummary() throws {
        let responses = try SKMFixtures.responses(count: 4, total: 117)
        XCTAssertEqual(
            SKMCalculator.compute(responses)?.summary(names: LocaleNames.indonesian),
            "Nilai IKM 81,25 — mutu pelayanan B (Baik), 4 responden.")
        XCTAssertEqual(
            SKMCalculator.compute(responses, weight: .rounded(0.111))?.summary(names: LocaleNames.indonesian),
            "Nilai IKM 81,17 — mutu pelayanan B (Baik), 4 responden; dihitung dengan bobot 0,111 per unsur"
                + " seperti laporan lama, bukan 1/9.")
        XCTAssertEqual(
            SKMCalculator.compute(try SKMFixtures.uniform(3, count: 1))?.summary(names: LocaleNames.indonesian),
            "Nilai IKM 75,00 — mutu pelayanan C (Kurang Baik), 1 responden.")
    }

    func testDecimalText() {
        XCTAssertEqual(DecimalText.format(81.25, decimals: 2), "81,25")
        XCTAssertEqual(DecimalText.format(75, decimals: 2), "75,00")
        XCTAssertEqual(DecimalText.format(3.24675, decimals: 4), "3,2468")
        XCTAssertEqual(DecimalText.format(0.11, decimals: 4, trimmingZeros: true), "0,11")
        XCTAssertEqual(DecimalText.format(12, decimals: 0), "12")
        XCTAssertEqual(DecimalText.text(scaled: -5, decimals: 1), "-0,5")
        XCTAssertEqual(DecimalText.text(scaled: 7, decimals: 3), "0,007")
        XCTAssertEqual(PercentText.format(95.5), "95,5%")
        XCTAssertEqual(PercentText.format(95), "95%")
        XCTAssertEqual(PercentText.share(1, of: 2000), "0,1%")
    }
}
