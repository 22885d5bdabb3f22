import XCTest
@testable import ZICore

/// Monitoring cadences and their periods: spans, labels, keys and lookup by date.
final class MonevPeriodTests: XCTestCase {
    private typealias F = MonevFixtures

    func testCadencesHaveTheirLengthsAndLabels() {
        XCTAssertEqual(MonitoringCadence.allCases.map(\.months), [1, 3, 6])
        XCTAssertEqual(MonitoringCadence.allCases.map { LocaleNames.indonesian($0) }, ["Bulanan", "Triwulanan", "Semesteran"])
        XCTAssertEqual(MonitoringCadence.allCases.map { $0.periods(year: 2025).count }, [12, 4, 2])
    }

    func testMonthlyPeriodsAreNamedAndKeyedByMonth() {
        let periods = MonitoringCadence.bulanan.periods(year: 2025)
        XCTAssertEqual(
            periods.map { LocaleNames.indonesian($0) },
            [
                "Januari 2025", "Februari 2025", "Maret 2025", "April 2025", "Mei 2025", "Juni 2025",
                "Juli 2025", "Agustus 2025", "September 2025", "Oktober 2025", "November 2025", "Desember 2025",
            ])
        XCTAssertEqual(periods.map(\.key), (1...12).map { String(format: "2025-M%02d", $0) })
        XCTAssertEqual(periods.map(\.index), Array(1...12))
    }

