import Fluent
import SQLKit
import Vapor
import ZICore

/// The complaint rules in force for a unit: its time limits and whether the public form
/// requires a contact; the unit's ``ComplaintSettings`` or the defaults.
struct ComplaintRules: Content, Equatable {
    /// Working days for verification and forwarding, the follow-up, the follow-up on the
    /// investigation track, and the reporter's silence before a complaint closes (see
    /// ``ComplaintDeadlines``).
    var verifyDays: Int
    var followUpDays: Int
    var investigationDays: Int
    var reporterSilenceDays: Int
    var requireContact: Bool

    /// The defaults: ``ComplaintDeadlines/standard``, contact optional.
    static let standard = ComplaintRules(deadlines: .standard, requireContact: false)

    init(deadlines: ComplaintDeadlines, requireContact: Bool) {
        verifyDays = deadlines.verifyDays
        followUpDays = deadlines.followUpDays
        investigationDays = deadlines.investigationDays
        reporterSilenceDays = deadlines.reporterSilenceDays
        self.requireContact = requireContact
    }

    /// The time limits.
    var deadlines: ComplaintDeadlines {
        ComplaintDeadlines(
            verifyDays: verifyDays, followUpDays: followUpDays, investigationDays: investigationDays,
            reporterSilenceDays: reporterSilenceDays)
    }

    /// The rules of the unit `unitID` (plain SQL: asked by every public filing).
    static func of(_ unitID: UUID, on db: any Database) async throws -> ComplaintRules {
        struct Row: Decodable {
            let verify_days, follow_up_days, investigation_days, reporter_silence_days: Int
            let require_contact: Bool
        }
        guard
            let row = try await (db as! any SQLDatabase).select()
                .columns("verify_days", "follow_up_days", "investigation_days", "reporter_silence_days", "require_contact")
                .from(ComplaintSettings.schema)
                .where("unit_id", .equal, SQLBind(unitID)).first(decoding: Row.self)
        else { return .standard }
        return ComplaintRules(
            deadlines: ComplaintDeadlines(
                verifyDays: row.verify_days, followUpDays: row.follow_up_days, investigationDays: row.investigation_days,
                reporterSilenceDays: row.reporter_silence_days),
            requireContact: row.require_contact)
    }

    /// The rules as a form or a JSON body sends them, before checking.
    struct Input: Content {
        var verifyDays: String?
        var followUpDays: String?
        var investigationDays: String?
        var reporterSilenceDays: String?
        var requireContact: String?

        /// Every limit needs a whole number of working days within
        /// ``ComplaintDeadlines/allowedDays``; the investigation track may not be shorter than
        /// the standard one.
        func checked() throws -> ComplaintRules {
            var validator = Validator()
            let range = ComplaintDeadlines.allowedDays
            func days(_ field: String, _ value: String?) -> Int {
                guard let number = Int(value?.trimmingCharacters(in: .whitespaces) ?? ""), range.contains(number) else {
                    validator.add(field, "validation.complaint_days", [String(range.lowerBound), String(range.upperBound)])
                    return 0
                }
                return number
            }
            let deadlines = ComplaintDeadlines(
                verifyDays: days("verifyDays", verifyDays), followUpDays: days("followUpDays", followUpDays),
                investigationDays: days("investigationDays", investigationDays),
                reporterSilenceDays: days("reporterSilenceDays", reporterSilenceDays))
            if validator.errors.isEmpty && deadlines.investigationDays < deadlines.followUpDays {
                validator.add("investigationDays", "validation.complaint_investigation_days")
            }
            try validator.check()
            return ComplaintRules(
                deadlines: deadlines, requireContact: ["on", "true", "1", "ya"].contains(requireContact?.lowercased() ?? ""))
        }
    }

    /// Stores `self` as the unit's rules (audited with before and after). Complaints already
    /// in a part keep the due date they got; the next part uses the new days.
    func save(for unit: WorkUnit, by actor: AuditActor, on db: any Database) async throws {
        let row = try await ComplaintSettings.query(on: db).filter(\.$unit.$id == unit.id!).first() ?? ComplaintSettings()
        let before = try await ComplaintRules.of(unit.id!, on: db)
        row.$unit.id = unit.id!
        row.verifyDays = verifyDays
        row.followUpDays = followUpDays
        row.investigationDays = investigationDays
        row.reporterSilenceDays = reporterSilenceDays
        row.requireContact = requireContact
        try await row.save(on: db)
        try await AuditLog.record(
            AuditChange(
                entity: "complaint_settings", entityID: row.id?.uuidString, action: "update",
                instansiID: unit.$instansi.id, unitID: unit.id, before: before, after: self),
            by: actor, on: db)
    }
}
