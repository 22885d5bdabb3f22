import XCTest
@testable import ZICore

/// Time limits of a gratification report in working days, and their status on a given day.
/// Calendar: weekends plus Wednesday 12 March and Monday 12 May 2025; 3 March 2025 is a Monday.
final class GratificationDeadlineTests: XCTestCase {
    private typealias F = GratificationFixtures
    private let standard = GratificationDeadlines.standard
    private let received = GratificationFixtures.date(2025, 3, 3)

    func testReportToUPGWithinTenWorkingDaysSkippingTheHoliday() {
        // 4, 5, 6, 7, 10, 11, (12 holiday), 13, 14, 17, 18 March.
        XCTAssertEqual(standard.reportToUPGDue(receivedOn: received, calendar: F.calendar), F.date(2025, 3, 18))
    }

    func testForwardToKPKWithinTenWorkingDaysOfTheReportButNeverAfterTheLegalThirty() {
        // Six working weeks from 3 March end on 14 April, plus one for the holiday.
        XCTAssertEqual(standard.forwardToKPKDue(receivedOn: received, reportedToUPGOn: nil, calendar: F.calendar), F.date(2025, 4, 15))
        XCTAssertEqual(
            standard.forwardToKPKDue(receivedOn: received, reportedToUPGOn: F.date(2025, 3, 14), calendar: F.calendar),
            F.date(2025, 3, 28))
        XCTAssertEqual(
            standard.forwardToKPKDue(receivedOn: received, reportedToUPGOn: F.date(2025, 4, 7), calendar: F.calendar),
            F.date(2025, 4, 15), "10 working days from 7 April would be 21 April, past the legal limit")
    }

    func testHandoverWithinSevenWorkingDaysOfTheDecision() {
        // Friday 2 May: 5, 6, 7, 8, 9, (12 holiday), 13, 14 May.
        XCTAssertEqual(standard.handoverDue(decidedOn: F.date(2025, 5, 2), calendar: F.calendar), F.date(2025, 5, 14))
    }

    func testUnitLimitsMustFitInsideTheLegalLimit() throws {
        XCTAssertEqual(try GratificationDeadlines(employeeToUPG: 20, upgToKPK: 10).employeeToUPG, 20)
        XCTAssertThrowsError(try GratificationDeadlines(employeeToUPG: 20, upgToKPK: 11)) { error in
            XCTAssertEqual(error as? GratificationDeadlines.Problem, .exceedsLegalLimit(employeeToUPG: 20, upgToKPK: 11))
            XCTAssertEqual(
                String(describing: error),
                "Batas pelaporan pegawai ke UPG (20 hari kerja) ditambah batas penerusan UPG ke KPK (11 hari kerja) "
                    + "melebihi 30 hari kerja sejak gratifikasi diterima; kurangi salah satunya.")
        }
        XCTAssertThrowsError(try GratificationDeadlines(employeeToUPG: 0, upgToKPK: 10)) {
            XCTAssertEqual($0 as? GratificationDeadlines.Problem, .notPositive)
        }
        let shorter = try GratificationDeadlines(employeeToUPG: 5, upgToKPK: 5)
        XCTAssertEqual(shorter.reportToUPGDue(receivedOn: received, calendar: F.calendar), F.date(2025, 3, 10))
    }

    func testDeadlineStatusOnAGivenDay() {
        let due = F.date(2025, 3, 18)
        func status(today: CalendarDate, doneOn: CalendarDate? = nil) -> DeadlineStatus {
            DeadlineStatus.evaluate(due: due, doneOn: doneOn, today: today, calendar: F.calendar)
        }
        XCTAssertEqual(status(today: F.date(2025, 3, 12)), .onTime, "4 working days left: 13, 14, 17, 18")
        XCTAssertEqual(status(today: F.date(2025, 3, 13)), .dueSoon, "3 working days left")
        XCTAssertEqual(status(today: due), .dueSoon, "due today")
        XCTAssertEqual(status(today: F.date(2025, 3, 19)), .overdue)
        XCTAssertEqual(status(today: F.date(2025, 3, 30), doneOn: due), .doneOnTime)
        XCTAssertEqual(status(today: F.date(2025, 3, 30), doneOn: F.date(2025, 3, 19)), .doneLate)
        XCTAssertEqual(
            DeadlineStatus.evaluate(due: due, doneOn: nil, today: F.date(2025, 3, 12), calendar: F.calendar, dueSoonWithin: 4),
            .dueSoon)
        XCTAssertEqual(LocaleNames.indonesian(DeadlineStatus.overdue), "Terlambat")
    }

    func testTimelineOfAReport() {
        let reported = GratificationCaseDates(receivedOn: received, reportedToUPGOn: F.date(2025, 3, 14))
        XCTAssertEqual(
            standard.timeline(reported, today: F.date(2025, 3, 26), calendar: F.calendar),
            [
                GratificationStageDeadline(stage: .reportToUPG, due: F.date(2025, 3, 18), status: .doneOnTime),
                GratificationStageDeadline(stage: .forwardToKPK, due: F.date(2025, 3, 28), status: .dueSoon),
            ])

        let decided = GratificationCaseDates(
            receivedOn: received, reportedToUPGOn: F.date(2025, 3, 19),
            forwardedToKPKOn: F.date(2025, 3, 20), stateOwnershipDecidedOn: F.date(2025, 5, 2))
        XCTAssertEqual(
            standard.timeline(decided, today: F.date(2025, 5, 15), calendar: F.calendar).map(\.status),
            [.doneLate, .doneOnTime, .overdue])
        XCTAssertEqual(
            standard.timeline(decided, today: F.date(2025, 5, 15), calendar: F.calendar).map(\.stage),
            [.reportToUPG, .forwardToKPK, .handover])
        XCTAssertEqual(LocaleNames.indonesian(GratificationStage.forwardToKPK), "Penerusan laporan kepada KPK")
    }
}
