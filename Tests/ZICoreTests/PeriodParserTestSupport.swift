import XCTest
@testable import ZICore

/// One row of a table-driven `PeriodParser` test: a phrase and exactly what it must give.
struct PeriodCase {
    let phrase: String
    let planYear: Int
    let dueDates: [String]
    let spans: [String]
    let recurrenceMonths: Int?
    let notes: [String]
    let unparsed: [String]
    let line: UInt

    /// A phrase that must be scheduled; a span is written `YYYY-MM-DD..YYYY-MM-DD`.
    static func due(
        _ phrase: String, planYear: Int = 2025, _ dueDates: [String], spans: [String] = [],
        every recurrenceMonths: Int? = nil, notes: [String] = [], unparsed: [String] = [], line: UInt = #line
    ) -> PeriodCase {
        PeriodCase(
            phrase: phrase, planYear: planYear, dueDates: dueDates, spans: spans,
            recurrenceMonths: recurrenceMonths, notes: notes, unparsed: unparsed, line: line)
    }

    /// A phrase that must be flagged entirely: nothing scheduled, `unparsed` as given (default: the phrase).
    static func flagged(_ phrase: String, planYear: Int = 2025, unparsed: [String]? = nil, line: UInt = #line) -> PeriodCase {
        PeriodCase(
            phrase: phrase, planYear: planYear, dueDates: [], spans: [], recurrenceMonths: nil,
            notes: [], unparsed: unparsed ?? [phrase], line: line)
    }

    var needsScheduling: Bool { dueDates.isEmpty || !unparsed.isEmpty }
}

extension XCTestCase {
    /// Parses every phrase and compares every field of the result with the row.
    func assertSchedules(_ cases: [PeriodCase], file: StaticString = #filePath) {
        for row in cases {
            let schedule = PeriodParser.parse(row.phrase, defaultYear: row.planYear)
            let label = "\"\(row.phrase)\" (plan year \(row.planYear))"
            XCTAssertEqual(schedule.text, row.phrase, label, file: file, line: row.line)
            XCTAssertEqual(schedule.dueDates.map(\.description), row.dueDates, "due dates of \(label)", file: file, line: row.line)
            XCTAssertEqual(schedule.spans.map { "\($0.start)..\($0.end)" }, row.spans, "spans of \(label)", file: file, line: row.line)
            XCTAssertEqual(schedule.recurrence?.intervalMonths, row.recurrenceMonths, "recurrence of \(label)", file: file, line: row.line)
            XCTAssertEqual(schedule.notes, row.notes, "notes of \(label)", file: file, line: row.line)
            XCTAssertEqual(schedule.unparsed, row.unparsed, "unparsed of \(label)", file: file, line: row.line)
            XCTAssertEqual(schedule.needsScheduling, row.needsScheduling, "needsScheduling of \(label)", file: file, line: row.line)
        }
    }
}

/// Last days of months, written out so that the tests do not borrow the parser's calendar.
enum MonthEnds {
    private static let days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    private static let leapYears: Set<Int> = [2020, 2024]

    /// `YYYY-MM-DD` of the last day of each month, in the order given.
    static func of(_ year: Int, _ months: [Int]) -> [String] {
        months.map { month in
            let day = month == 2 && leapYears.contains(year) ? 29 : days[month - 1]
            return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day)"
        }
    }

    static func of(_ year: Int, _ months: ClosedRange<Int>) -> [String] {
        of(year, Array(months))
    }
}
