import XCTest
import ZICore

/// Deadline cells as people write them in real plans: month lists with dashes, bullets or line
/// breaks, ranges across years, recurrences, and a date with other text (read what can be read,
/// keep and flag the rest).
final class PeriodParserPhrasingTests: XCTestCase {
    private func due(_ text: String) -> [String] {
        PeriodParser.parse(text, defaultYear: 2026).dueDates.map(\.description)
    }

    func testAChainOfMonthsJoinedByDashesIsAList() {
        XCTAssertEqual(due("Januari - Maret - Juni 2026"), ["2026-01-31", "2026-03-31", "2026-06-30"])
        XCTAssertEqual(due("Maret – Juni – September – Desember"), ["2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31"])
        XCTAssertEqual(due("TW I - TW II - TW III"), ["2026-03-31", "2026-06-30", "2026-09-30"])
        XCTAssertEqual(due("Januari - Maret 2026"), ["2026-01-31", "2026-02-28", "2026-03-31"], "two joined by a dash stay a range")
        let written = PeriodParser.parse("2026-03-31", defaultYear: 2026)
        XCTAssertTrue(written.needsScheduling, "a written date is not split into a list of numbers")
    }

    func testBulletsLineBreaksAndRangesAcrossYears() {
        XCTAssertEqual(due("• Januari\n• Juni\n• Desember 2026"), ["2026-01-31", "2026-06-30", "2026-12-31"])
        XCTAssertEqual(due("Oktober 2025 s.d. Maret 2026").first, "2025-10-31")
        XCTAssertEqual(due("Oktober 2025 s/d Maret 2026").last, "2026-03-31")
        XCTAssertEqual(due("Januari sampai Maret 2026"), ["2026-01-31", "2026-02-28", "2026-03-31"])
        XCTAssertEqual(due("setiap semester"), ["2026-06-30", "2026-12-31"])
    }

    func testADateWithOtherTextKeepsTheTextAndFlagsIt() {
        let schedule = PeriodParser.parse("Maret 2026, hasil: SK ditetapkan", defaultYear: 2026)
        XCTAssertEqual(schedule.dueDates.map(\.description), ["2026-03-31"])
        XCTAssertEqual(schedule.unparsed, ["hasil: SK ditetapkan"])
        XCTAssertTrue(schedule.needsScheduling)
        XCTAssertEqual(schedule.text, "Maret 2026, hasil: SK ditetapkan")
    }
}
