import Crypto
import Fluent
import SQLKit
import Foundation
import ZICore

/// A complaint's life: filed (by the public or entered by staff), moved through its stages
/// with working-day deadlines, answered publicly, noted internally — every step audited
/// (without the reporter's identity).
enum ComplaintService {
    /// Files a complaint for `unit` received `today`; returns it with its tracking code, which
    /// is shown once and stored only as a hash.
    /// `attachments` are files already checked and stored (see ``AttachedForm``);
    /// `deadlines` and `calendar` give the first stage's due date.
    static func file(
        _ input: ComplaintInput.Checked, attachments: [StoredFile] = [], unit: WorkUnit,
        deadlines: ComplaintDeadlines, calendar: WorkingCalendar, today: CalendarDate, by actor: AuditActor,
        on db: any Database
    ) async throws -> (Complaint, TrackingCode) {
        let code = TrackingCode.random()
        let complaint = Complaint()
        complaint.$unit.id = unit.id!
        complaint.codeHash = hash(code)
        complaint.kind = input.kind.rawValue
        complaint.channel = input.channel.rawValue
        complaint.subject = input.subject
        complaint.description = input.description
        complaint.service = input.service
        complaint.eventPlace = input.eventPlace
        complaint.eventDate = input.eventDate?.description
        complaint.reporterName = input.reporterName
        complaint.reporterContact = input.reporterContact
        complaint.isAnonymous = input.isAnonymous
        complaint.isConfidential = input.isConfidential
        complaint.receivedOn = today.description
        complaint.track = ComplaintTrack.standard.rawValue
        enter(.diterima, complaint: complaint, on: today, deadlines: deadlines, calendar: calendar)
        complaint.number = try await nextNumber(unit: unit, year: today.year, on: db)
        try await ComplaintRows.insert(complaint, on: db)
        try await Attachment.add(attachments, to: .complaint, id: complaint.id!, on: db)
        try await record(.status, complaint: complaint, from: nil, to: .diterima, text: nil, author: actor.name, on: db)
        try await AuditLog.record(
            "complaint", id: complaint.id, action: "file", unit: unit,
            after: [
                "number": complaint.number, "channel": input.channel.rawValue,
                "attachments": String(attachments.count),
            ], by: actor, on: db)
        return (complaint, code)
    }

    /// Moves a complaint to `status`; ditolak and dialihkan need a reason, didisposisikan an
    /// assignee. Leaving verification records the day (its limit is kept or not); finishing
    /// records the follow-up's day unless a follow-up reply already did.
    static func move(
        _ complaint: Complaint, to status: ComplaintStatus, reason: String?, assignee: UUID?, unit: WorkUnit,
        today: CalendarDate, by actor: AuditActor, on db: any Database
    ) async throws {
        let current = ComplaintStatus(rawValue: complaint.status) ?? .diterima
        guard current.next.contains(status) else {
            throw AppError(.conflict, code: "complaint_step_not_allowed", arguments: [current.labelKey, status.labelKey])
        }
        var validator = Validator()
        let reason = validator.optional("reason", reason, max: 2000)
        if ComplaintStatus.needsReason(status) && reason == nil { validator.add("reason", "validation.complaint_reason") }
        if status == .didisposisikan && assignee == nil && complaint.$assignee.id == nil {
            validator.add("assigneeID", "validation.complaint_assignee")
        }
        try validator.check()
        if let assignee { complaint.$assignee.id = assignee }
        if complaint.forwardedOn == nil && [.didisposisikan, .ditolak, .dialihkan].contains(status) {
            complaint.forwardedOn = today.description
        }
        if status == .selesai { complaint.answeredOn = complaint.answeredOn ?? today.description }
        if !status.isOpen { complaint.awaitingReporterSince = nil }
        enter(
            status, complaint: complaint, on: today, deadlines: try await ComplaintRules.of(unit.id!, on: db).deadlines,
            calendar: try await Holidays.calendar(on: db))
        if !status.isOpen { complaint.closedOn = today.description }
        try await complaint.save(on: db)
        try await record(.status, complaint: complaint, from: current, to: status, text: reason, author: actor.name, on: db)
        try await AuditLog.record(
            "complaint", id: complaint.id, action: "move", unit: unit,
            after: ["from": current.rawValue, "to": status.rawValue], by: actor, on: db)
    }

