import Foundation
import XCTest
@testable import ZICore

/// Time limits in working days: weekends and holidays do not count.
final class WorkingDayCalendarTests: XCTestCase {
    private func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }
    private func dates(_ texts: String...) -> Set<CalendarDate> { Set(texts.map(date)) }

    private let plain = WorkingCalendar(holidays: [])
    /// Some of the days off around the turn of 2024/2025: Christmas and its collective leave,
    /// New Year, Isra Mikraj (Monday 27 January), collective leave and Chinese New Year.
    private var yearEnd: WorkingCalendar {
        WorkingCalendar(holidays: dates("2024-12-25", "2024-12-26", "2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29"))
    }

    func testWeekendsAndHolidaysAreNotWorkingDays() {
        XCTAssertTrue(plain.isWorkingDay(date("2025-01-03")), "Friday")
        XCTAssertFalse(plain.isWorkingDay(date("2025-01-04")), "Saturday")
        XCTAssertFalse(plain.isWorkingDay(date("2025-01-05")), "Sunday")
        XCTAssertTrue(plain.isWorkingDay(date("2025-01-27")))
        XCTAssertFalse(yearEnd.isWorkingDay(date("2025-01-27")), "a holiday on a Monday")
    }

    func testWorkingDaysOfAYear() {
        // 2026 starts on a Thursday: 52 weeks and one Thursday, 261 weekdays.
        XCTAssertEqual(plain.workingDays(inYear: 2026), 261)
        // 2025: 261 weekdays; New Year (Wednesday), 27–29 January (Monday–Wednesday) off; 2024's days do not count.
        XCTAssertEqual(yearEnd.workingDays(inYear: 2025), 257)
        XCTAssertEqual(WorkingCalendar(holidays: dates("2028-01-01")).workingDays(inYear: 2028), 260, "1 January 2028 is a Saturday")
    }

    func testAddingSkipsTheWeekend() {
        XCTAssertEqual(plain.adding(workingDays: 1, to: date("2025-01-03")), date("2025-01-06"), "Friday + 1 → Monday")
        XCTAssertEqual(plain.adding(workingDays: 3, to: date("2025-01-03")), date("2025-01-08"))
        XCTAssertEqual(plain.adding(workingDays: 5, to: date("2025-01-06")), date("2025-01-13"), "a week")
        XCTAssertEqual(plain.adding(workingDays: 1, to: date("2025-01-04")), date("2025-01-06"), "from a Saturday")
    }

    func testAddingSkipsAHolidayOnAMonday() {
        XCTAssertEqual(plain.adding(workingDays: 1, to: date("2025-01-24")), date("2025-01-27"))
        XCTAssertEqual(yearEnd.adding(workingDays: 1, to: date("2025-01-24")), date("2025-01-30"))
        let mondayOnly = WorkingCalendar(holidays: dates("2025-01-27"))
        XCTAssertEqual(mondayOnly.adding(workingDays: 3, to: date("2025-01-24")), date("2025-01-30"))
    }

    func testZeroWorkingDays() {
        XCTAssertEqual(plain.adding(workingDays: 0, to: date("2025-01-03")), date("2025-01-03"), "a working day itself")
        XCTAssertEqual(plain.adding(workingDays: 0, to: date("2025-01-04")), date("2025-01-06"), "Saturday → Monday")
        XCTAssertEqual(yearEnd.adding(workingDays: 0, to: date("2025-01-25")), date("2025-01-30"))
    }

    func testAddingAcrossMonthAndYearEnds() {
        XCTAssertEqual(plain.adding(workingDays: 2, to: date("2025-01-30")), date("2025-02-03"))
        XCTAssertEqual(plain.adding(workingDays: 1, to: date("2024-02-28")), date("2024-02-29"), "leap day")
        // After Tuesday 24 December 2024: 27 (1), 30 (2), 31 (3), 2 January (4), 3 January (5).
        XCTAssertEqual(yearEnd.adding(workingDays: 5, to: date("2024-12-24")), date("2025-01-03"))
        XCTAssertEqual(plain.adding(workingDays: 5, to: date("2024-12-24")), date("2024-12-31"))
        XCTAssertEqual(yearEnd.adding(workingDays: 30, to: date("2024-12-02")), date("2025-01-16"))
    }

    func testAddingStopsAtTheLastDate() {
        XCTAssertEqual(plain.adding(workingDays: 5, to: date("9999-12-30")), date("9999-12-31"))
    }

    func testCounting() {
        XCTAssertEqual(plain.workingDays(from: date("2025-01-03"), to: date("2025-01-03")), 0)
        XCTAssertEqual(plain.workingDays(from: date("2025-01-08"), to: date("2025-01-03")), 0, "to before from")
        XCTAssertEqual(plain.workingDays(from: date("2025-01-03"), to: date("2025-01-05")), 0, "Friday to Sunday")
        XCTAssertEqual(plain.workingDays(from: date("2025-01-03"), to: date("2025-01-06")), 1, "Friday to Monday")
        XCTAssertEqual(plain.workingDays(from: date("2025-01-04"), to: date("2025-01-10")), 5)
        XCTAssertEqual(plain.workingDays(from: date("2025-01-01"), to: date("2025-12-31")), 260)
        XCTAssertEqual(yearEnd.workingDays(from: date("2024-12-24"), to: date("2025-01-03")), 5)
        XCTAssertEqual(yearEnd.workingDays(from: date("2025-01-24"), to: date("2025-01-31")), 2)
    }

    func testAHolidayOnAWeekendChangesNothing() {
        let saturdayHoliday = WorkingCalendar(holidays: dates("2025-01-04"))
        XCTAssertEqual(saturdayHoliday.workingDays(from: date("2025-01-03"), to: date("2025-01-10")), 5)
        XCTAssertEqual(saturdayHoliday.adding(workingDays: 5, to: date("2025-01-03")), date("2025-01-10"))
    }

    func testCountingAgreesWithAddingAndWithADayByDayCount() {
        let calendar = WorkingCalendar(holidays: dates("1969-12-25", "1970-01-01", "1970-01-03", "2024-12-25", "2025-01-01"))
        let starts = [date("1969-12-20"), date("2024-12-20")]
        for start in starts {
            for offset in 0..<20 {
                let from = start.adding(days: offset)
                for workingDays in 1...12 {
                    let due = calendar.adding(workingDays: workingDays, to: from)
                    XCTAssertEqual(calendar.workingDays(from: from, to: due), workingDays, "\(from) + \(workingDays)")
                }
                for length in 0..<25 {
                    let to = from.adding(days: length)
                    let byDay = (0..<length).filter { calendar.isWorkingDay(from.adding(days: $0 + 1)) }.count
                    XCTAssertEqual(calendar.workingDays(from: from, to: to), byDay, "\(from) … \(to)")
                }
            }
        }
    }

    func testJSONHasTheHolidaysSorted() throws {
        let json = try JSONEncoder().encode(yearEnd)
        XCTAssertEqual(
            String(decoding: json, as: UTF8.self),
            #"{"holidays":["2024-12-25","2024-12-26","2025-01-01","2025-01-27","2025-01-28","2025-01-29"]}"#)
        XCTAssertEqual(try JSONDecoder().decode(WorkingCalendar.self, from: json), yearEnd)
    }
}
