import Fluent
import Foundation
import ZICore

/// The later part of a complaint's life, after SP4N-LAPOR!: the unit may put a complaint that
/// needs an investigation on the longer track (with its reason); its follow-up reply waits for
/// the reporter, who answers on the status page; a follow-up the reporter leaves unanswered for
/// the unit's silence limit closes the complaint, with a public reply saying so.
enum ComplaintFollowUp {
    /// The public reply a complaint closed for the reporter's silence gets (an official record,
    /// kept in Indonesian like the other replies).
    static func closingReply(days: Int) -> String {
        "Pengaduan ini ditutup otomatis karena pelapor tidak menanggapi tindak lanjut dalam \(days) hari kerja. "
            + "Jika masalah belum selesai, silakan sampaikan pengaduan baru."
    }

    /// Puts an open complaint on `track`; the investigation track needs a reason. A complaint
    /// already being followed up gets its new due day at once.
    static func choose(
        _ track: ComplaintTrack, reason: String?, complaint: Complaint, unit: WorkUnit, by actor: AuditActor,
        on db: any Database
    ) async throws {
        guard ComplaintStatus(rawValue: complaint.status)?.isOpen == true else {
            throw AppError(.conflict, code: "complaint_closed")
        }
        var validator = Validator()
        let reason = validator.optional("reason", reason, max: 2000)
        if track == .investigation && reason == nil { validator.add("reason", "validation.complaint_track_reason") }
        try validator.check()
        let before = complaint.track
        complaint.track = track.rawValue
        complaint.trackReason = track == .investigation ? reason : nil
        ComplaintService.refreshDue(
            complaint, deadlines: try await ComplaintRules.of(unit.id!, on: db).deadlines, calendar: try await Holidays.calendar(on: db))
        try await complaint.save(on: db)
        try await ComplaintService.record(
            .track, complaint: complaint, from: nil, to: nil, text: [track.rawValue, reason].compactMap { $0 }.joined(separator: ": "),
            author: actor.name, on: db)
        try await AuditLog.record(
            "complaint", id: complaint.id, action: "track", unit: unit, after: ["from": before, "to": track.rawValue], by: actor, on: db)
    }

    /// The reporter's answer on the status page (the tracking code proved who they are): kept
    /// in the history, and a follow-up waiting for it no longer closes the complaint.
    static func answer(_ text: String?, complaint: Complaint, on db: any Database) async throws {
        guard ComplaintStatus(rawValue: complaint.status)?.isOpen == true else {
            throw AppError(.conflict, code: "complaint_closed")
        }
        var validator = Validator()
        let text = validator.required("text", text, max: 2000)
        try validator.check()
        complaint.awaitingReporterSince = nil
        try await complaint.save(on: db)
        try await ComplaintService.record(.reporterReply, complaint: complaint, from: nil, to: nil, text: text, author: "pelapor", on: db)
        try await AuditLog.record(
            AuditChange(entity: "complaint", entityID: complaint.id?.uuidString, action: "reporter_reply", unitID: complaint.$unit.id),
            by: AuditActor(id: nil, name: "publik"), on: db)
    }

    /// Closes every complaint whose follow-up has waited for the reporter beyond its unit's
    /// silence limit on `today`; returns how many were closed.
    @discardableResult
    static func closeUnanswered(today: CalendarDate, on db: any Database) async throws -> Int {
        let waiting = try await Complaint.query(on: db).filter(\.$status == ComplaintStatus.diproses.rawValue)
            .filter(\.$awaitingReporterSince != nil).all()
        guard !waiting.isEmpty else { return 0 }
        let calendar = try await Holidays.calendar(on: db)
        var rules: [UUID: ComplaintRules] = [:]
        var closed = 0
        for complaint in waiting {
            guard let since = complaint.awaitingReporterSince.flatMap(CalendarDate.init(iso:)) else { continue }
            let unitRules: ComplaintRules
            if let known = rules[complaint.$unit.id] {
                unitRules = known
            } else {
                unitRules = try await ComplaintRules.of(complaint.$unit.id, on: db)
                rules[complaint.$unit.id] = unitRules
            }
            guard today >= unitRules.deadlines.closesUnanswered(followedUpOn: since, calendar: calendar) else { continue }
            try await close(complaint, silenceDays: unitRules.reporterSilenceDays, today: today, on: db)
            closed += 1
        }
        return closed
    }

    private static func close(_ complaint: Complaint, silenceDays: Int, today: CalendarDate, on db: any Database) async throws {
        let reply = closingReply(days: silenceDays)
        complaint.status = ComplaintStatus.selesai.rawValue
        complaint.statusSince = today.description
        complaint.closedOn = today.description
        complaint.dueOn = nil
        complaint.awaitingReporterSince = nil
        try await complaint.save(on: db)
        try await ComplaintService.record(
            .status, complaint: complaint, from: .diproses, to: .selesai, text: reply, author: AuditActor.system.name, on: db)
        try await ComplaintService.record(
            .publicReply, complaint: complaint, from: nil, to: nil, text: reply, author: AuditActor.system.name, on: db)
        try await AuditLog.record(
            AuditChange(
                entity: "complaint", entityID: complaint.id?.uuidString, action: "close_unanswered", unitID: complaint.$unit.id,
                after: ["silenceDays": String(silenceDays)]),
            by: .system, on: db)
    }
}