    /// Adds a reply the public sees on the status page, or an internal note it never sees. A
    /// public reply marked as the follow-up (only while the complaint is diproses) records the
    /// follow-up's day and waits for the reporter's answer (see ``ComplaintFollowUp``).
    static func write(
        _ text: String?, publicly: Bool, asFollowUp: Bool = false, complaint: Complaint, unit: WorkUnit, today: CalendarDate,
        by actor: AuditActor, on db: any Database
    ) async throws {
        var validator = Validator()
        let text = validator.required("text", text, max: 5000)
        try validator.check()
        if asFollowUp {
            guard publicly && complaint.status == ComplaintStatus.diproses.rawValue else {
                throw AppError(.conflict, code: "complaint_follow_up_not_allowed")
            }
            complaint.answeredOn = complaint.answeredOn ?? today.description
            complaint.awaitingReporterSince = today.description
            try await complaint.save(on: db)
        }
        try await record(
            publicly ? .publicReply : .internalNote, complaint: complaint, from: nil, to: nil, text: text,
            author: actor.name, on: db)
        try await AuditLog.record(
            "complaint", id: complaint.id, action: asFollowUp ? "follow_up" : publicly ? "public_reply" : "internal_note",
            unit: unit, after: [:], by: actor, on: db)
    }

    /// The complaint a tracking code belongs to, if any.
    static func find(_ code: TrackingCode, on db: any Database) async throws -> Complaint? {
        try await Complaint.query(on: db).filter(\.$codeHash == hash(code)).first()
    }

    /// The stored form of a tracking code.
    static func hash(_ code: TrackingCode) -> String {
        BlobVerifier.hex(SHA256.hash(data: Data(code.characters.utf8)))
    }

    /// Sets the status, the day it was entered and the day it is due to move on.
    static func enter(
        _ status: ComplaintStatus, complaint: Complaint, on today: CalendarDate, deadlines: ComplaintDeadlines,
        calendar: WorkingCalendar
    ) {
        complaint.status = status.rawValue
        complaint.statusSince = today.description
        refreshDue(complaint, deadlines: deadlines, calendar: calendar)
    }

    /// Sets the day the complaint is due to leave its status, from its timeline and track.
    static func refreshDue(_ complaint: Complaint, deadlines: ComplaintDeadlines, calendar: WorkingCalendar) {
        let status = ComplaintStatus(rawValue: complaint.status) ?? .diterima
        complaint.dueOn = complaint.timeline.flatMap { deadlines.due(status, in: $0, calendar: calendar) }?.description
    }

    /// The unit's next running number of the year, `2026/000007` (one index lookup: the
    /// highest number so far; numbers are zero-padded, so text order is number order). Plain
    /// SQL: every public filing asks, and only the number is needed.
    private static func nextNumber(unit: WorkUnit, year: Int, on db: any Database) async throws -> String {
        struct Row: Decodable { let number: String }
        let last = try await (db as! any SQLDatabase).select().column("number").from(Complaint.schema)
            .where("unit_id", .equal, SQLBind(unit.id!)).where("number", .greaterThanOrEqual, SQLBind("\(year)/"))
            .where("number", .lessThan, SQLBind("\(year + 1)/")).orderBy("number", .descending).limit(1).first(decoding: Row.self)
        let previous = last.flatMap { Int($0.number.dropFirst("\(year)/".count)) } ?? 0
        return "\(year)/" + String(format: "%06d", previous + 1)
    }

    static func record(
        _ kind: ComplaintEvent.Kind, complaint: Complaint, from: ComplaintStatus?, to: ComplaintStatus?,
        text: String?, author: String, on db: any Database
    ) async throws {
        let event = ComplaintEvent()
        event.$complaint.id = complaint.id!
        event.kind = kind
        event.fromStatus = from?.rawValue
        event.toStatus = to?.rawValue
        event.text = text
        event.author = author
        try await ComplaintRows.insert(event, on: db)
    }
}
