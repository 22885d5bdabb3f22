import Foundation
import Vapor
import ZICore

/// A monev meeting as a form or the API sends it.
struct MonevMeetingInput: Content {
    var period: String?
    var date: String?
    /// One attendee per line.
    var attendees: TextLines?
    /// `on`/`true` when the head of the unit attended.
    var pimpinanPresent: String?
    var notulen: String?

    /// The checked meeting.
    struct Checked: Sendable {
        let period: MonitoringPeriod
        let date: CalendarDate
        let attendees: [String]
        let pimpinanPresent: Bool
        let notulen: String
    }

    /// Checks every field: a period of the plan's cadence and year, a real date, at least one
    /// attendee, the minutes.
    func checked(plan: WorkPlan) throws -> Checked {
        var validator = Validator()
        let period = period.flatMap(MonitoringPeriod.init(key:))
        if period == nil || period?.year != plan.year || period?.cadence.rawValue != plan.cadence {
            validator.add("period", "validation.period")
        }
        let date = date.flatMap(CalendarDate.init(iso:))
        if date == nil { validator.add("date", "validation.date") }
        let people = attendees?.items ?? []
        if people.isEmpty { validator.add("attendees", "validation.required") }
        if people.count > 500 || people.contains(where: { $0.count > 200 }) { validator.add("attendees", "validation.too_long", ["200"]) }
        let notes = validator.required("notulen", notulen, max: 20000)
        try validator.check()
        return Checked(
            period: period!, date: date!, attendees: people,
            pimpinanPresent: ["on", "true", "1", "ya"].contains(pimpinanPresent?.lowercased() ?? ""), notulen: notes!)
    }
}

/// A finding and its follow-up as a form or the API sends them.
struct MonevFindingInput: Content {
    var text: String?
    var followUp: String?
    var ownerID: String?
    var dueDate: String?

    /// The checked finding.
    struct Checked: Sendable {
        let text: String
        let followUp: String
        let ownerID: UUID?
        let dueDate: CalendarDate?
    }

    /// Checks every field; the owner must hold a role in the unit, the due date is required.
    func checked(eligibleOwners: Set<UUID>) throws -> Checked {
        var validator = Validator()
        let text = validator.required("text", text, max: 4000)
        let followUp = validator.required("followUp", followUp, max: 4000)
        var owner: UUID?
        if let raw = ownerID, !raw.isEmpty {
            if let id = UUID(uuidString: raw), eligibleOwners.contains(id) {
                owner = id
            } else {
                validator.add("ownerID", "validation.pic_unknown")
            }
        }
        let due = dueDate.flatMap(CalendarDate.init(iso:))
        if due == nil { validator.add("dueDate", (dueDate ?? "").isEmpty ? "validation.required" : "validation.date") }
        try validator.check()
        return Checked(text: text!, followUp: followUp!, ownerID: owner, dueDate: due)
    }
}

/// A follow-up's new status and what was done.
struct MonevFollowUpInput: Content {
    var status: String?
    var note: String?

    func checked() throws -> (FollowUpStatus, String?) {
        var validator = Validator()
        let status = status.flatMap(FollowUpStatus.init(rawValue:))
        if status == nil { validator.add("status", "validation.choice") }
        let note = validator.optional("note", note, max: 4000)
        if status == .selesai && note == nil { validator.add("note", "validation.follow_up_note") }
        try validator.check()
        return (status!, note)
    }
}
