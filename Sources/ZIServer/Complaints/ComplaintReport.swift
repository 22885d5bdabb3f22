import Fluent
import Foundation
import Vapor
import ZICore

/// The monthly complaint report of a unit: how many were received, by channel, kind and
/// status; how long the finished ones took (calendar days, average and maximum); how many are
/// overdue; and the three counts the LKE reform indicator asks for (to follow up, in process,
/// finished).
struct ComplaintReport: Content {
    let month: String
    let received: Int
    let byChannel: [String: Int]
    let byKind: [String: Int]
    let byStatus: [String: Int]
    let finished: Int
    let averageDaysToFinish: Double?
    let maximumDaysToFinish: Int?
    let overdue: Int
    /// LKE reform (penanganan pengaduan): not yet handled, in process, finished.
    let lkeToFollowUp: Int
    let lkeInProcess: Int
    let lkeFinished: Int

    /// `YYYY-MM` as (year, month); the current month when absent.
    static func month(_ text: String?) throws -> (Int, Int) {
        guard let text, !text.isEmpty else { return (WIBTime.today().year, WIBTime.today().month) }
        guard let date = CalendarDate(iso: text + "-01") else {
            throw AppError.validation([FieldError(field: "month", key: "validation.month")])
        }
        return (date.year, date.month)
    }

    static func make(unit: WorkUnit, month: (Int, Int), today: CalendarDate, on db: any Database) async throws -> ComplaintReport {
        let prefix = String(format: "%04d-%02d-", month.0, month.1)
        let complaints = try await Complaint.query(on: db).filter(\.$unit.$id == unit.id!)
            .filter(\.$receivedOn >= prefix + "01").filter(\.$receivedOn <= prefix + "31").all()
        let statuses = complaints.map { ComplaintStatus(rawValue: $0.status) ?? .diterima }
        let durations = complaints.compactMap { complaint -> Int? in
            guard complaint.status == ComplaintStatus.selesai.rawValue, let start = CalendarDate(iso: complaint.receivedOn),
                  let end = complaint.closedOn.flatMap(CalendarDate.init(iso:)) else { return nil }
            return days(from: start, to: end)
        }
        func count<Key: Hashable>(_ key: (Complaint) -> Key) -> [Key: Int] { Dictionary(grouping: complaints, by: key).mapValues(\.count) }
        return ComplaintReport(
            month: String(prefix.dropLast()), received: complaints.count, byChannel: count(\.channel), byKind: count(\.kind),
            byStatus: count(\.status), finished: durations.count,
            averageDaysToFinish: durations.isEmpty ? nil : Double(durations.reduce(0, +)) / Double(durations.count),
            maximumDaysToFinish: durations.max(),
            overdue: complaints.filter { $0.dueOn.flatMap(CalendarDate.init(iso:)).map { $0 < today } ?? false }.count,
            lkeToFollowUp: statuses.filter { $0 == .diterima || $0 == .diverifikasi }.count,
            lkeInProcess: statuses.filter { $0 == .didisposisikan || $0 == .diproses }.count,
            lkeFinished: statuses.filter { !$0.isOpen }.count)
    }

    /// Calendar days from `start` to `end`.
    private static func days(from start: CalendarDate, to end: CalendarDate) -> Int {
        var day = start
        var count = 0
        while day < end {
            day = day.adding(days: 1)
            count += 1
        }
        return count
    }
}
