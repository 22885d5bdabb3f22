import Fluent
import Foundation
import ZICore

/// How long a finished complaint took, in working days, and whether that was late: longer
/// than the unit's stage deadlines together allow (each stage may run to its own limit, so a
/// complaint is late only when the whole exceeds their sum).
struct ComplaintTimeliness: Sendable {
    let calendar: WorkingCalendar
    /// The working days all stages together allow.
    let allowance: Int

    /// The rules in force for `unit`.
    static func of(_ unit: WorkUnit, on db: any Database) async throws -> ComplaintTimeliness {
        ComplaintTimeliness(
            calendar: try await Holidays.calendar(on: db),
            allowance: try await ComplaintRules.of(unit.id!, on: db).deadlines.days.values.reduce(0, +))
    }

    /// Working days from receipt to finishing; nil unless the complaint is finished (selesai).
    func workingDaysToFinish(_ complaint: Complaint) -> Int? {
        guard complaint.status == ComplaintStatus.selesai.rawValue, let start = CalendarDate(iso: complaint.receivedOn),
            let end = complaint.closedOn.flatMap(CalendarDate.init(iso:))
        else { return nil }
        return calendar.workingDays(from: start, to: end)
    }

    /// Whether a finished complaint took longer than ``allowance``.
    func isLate(_ complaint: Complaint) -> Bool {
        workingDaysToFinish(complaint).map { $0 > allowance } ?? false
    }
}
