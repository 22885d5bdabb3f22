import Fluent
import SQLKit
import Vapor
import ZICore

/// The complaint rules in force for a unit: its stage deadlines and whether the public form
/// requires a contact; the unit's ``ComplaintSettings`` or the defaults.
struct ComplaintRules: Content, Equatable {
    /// Working days for verification (diterima), assignment (diverifikasi), starting
    /// (didisposisikan) and finishing (diproses).
    var verifyDays: Int
    var assignDays: Int
    var startDays: Int
    var finishDays: Int
    var requireContact: Bool

    /// The defaults: ``ComplaintDeadlines/standard``, contact optional.
    static let standard = ComplaintRules(deadlines: .standard, requireContact: false)

    init(deadlines: ComplaintDeadlines, requireContact: Bool) {
        verifyDays = deadlines.days[.diterima] ?? 0
        assignDays = deadlines.days[.diverifikasi] ?? 0
        startDays = deadlines.days[.didisposisikan] ?? 0
        finishDays = deadlines.days[.diproses] ?? 0
        self.requireContact = requireContact
    }

    /// The stage deadlines.
    var deadlines: ComplaintDeadlines {
        ComplaintDeadlines(days: [.diterima: verifyDays, .diverifikasi: assignDays, .didisposisikan: startDays, .diproses: finishDays])
    }

    /// The rules of the unit `unitID` (plain SQL: asked by every public filing).
    static func of(_ unitID: UUID, on db: any Database) async throws -> ComplaintRules {
        struct Row: Decodable {
            let verify_days, assign_days, start_days, finish_days: Int
            let require_contact: Bool
        }
        guard
            let row = try await (db as! any SQLDatabase).select().column("*").from(ComplaintSettings.schema)
                .where("unit_id", .equal, SQLBind(unitID)).first(decoding: Row.self)
        else { return .standard }
        var rules = ComplaintRules.standard
        (rules.verifyDays, rules.assignDays, rules.startDays, rules.finishDays) = (
            row.verify_days, row.assign_days, row.start_days,
            row.finish_days
        )
        rules.requireContact = row.require_contact
        return rules
    }

    /// The rules as a form or a JSON body sends them, before checking.
    struct Input: Content {
        var verifyDays: String?
        var assignDays: String?
        var startDays: String?
        var finishDays: String?
        var requireContact: String?

        /// Every stage needs a whole number of working days within ``ComplaintDeadlines/allowedDays``.
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
            var rules = ComplaintRules.standard
            rules.verifyDays = days("verifyDays", verifyDays)
            rules.assignDays = days("assignDays", assignDays)
            rules.startDays = days("startDays", startDays)
            rules.finishDays = days("finishDays", finishDays)
            rules.requireContact = ["on", "true", "1", "ya"].contains(requireContact?.lowercased() ?? "")
            try validator.check()
            return rules
        }
    }

    /// Stores `self` as the unit's rules (audited with before and after). Complaints already
    /// in a stage keep the due date they got; the next stage uses the new days.
    func save(for unit: WorkUnit, by actor: AuditActor, on db: any Database) async throws {
        let row = try await ComplaintSettings.query(on: db).filter(\.$unit.$id == unit.id!).first() ?? ComplaintSettings()
        let before = try await ComplaintRules.of(unit.id!, on: db)
        row.$unit.id = unit.id!
        row.verifyDays = verifyDays
        row.assignDays = assignDays
        row.startDays = startDays
        row.finishDays = finishDays
        row.requireContact = requireContact
        try await row.save(on: db)
        try await AuditLog.record(
            AuditChange(
                entity: "complaint_settings", entityID: row.id?.uuidString, action: "update",
                instansiID: unit.$instansi.id, unitID: unit.id, before: before, after: self),
            by: actor, on: db)
    }
}
