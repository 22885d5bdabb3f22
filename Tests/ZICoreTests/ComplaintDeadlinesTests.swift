import XCTest
import ZICore

/// SP4N-LAPOR!'s limits on 2026 dates: verification and forwarding within 3 working days,
/// follow-up within 5 (or the investigation track's limit), closing after 10 working days of
/// the reporter's silence; weekends and holidays are not counted.
final class ComplaintDeadlinesTests: XCTestCase {
    private let calendar = WorkingCalendar(holidays: [CalendarDate(iso: "2026-02-17")!])
    private let deadlines = ComplaintDeadlines.standard
    private func day(_ iso: String) -> CalendarDate { CalendarDate(iso: iso)! }

    func testTheDefaultsAreSP4NLapor() {
        XCTAssertEqual(deadlines.verifyDays, 3)
        XCTAssertEqual(deadlines.followUpDays, 5)
        XCTAssertEqual(deadlines.reporterSilenceDays, 10)
        XCTAssertGreaterThan(deadlines.investigationDays, deadlines.followUpDays)
    }

    func testAComplaintVerifiedOnTheFourthWorkingDayIsLate() {
        // Received Monday 2 February 2026: the third working day after it is Thursday 5 February.
        let received = day("2026-02-02")
        XCTAssertEqual(deadlines.due(.diterima, in: ComplaintTimeline(receivedOn: received), calendar: calendar), day("2026-02-05"))
        XCTAssertEqual(
            deadlines.due(.diverifikasi, in: ComplaintTimeline(receivedOn: received), calendar: calendar), day("2026-02-05"),
            "verification and forwarding share one limit")
        let onTime = deadlines.timeliness(of: ComplaintTimeline(receivedOn: received, forwardedOn: day("2026-02-05")), calendar: calendar)
        XCTAssertEqual(onTime.verifiedOnTime, true)
        XCTAssertNil(onTime.followedUpOnTime, "not followed up yet")
        XCTAssertFalse(onTime.isLate)
        let late = deadlines.timeliness(of: ComplaintTimeline(receivedOn: received, forwardedOn: day("2026-02-06")), calendar: calendar)
        XCTAssertEqual(late.verifiedOnTime, false)
        XCTAssertTrue(late.isLate)
    }

    func testTheFollowUpCountsFromForwardingOnItsTrack() {
        // Forwarded Thursday 12 February; Monday 16 is a working day, Tuesday 17 a holiday.
        let forwarded = ComplaintTimeline(receivedOn: day("2026-02-10"), forwardedOn: day("2026-02-12"))
        XCTAssertEqual(deadlines.due(.didisposisikan, in: forwarded, calendar: calendar), day("2026-02-20"))
        XCTAssertEqual(deadlines.due(.diproses, in: forwarded, calendar: calendar), day("2026-02-20"))
        var answered = forwarded
        answered.answeredOn = day("2026-02-20")
        XCTAssertEqual(deadlines.timeliness(of: answered, calendar: calendar).followedUpOnTime, true)
        answered.answeredOn = day("2026-02-23")
        XCTAssertEqual(deadlines.timeliness(of: answered, calendar: calendar).followedUpOnTime, false)
        answered.track = .investigation
        XCTAssertEqual(deadlines.timeliness(of: answered, calendar: calendar).followedUpOnTime, true, "the longer track")
        XCTAssertEqual(
            deadlines.due(.diproses, in: answered, calendar: calendar),
            calendar.adding(workingDays: deadlines.investigationDays, to: day("2026-02-12")))
        XCTAssertNil(deadlines.due(.selesai, in: answered, calendar: calendar), "an ended complaint is due nowhere")
    }

    func testAnUnansweredFollowUpClosesAfterTheReporterSilence() {
        // Followed up Monday 2 February: ten working days run to Monday 16 February; it closes the
        // next working day (Tuesday 17 is a holiday), Wednesday 18.
        XCTAssertEqual(deadlines.closesUnanswered(followedUpOn: day("2026-02-02"), calendar: calendar), day("2026-02-18"))
    }
}
