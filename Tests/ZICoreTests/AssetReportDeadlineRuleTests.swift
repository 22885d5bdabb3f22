import XCTest
import ZICore

/// The due dates of asset reports and the month arithmetic under them.
final class AssetReportDeadlineRuleTests: XCTestCase {
    private func date(_ text: String) throws -> CalendarDate { try XCTUnwrap(CalendarDate(iso: text)) }

    func testThePeriodicReportIsDue31MarchAndAPositionChange3MonthsAfterIt() throws {
        XCTAssertEqual(AssetReportDeadline.due(year: 2026, kind: .periodik, eventOn: nil), try date("2026-03-31"))
        XCTAssertEqual(AssetReportDeadline.due(year: 2026, kind: .pengangkatan, eventOn: try date("2026-11-30")), try date("2027-02-28"))
        XCTAssertEqual(AssetReportDeadline.due(year: 2026, kind: .berhenti, eventOn: try date("2026-05-15")), try date("2026-08-15"))
        XCTAssertNil(AssetReportDeadline.due(year: 2026, kind: .berhenti, eventOn: nil))
        XCTAssertFalse(AssetReportDeadline.isOnTime(filedOn: try date("2026-04-02"), due: try date("2026-03-31")))
        XCTAssertTrue(AssetReportDeadline.isOnTime(filedOn: try date("2026-03-31"), due: try date("2026-03-31")))
        XCTAssertTrue(AssetReportDeadline.isOnTime(filedOn: try date("2026-12-01"), due: nil))
    }

    func testAddingMonthsKeepsTheDayOrTakesTheMonthsLast() throws {
        XCTAssertEqual(try date("2026-01-31").adding(months: 1), try date("2026-02-28"))
        XCTAssertEqual(try date("2028-01-31").adding(months: 1), try date("2028-02-29"))
        XCTAssertEqual(try date("2026-10-15").adding(months: 3), try date("2027-01-15"))
        XCTAssertEqual(try date("2026-10-15").adding(months: 0), try date("2026-10-15"))
        XCTAssertEqual(try date("2026-10-15").adding(months: 24), try date("2028-10-15"))
        XCTAssertEqual(try date("9999-11-30").adding(months: 5), try date("9999-12-30"), "clamped to the last month a date may have")
    }
}
