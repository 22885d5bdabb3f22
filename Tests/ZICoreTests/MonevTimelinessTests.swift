import XCTest
@testable import ZICore

/// The status of a work-plan action against its due dates and realisations.
final class MonevTimelinessTests: XCTestCase {
    private typealias F = MonevFixtures

    private func evaluate(
        _ dueDates: [String], _ realisations: [String: Double] = [:], cadence: MonitoringCadence = .triwulan, today: String
    ) -> ActionTimeliness {
        ActionTimeliness.evaluate(dueDates: F.dates(dueDates), realisations: realisations, cadence: cadence, today: F.date(today))
    }

    private func schedule(_ text: String) -> [String] {
        PeriodParser.parse(text, defaultYear: 2025).dueDates.map(\.description)
    }

    func testStatusLabelsAreIndonesian() {
        XCTAssertEqual(
            ActionStatus.allCases.map { LocaleNames.indonesian($0) },
            ["Perlu dijadwalkan", "Belum jatuh tempo", "Berjalan", "Selesai", "Terlambat"])
    }

    func testActionDueInDecemberIsNotYetDueInJune() {
        let result = evaluate(["2025-12-31"], today: "2025-06-15")
        XCTAssertEqual(result.status, .belumJatuhTempo)
        XCTAssertEqual(result.overdueDates, [])
        XCTAssertEqual(result.nextDueDate, F.date("2025-12-31"))
        XCTAssertEqual(result.duePeriods.map(\.key), ["2025-Q4"])
        XCTAssertFalse(result.hasFallenDue)
        XCTAssertTrue(result.onSchedule)
    }

    func testActionBecomesLateTheDayAfterItsDueDateNotOnIt() {
        let onTheDay = evaluate(["2025-03-31"], cadence: .bulanan, today: "2025-03-31")
        XCTAssertEqual(onTheDay.status, .belumJatuhTempo)
        XCTAssertEqual(onTheDay.nextDueDate, F.date("2025-03-31"))
        XCTAssertFalse(onTheDay.hasFallenDue)

        let dayAfter = evaluate(["2025-03-31"], cadence: .bulanan, today: "2025-04-01")
        XCTAssertEqual(dayAfter.status, .terlambat)
        XCTAssertEqual(dayAfter.overdueDates, [F.date("2025-03-31")])
        XCTAssertNil(dayAfter.nextDueDate)
        XCTAssertTrue(dayAfter.hasFallenDue)
        XCTAssertFalse(dayAfter.onSchedule)

        let done = evaluate(["2025-03-31"], ["2025-M03": 100], cadence: .bulanan, today: "2025-04-01")
        XCTAssertEqual(done.status, .selesai)
        XCTAssertTrue(done.onSchedule)
    }

    func testMonthlyActionUnderQuarterlyMonitoringIsJudgedPerQuarter() {
        let months = schedule("Setiap bulan")
        XCTAssertEqual(months.count, 12)
        let inApril = evaluate(months, ["2025-Q1": 100, "2025-Q2": 40], today: "2025-04-30")
        XCTAssertEqual(inApril.duePeriods.map(\.key), ["2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"])
        XCTAssertEqual(inApril.status, .berjalan, "30 April is the due date itself")
        XCTAssertEqual(inApril.nextDueDate, F.date("2025-04-30"))
        XCTAssertTrue(inApril.onSchedule)

        let inMay = evaluate(months, ["2025-Q1": 100, "2025-Q2": 40], today: "2025-05-15")
        XCTAssertEqual(inMay.status, .berjalan, "one of Triwulan II's three months has passed and 40% ≥ 33%")
        XCTAssertEqual(inMay.nextDueDate, F.date("2025-05-31"))
        let behind = evaluate(months, ["2025-Q1": 100, "2025-Q2": 20], today: "2025-05-15")
        XCTAssertEqual(behind.status, .terlambat, "20% is behind the 33% one passed month of three asks for")
        XCTAssertEqual(behind.overdueDates, [F.date("2025-04-30")])
        let afterQuarter = evaluate(months, ["2025-Q1": 100, "2025-Q2": 90], today: "2025-07-01")
        XCTAssertEqual(
            afterQuarter.overdueDates.map(\.description), ["2025-04-30", "2025-05-31", "2025-06-30"],
            "once Triwulan II has ended, anything below 100% is late")

        let quarterDone = evaluate(months, ["2025-Q1": 100, "2025-Q2": 100], today: "2025-05-15")
        XCTAssertEqual(quarterDone.status, .berjalan)
        XCTAssertTrue(quarterDone.onSchedule)
    }