    func testQuarterAndHalfYearPeriodsUseRomanNumerals() {
        let quarters = MonitoringCadence.triwulan.periods(year: 2025)
        XCTAssertEqual(
            quarters.map { LocaleNames.indonesian($0) }, ["Triwulan I 2025", "Triwulan II 2025", "Triwulan III 2025", "Triwulan IV 2025"])
        XCTAssertEqual(quarters.map(\.key), ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"])
        XCTAssertEqual(
            quarters.map(spanText),
            [
                "2025-01-01..2025-03-31", "2025-04-01..2025-06-30", "2025-07-01..2025-09-30", "2025-10-01..2025-12-31",
            ])
        let halves = MonitoringCadence.semester.periods(year: 2025)
        XCTAssertEqual(halves.map { LocaleNames.indonesian($0) }, ["Semester I 2025", "Semester II 2025"])
        XCTAssertEqual(halves.map(\.key), ["2025-S1", "2025-S2"])
        XCTAssertEqual(halves.map(spanText), ["2025-01-01..2025-06-30", "2025-07-01..2025-12-31"])
    }

    func testFebruaryEndsOnTheLastDayOfLeapAndCommonYears() {
        let ends = [2024: "2024-02-29", 2025: "2025-02-28", 2000: "2000-02-29", 1900: "1900-02-28"]
        for (year, end) in ends {
            XCTAssertEqual(MonitoringCadence.bulanan.periods(year: year)[1].span.end.description, end, "\(year)")
        }
    }

    func testPeriodsOfEveryCadenceTileTheYear() {
        for cadence in MonitoringCadence.allCases {
            for year in [1900, 2000, 2024, 2025] {
                let periods = cadence.periods(year: year)
                XCTAssertEqual(periods.first?.span.start, CalendarDate(year: year, month: 1, day: 1), "\(cadence) \(year)")
                XCTAssertEqual(periods.last?.span.end, CalendarDate(year: year, month: 12, day: 31), "\(cadence) \(year)")
                for (previous, next) in zip(periods, periods.dropFirst()) {
                    XCTAssertEqual(
                        next.span.start, CalendarDate(year: year, month: previous.span.end.month + 1, day: 1),
                        "\(previous.key) → \(next.key)")
                }
                XCTAssertEqual(periods, periods.sorted(), "\(cadence) \(year)")
            }
        }
    }

    func testKeysRoundTripAndEncodeAsJSONStrings() throws {
        for cadence in MonitoringCadence.allCases {
            for period in cadence.periods(year: 2024) {
                XCTAssertEqual(MonitoringPeriod(key: period.key), period, period.key)
            }
        }
        let period = F.period("2025-Q3")
        XCTAssertEqual(String(decoding: try JSONEncoder().encode([period]), as: UTF8.self), #"["2025-Q3"]"#)
        XCTAssertEqual(try JSONDecoder().decode([MonitoringPeriod].self, from: Data(#"["2025-Q3"]"#.utf8)), [period])
        XCTAssertThrowsError(try JSONDecoder().decode([MonitoringPeriod].self, from: Data(#"["2025-Q5"]"#.utf8)))
    }

    func testMalformedKeysAreRefused() {
        let keys = [
            "2025-M1", "2025-M13", "2025-M00", "2025-Q0", "2025-Q5", "2025-Q01", "2025-S3", "2025-q1",
            "25-Q1", "2025Q1", "2025-Q1 ", "0000-Q1", "2025-X1", "2025-Q+", "2025-M1a", "2025-", "-Q1", "",
        ]
        for key in keys {
            XCTAssertNil(MonitoringPeriod(key: key), key)
        }
    }

    func testPeriodsOutsideTheYearOrCalendarDoNotExist() {
        XCTAssertNil(MonitoringPeriod(cadence: .triwulan, year: 2025, index: 5))
        XCTAssertNil(MonitoringPeriod(cadence: .semester, year: 2025, index: 0))
        XCTAssertNil(MonitoringPeriod(cadence: .bulanan, year: 0, index: 1))
        XCTAssertEqual(MonitoringCadence.bulanan.periods(year: 10_000), [])
        XCTAssertEqual(MonitoringPeriod(cadence: .bulanan, year: 2025, index: 12)?.key, "2025-M12")
    }

    func testTheDayDecidesThePeriodAtItsBoundaries() {
        let expected: [(String, [String])] = [
            ("2025-01-01", ["2025-M01", "2025-Q1", "2025-S1"]),
            ("2025-03-31", ["2025-M03", "2025-Q1", "2025-S1"]),
            ("2025-04-01", ["2025-M04", "2025-Q2", "2025-S1"]),
            ("2025-06-30", ["2025-M06", "2025-Q2", "2025-S1"]),
            ("2025-07-01", ["2025-M07", "2025-Q3", "2025-S2"]),
            ("2025-12-31", ["2025-M12", "2025-Q4", "2025-S2"]),
            ("2024-02-29", ["2024-M02", "2024-Q1", "2024-S1"]),
        ]
        for (day, keys) in expected {
            let date = F.date(day)
            let periods = MonitoringCadence.allCases.map { $0.period(containing: date) }
            XCTAssertEqual(periods.map(\.key), keys, day)
            XCTAssertTrue(periods.allSatisfy { $0.contains(date) }, day)
        }
        XCTAssertFalse(F.period("2025-Q1").contains(F.date("2025-04-01")))
        XCTAssertFalse(F.period("2025-Q1").contains(F.date("2024-12-31")))
    }

    func testPeriodsOrderByTimeShorterFirstWhenTheyStartTogether() {
        let keys = ["2025-S2", "2025-Q1", "2024-M12", "2025-M01", "2025-S1", "2025-M04", "2025-Q2"]
        XCTAssertEqual(
            keys.map(F.period).sorted().map(\.key),
            ["2024-M12", "2025-M01", "2025-Q1", "2025-S1", "2025-M04", "2025-Q2", "2025-S2"])
    }

    func testElapsedPeriodsAreThoseThatEndedBeforeToday() {
        let keys = { (cadence: MonitoringCadence, today: String) in
            cadence.elapsedPeriods(year: 2025, today: F.date(today)).map(\.key)
        }
        XCTAssertEqual(keys(.triwulan, "2025-06-30"), ["2025-Q1"])
        XCTAssertEqual(keys(.triwulan, "2025-07-01"), ["2025-Q1", "2025-Q2"])
        XCTAssertEqual(keys(.semester, "2025-01-01"), [])
        XCTAssertEqual(keys(.bulanan, "2026-01-01").count, 12)
    }

    private func spanText(_ period: MonitoringPeriod) -> String {
        "\(period.span.start)..\(period.span.end)"
    }
}
