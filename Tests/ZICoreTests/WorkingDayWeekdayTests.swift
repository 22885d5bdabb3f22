import XCTest
@testable import ZICore

/// The day of the week of a calendar date.
final class WorkingDayWeekdayTests: XCTestCase {
    private func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }

    func testKnownDates() {
        let cases: [(String, Weekday)] = [
            ("2026-11-22", .sunday), ("2025-01-01", .wednesday), ("1970-01-01", .thursday), ("2000-02-29", .tuesday),
            ("2024-02-29", .thursday), ("1945-08-17", .friday), ("1969-12-31", .wednesday),
            ("0001-01-01", .monday), ("9999-12-31", .friday),
        ]
        for (text, weekday) in cases {
            XCTAssertEqual(date(text).weekday, weekday, text)
        }
    }

    func testDayNumbersCountDaysAcrossMonthsYearsAndLeapDays() {
        XCTAssertEqual(date("1970-01-01").dayNumber, 0)
        XCTAssertEqual(date("1969-12-31").dayNumber, -1)
        XCTAssertEqual(date("2000-03-01").dayNumber - date("2000-02-28").dayNumber, 2)
        XCTAssertEqual(date("2100-03-01").dayNumber - date("2100-02-28").dayNumber, 1, "2100 is not a leap year")
        var day = date("1899-12-25")
        for _ in 0..<1_000 {
            let next = day.adding(days: 1)
            XCTAssertEqual(next.dayNumber, day.dayNumber + 1, "\(day)")
            XCTAssertEqual(next.weekday.rawValue, day.weekday.rawValue % 7 + 1, "\(day)")
            day = next
        }
    }

    func testNamesAndWeekends() {
        XCTAssertEqual(Weekday.allCases.filter(\.isWeekend), [.saturday, .sunday])
    }
}