    func testQuarterlyRecurrenceWithSomePeriodsMet() {
        let quarters = schedule("Setiap triwulan")
        XCTAssertEqual(quarters, ["2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31"])
        let realisations = ["2025-Q1": 100.0, "2025-Q2": 100, "2025-Q3": 50]

        let august = evaluate(quarters, realisations, today: "2025-08-15")
        XCTAssertEqual(august.status, .berjalan)
        XCTAssertTrue(august.hasFallenDue)
        XCTAssertTrue(august.onSchedule)
        XCTAssertEqual(august.nextDueDate, F.date("2025-09-30"))

        let october = evaluate(quarters, realisations, today: "2025-10-01")
        XCTAssertEqual(october.status, .terlambat)
        XCTAssertEqual(october.overdueDates, [F.date("2025-09-30")])

        let firstMissed = evaluate(quarters, ["2025-Q2": 100], today: "2025-07-01")
        XCTAssertEqual(firstMissed.overdueDates, [F.date("2025-03-31")])
        XCTAssertEqual(firstMissed.status, .terlambat)

        let allMet = evaluate(quarters, ["2025-Q1": 100, "2025-Q2": 100, "2025-Q3": 100, "2025-Q4": 120], today: "2025-11-01")
        XCTAssertEqual(allMet.status, .selesai, "a realisation above 100 meets its period")
    }

    func testUnscheduledActionsNeedSchedulingUnlessFullyRealised() {
        XCTAssertEqual(evaluate([], today: "2025-06-01").status, .perluDijadwalkan)
        XCTAssertEqual(evaluate([], ["2025-Q1": 100, "2025-Q2": 50], today: "2025-06-01").status, .perluDijadwalkan)
        let done = evaluate([], ["2025-Q1": 100, "2025-Q2": 100], today: "2025-06-01")
        XCTAssertEqual(done.status, .selesai)
        XCTAssertNil(done.nextDueDate)
        XCTAssertEqual(done.duePeriods, [])
        XCTAssertFalse(done.hasFallenDue)
    }

    func testOnlyProgressAboveZeroMeansUnderWay() {
        XCTAssertEqual(evaluate(["2025-12-31"], ["2025-Q4": 0], today: "2025-06-01").status, .belumJatuhTempo)
        XCTAssertEqual(evaluate(["2025-12-31"], ["2025-Q2": 10], today: "2025-06-01").status, .berjalan)
    }

    func testRealisationsOfAnotherCadenceDoNotMeetAPeriod() {
        let result = evaluate(["2025-03-31"], ["2025-M03": 100], cadence: .triwulan, today: "2025-04-01")
        XCTAssertEqual(result.status, .terlambat)
    }

    func testDueDatesAreSortedWithoutDuplicates() {
        let result = evaluate(["2025-09-30", "2025-03-31", "2025-09-30"], today: "2025-01-01")
        XCTAssertEqual(result.dueDates, F.dates(["2025-03-31", "2025-09-30"]))
        XCTAssertEqual(result.duePeriods.map(\.key), ["2025-Q1", "2025-Q3"])
    }

    func testAnActionIsDueInEveryPeriodHoldingOneOfItsDueDates() {
        let result = evaluate(["2025-05-31"], today: "2025-01-01")
        let due = ["2025-M05", "2025-Q2", "2025-S1"]
        let notDue = ["2025-M06", "2025-Q1", "2025-S2", "2024-Q2"]
        for key in due { XCTAssertTrue(result.isDue(in: F.period(key)), key) }
        for key in notDue { XCTAssertFalse(result.isDue(in: F.period(key)), key) }
    }
}
