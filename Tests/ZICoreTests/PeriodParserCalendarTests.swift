import XCTest
@testable import ZICore

/// The calendar values the period parser produces, and the sanity of its vocabulary.
final class PeriodParserCalendarTests: XCTestCase {
    func testCalendarDatesExistOrAreRefused() {
        XCTAssertEqual(CalendarDate(year: 2024, month: 2, day: 29)?.description, "2024-02-29")
        XCTAssertEqual(CalendarDate(year: 2000, month: 2, day: 29)?.description, "2000-02-29")
        XCTAssertNil(CalendarDate(year: 1900, month: 2, day: 29), "1900 is not a leap year")
        XCTAssertNil(CalendarDate(year: 2025, month: 2, day: 29))
        XCTAssertNil(CalendarDate(year: 2025, month: 4, day: 31))
        XCTAssertNil(CalendarDate(year: 2025, month: 13, day: 1))
        XCTAssertNil(CalendarDate(year: 2025, month: 1, day: 0))
        XCTAssertEqual(CalendarDate(iso: "2025-12-31"), CalendarDate(year: 2025, month: 12, day: 31))
        for text in ["2025-1-31", "2025-02-30", "31-12-2025", "2025-12-31T00:00:00Z", "20251231", "2025-+1-01"] {
            XCTAssertNil(CalendarDate(iso: text), text)
        }
    }

    func testCalendarDatesOrderByYearMonthDay() throws {
        let dates = try ["2025-01-31", "2024-12-31", "2025-01-01", "2024-02-29"].map { try XCTUnwrap(CalendarDate(iso: $0)) }
        XCTAssertEqual(dates.sorted().map(\.description), ["2024-02-29", "2024-12-31", "2025-01-01", "2025-01-31"])
    }

    func testCalendarValuesDecodeOnlyWhenValid() throws {
        let decoder = JSONDecoder()
        XCTAssertEqual(try decoder.decode([CalendarDate].self, from: Data(#"["2021-10-31"]"#.utf8)).first?.description, "2021-10-31")
        XCTAssertThrowsError(try decoder.decode([CalendarDate].self, from: Data(#"["2021-02-30"]"#.utf8)))
        let span = try decoder.decode(CalendarSpan.self, from: Data(#"{"start":"2021-01-01","end":"2021-10-31"}"#.utf8))
        XCTAssertEqual(span.end.description, "2021-10-31")
        XCTAssertThrowsError(try decoder.decode(CalendarSpan.self, from: Data(#"{"start":"2021-10-31","end":"2021-01-01"}"#.utf8)))
        let start = try XCTUnwrap(CalendarDate(iso: "2021-10-31"))
        let end = try XCTUnwrap(CalendarDate(iso: "2021-01-01"))
        XCTAssertNil(CalendarSpan(start: start, end: end))
    }

    func testVocabularyNamesEveryMonthAndNoWordTwice() {
        XCTAssertEqual(Set(PeriodVocabulary.months.values), Set(1...12))
        XCTAssertEqual(Set(PeriodVocabulary.units.values), Set(PeriodUnit.allCases))
        let periodWords = Set(PeriodVocabulary.months.keys)
        let otherWords = Set(PeriodVocabulary.units.keys).union(PeriodVocabulary.pointsOfYear.keys)
            .union(PeriodVocabulary.ordinals.keys).union(PeriodVocabulary.numbers.keys)
            .union(PeriodVocabulary.recurrenceWords.keys).union(PeriodVocabulary.rangeWords)
            .union(PeriodVocabulary.listWords)
        XCTAssertEqual(periodWords.intersection(otherWords), [], "a month name must mean nothing else")
    }
}

/// Day arithmetic on calendar dates, across months, years and leap days.
final class CalendarDateArithmeticTests: XCTestCase {
    func testAddingDaysCrossesMonthsYearsAndLeapDays() {
        let date = { (text: String) in CalendarDate(iso: text)! }
        XCTAssertEqual(date("2025-01-31").adding(days: 1), date("2025-02-01"))
        XCTAssertEqual(date("2024-02-28").adding(days: 1), date("2024-02-29"))
        XCTAssertEqual(date("2025-02-28").adding(days: 1), date("2025-03-01"))
        XCTAssertEqual(date("2025-12-20").adding(days: 30), date("2026-01-19"))
        XCTAssertEqual(date("2025-03-01").adding(days: -1), date("2025-02-28"))
        XCTAssertEqual(date("2026-01-01").adding(days: -1), date("2025-12-31"))
        XCTAssertEqual(date("2025-06-15").adding(days: 0), date("2025-06-15"))
        XCTAssertEqual(date("2024-01-01").adding(days: 366), date("2025-01-01"))
        XCTAssertEqual(date("2025-01-01").adding(days: -365), date("2024-01-02"))
    }
}
