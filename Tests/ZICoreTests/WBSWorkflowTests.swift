import Foundation
import XCTest
@testable import ZICore

/// The handling rules of whistleblowing reports: statuses, reassignment, internal notes,
/// retention and the content-free statistics.
final class WBSWorkflowTests: XCTestCase {
    func testStatusesMoveForwardAndClosingOnesAreFinalWithAReason() {
        XCTAssertEqual(WhistleblowingStatus.baru.next, [.ditelaah, .tidakDitindaklanjuti])
        XCTAssertEqual(WhistleblowingStatus.ditelaah.next, [.diinvestigasi, .selesai, .tidakDitindaklanjuti])
        XCTAssertEqual(WhistleblowingStatus.diinvestigasi.next, [.selesai, .tidakDitindaklanjuti])
        for status in WhistleblowingStatus.allCases {
            XCTAssertEqual(status.isClosed, [.selesai, .tidakDitindaklanjuti].contains(status))
            XCTAssertEqual(status.needsReason, status.isClosed)
            XCTAssertFalse(status.next.contains(.baru), "nothing goes back to baru")
        }
        XCTAssertEqual(WhistleblowingStatus.tidakDitindaklanjuti.rawValue, "tidak_ditindaklanjuti")
        XCTAssertEqual(LocaleNames.indonesian(WhistleblowingStatus.tidakDitindaklanjuti), "Tidak ditindaklanjuti")
    }

    func testRemovingAHandlerTakesTheirCopyButNeverTheLastOne() throws {
        let first = try WBSFixtures.handler(password: "PertamaWBS1")
        let second = try WBSFixtures.handler(password: "KeduaWBS22")
        let secrets = try WBSFixtures.derivation().secrets(for: Receipt.generate())
        var keyring = try ReportKeyring(reportKey: .generate(), receipt: secrets, handlers: [first.publicKey, second.publicKey])
        try keyring.removeHandler(first.publicKey)
        XCTAssertEqual(keyring.handlers, [second.publicKey])
        assertThrows(.notARecipient, try keyring.reportKey(handler: first.passwordSealed.unlock(password: "PertamaWBS1")))
        XCTAssertNoThrow(try keyring.reportKey(handler: second.passwordSealed.unlock(password: "KeduaWBS22")))
        XCTAssertNoThrow(try keyring.reportKey(receipt: secrets), "the reporter keeps access")
        assertThrows(.lastHandler, try keyring.removeHandler(second.publicKey))
        XCTAssertNoThrow(try keyring.removeHandler(first.publicKey), "removing someone not there changes nothing")
    }

    func testInternalNotesNeverOpenAsMessages() throws {
        let key = ReportKey.generate()
        let note = WhistleblowingInternalNote(
            text: "Periksa rekaman CCTV loket 3", author: "Pengelola", writtenAt: Date(timeIntervalSince1970: 1_750_000_000))
        let sealed = try key.seal(note)
        XCTAssertEqual(try key.open(WhistleblowingInternalNote.self, from: sealed), note)
        assertThrows(.damagedCiphertext, try key.open(WhistleblowingMessage.self, from: sealed))
    }

    func testRetentionCountsWholeMonthsFromTheClosingDay() {
        func date(_ text: String) -> CalendarDate { CalendarDate(iso: text)! }
        XCTAssertEqual(WhistleblowingRetention.purgeDate(closedOn: date("2026-03-15"), months: 24), date("2028-03-15"))
        XCTAssertEqual(WhistleblowingRetention.purgeDate(closedOn: date("2026-01-31"), months: 1), date("2026-02-28"))
        XCTAssertEqual(WhistleblowingRetention.purgeDate(closedOn: date("2027-12-31"), months: 2), date("2028-02-29"))
        XCTAssertEqual(WhistleblowingRetention.purgeDate(closedOn: date("2026-11-30"), months: 3), date("2027-02-28"))
    }

    func testStatisticsCountByStatusAndMonthFromDatesOnly() throws {
        func item(_ status: WhistleblowingStatus, _ submitted: String, _ closed: String? = nil) -> WhistleblowingCaseDates {
            WhistleblowingCaseDates(
                status: status, submittedOn: CalendarDate(iso: submitted)!, closedOn: closed.flatMap(CalendarDate.init(iso:)))
        }
        let cases = [
            item(.selesai, "2025-12-20", "2026-01-10"),
            item(.baru, "2026-01-05"),
            item(.ditelaah, "2026-02-14"),
            item(.tidakDitindaklanjuti, "2026-03-02", "2026-03-30"),
            item(.diinvestigasi, "2026-03-31"),
            item(.selesai, "2026-03-10", "2026-04-02"),
            item(.baru, "2026-04-01"),
        ]
        let period = try XCTUnwrap(MonitoringPeriod(key: "2026-Q1"))
        let statistics = WhistleblowingStatistics(cases, period: period, names: LocaleNames.indonesian)
        XCTAssertEqual(statistics.periodLabel, "Triwulan I 2026")
        XCTAssertEqual([statistics.from, statistics.to], ["2026-01-01", "2026-03-31"])
        XCTAssertEqual(statistics.received, 5)
        XCTAssertEqual(statistics.closed, 2, "closed in the quarter, whenever received")
        XCTAssertEqual(statistics.byStatus, ["baru": 1, "ditelaah": 1, "diinvestigasi": 1, "selesai": 1, "tidak_ditindaklanjuti": 1])
        XCTAssertEqual(statistics.followedUp, 4)
        XCTAssertEqual(statistics.openAtEnd, 4, "baru, ditelaah, diinvestigasi and the one closed in April")
        XCTAssertEqual(statistics.months.map(\.period), ["2026-M01", "2026-M02", "2026-M03"])
        XCTAssertEqual(statistics.months.map(\.received), [1, 1, 3])
        XCTAssertEqual(statistics.months.map(\.closed), [1, 0, 1])
    }
}
