import XCTest
@testable import ZICore

/// Follow-ups (tindak lanjut) of monev meetings: overdue rule and agenda order.
final class MonevFollowUpTests: XCTestCase {
    private typealias F = MonevFixtures

    private struct Item {
        let name: String
        let status: FollowUpStatus
        let dueDate: CalendarDate?
    }

    func testLabelsAndOpenness() {
        XCTAssertEqual(FollowUpStatus.allCases.map { LocaleNames.indonesian($0) }, ["Terbuka", "Dalam proses", "Selesai", "Dibatalkan"])
        XCTAssertEqual(FollowUpStatus.allCases.filter(\.isOpen), [.terbuka, .dalamProses])
    }

    func testOpenFollowUpsAreOverdueFromTheDayAfterTheirDueDate() {
        let due = F.date("2025-03-31")
        let overdue = { (status: FollowUpStatus, today: String) in
            FollowUpStatus.isOverdue(status: status, dueDate: due, today: F.date(today))
        }
        XCTAssertFalse(overdue(.terbuka, "2025-03-31"))
        XCTAssertTrue(overdue(.terbuka, "2025-04-01"))
        XCTAssertTrue(overdue(.dalamProses, "2025-04-01"))
        XCTAssertFalse(overdue(.selesai, "2025-04-01"))
        XCTAssertFalse(overdue(.dibatalkan, "2025-04-01"))
        XCTAssertFalse(FollowUpStatus.isOverdue(status: .terbuka, dueDate: nil, today: F.date("2030-01-01")))
    }

    func testAgendaPutsOpenFirstThenByDueDateThenInTheOrderGiven() {
        let items = [
            Item(name: "selesai-awal", status: .selesai, dueDate: F.date("2025-01-31")),
            Item(name: "terbuka-tanpa-tanggal", status: .terbuka, dueDate: nil),
            Item(name: "proses-maret-1", status: .dalamProses, dueDate: F.date("2025-03-31")),
            Item(name: "terbuka-februari", status: .terbuka, dueDate: F.date("2025-02-28")),
            Item(name: "batal-tanpa-tanggal", status: .dibatalkan, dueDate: nil),
            Item(name: "terbuka-maret-2", status: .terbuka, dueDate: F.date("2025-03-31")),
            Item(name: "proses-tanpa-tanggal", status: .dalamProses, dueDate: nil),
            Item(name: "batal-januari", status: .dibatalkan, dueDate: F.date("2025-01-31")),
            Item(name: "terbuka-maret-3", status: .terbuka, dueDate: F.date("2025-03-31")),
        ]
        let order = FollowUpStatus.sortedForAgenda(items, status: \.status, dueDate: \.dueDate).map(\.name)
        XCTAssertEqual(
            order,
            [
                "terbuka-februari", "proses-maret-1", "terbuka-maret-2", "terbuka-maret-3",
                "terbuka-tanpa-tanggal", "proses-tanpa-tanggal",
                "selesai-awal", "batal-januari", "batal-tanpa-tanggal",
            ])
    }

    func testAgendaKeepsTheGivenOrderOfEqualItems() {
        let items = (1...40).map { Item(name: "\($0)", status: .terbuka, dueDate: F.date("2025-06-30")) }
        XCTAssertEqual(FollowUpStatus.sortedForAgenda(items, status: \.status, dueDate: \.dueDate).map(\.name), items.map(\.name))
        let reversed = Array(items.reversed())
        XCTAssertEqual(FollowUpStatus.sortedForAgenda(reversed, status: \.status, dueDate: \.dueDate).map(\.name), reversed.map(\.name))
        XCTAssertTrue(FollowUpStatus.sortedForAgenda([Item](), status: \.status, dueDate: \.dueDate).isEmpty)
    }
}
