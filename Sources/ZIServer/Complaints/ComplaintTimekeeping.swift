import Fluent
import Foundation
import ZICore

/// A unit's complaint limits with the working-day calendar: how long a finished complaint
/// took, and whether it was verified and forwarded, and followed up, in time (see
/// ``ComplaintDeadlines/timeliness(of:calendar:)``).
struct ComplaintTimekeeping: Sendable {
    let calendar: WorkingCalendar
    let deadlines: ComplaintDeadlines

    /// The rules in force for `unit`.
    static func of(_ unit: WorkUnit, on db: any Database) async throws -> ComplaintTimekeeping {
        ComplaintTimekeeping(
            calendar: try await Holidays.calendar(on: db), deadlines: try await ComplaintRules.of(unit.id!, on: db).deadlines)
    }

    /// Working days from receipt to finishing; nil unless the complaint is finished (selesai).
    func workingDaysToFinish(_ complaint: Complaint) -> Int? {
        guard complaint.status == ComplaintStatus.selesai.rawValue, let start = CalendarDate(iso: complaint.receivedOn),
            let end = complaint.closedOn.flatMap(CalendarDate.init(iso:))
        else { return nil }
        return calendar.workingDays(from: start, to: end)
    }

    /// Whether each part of the complaint's handling done so far kept its limit.
    func timeliness(_ complaint: Complaint) -> ComplaintTimeliness {
        guard let timeline = complaint.timeline else { return ComplaintTimeliness(verifiedOnTime: nil, followedUpOnTime: nil) }
        return deadlines.timeliness(of: timeline, calendar: calendar)
    }
}

extension Complaint {
    /// The days its deadlines are counted from; nil only for a row with a malformed receipt day.
    var timeline: ComplaintTimeline? {
        guard let received = CalendarDate(iso: receivedOn) else { return nil }
        return ComplaintTimeline(
            receivedOn: received, forwardedOn: forwardedOn.flatMap(CalendarDate.init(iso:)),
            answeredOn: answeredOn.flatMap(CalendarDate.init(iso:)), track: ComplaintTrack(rawValue: track) ?? .standard)
    }
}
