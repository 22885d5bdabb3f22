import Fluent
import Foundation
import Vapor
import ZICore

/// The survey's follow-up plan and the unit's published texts: checked, stored, audited.
enum SurveyFollowUpService {
    /// A follow-up as a form or the API sends it.
    struct Input: Content {
        var period: String?
        var element: String?
        var action: String?
        var owner: String?
        var dueOn: String?
    }

    static func add(_ input: Input, unit: WorkUnit, by actor: AuditActor, on db: any Database) async throws -> SurveyFollowUp {
        var validator = Validator()
        let period = validator.required("period", input.period, max: 100)
        let element = input.element.flatMap(SKMElement.init(rawValue:))
        if element == nil { validator.add("element", "validation.choice") }
        let action = validator.required("action", input.action, max: 2000)
        let owner = validator.optional("owner", input.owner, max: 200)
        let due = input.dueOn.flatMap { $0.isEmpty ? nil : $0 }
        if let due, CalendarDate(iso: due) == nil { validator.add("dueOn", "validation.date") }
        try validator.check()
        let followUp = SurveyFollowUp()
        followUp.$unit.id = unit.id!
        followUp.period = period!
        followUp.element = element!.rawValue
        followUp.action = action!
        followUp.owner = owner
        followUp.dueOn = due
        followUp.status = FollowUpStatus.terbuka.rawValue
        try await followUp.create(on: db)
        try await AuditLog.record(
            "survey_follow_up", id: followUp.id, action: "create", unit: unit,
            after: ["element": element!.rawValue, "period": period!], by: actor, on: db)
        return followUp
    }

    static func setStatus(
        _ followUp: SurveyFollowUp, _ status: String?, unit: WorkUnit, by actor: AuditActor,
        on db: any Database
    ) async throws {
        guard let status = status.flatMap(FollowUpStatus.init(rawValue:)) else {
            throw AppError.validation([FieldError(field: "status", key: "validation.choice")])
        }
        followUp.status = status.rawValue
        try await followUp.save(on: db)
        try await AuditLog.record(
            "survey_follow_up", id: followUp.id, action: "status", unit: unit,
            after: ["status": status.rawValue], by: actor, on: db)
    }

    /// Saves the maklumat and standar pelayanan shown on the public page.
    static func publish(maklumat: String?, standar: String?, unit: WorkUnit, by actor: AuditActor, on db: any Database) async throws {
        var validator = Validator()
        let maklumat = validator.optional("maklumat", maklumat, max: 20000) ?? ""
        let standar = validator.optional("standar", standar, max: 20000) ?? ""
        try validator.check()
        let profile = try await PublicProfile.query(on: db).filter(\.$unit.$id == unit.id!).first() ?? PublicProfile()
        profile.$unit.id = unit.id!
        profile.maklumat = maklumat
        profile.standar = standar
        try await profile.save(on: db)
        try await AuditLog.record("public_profile", id: profile.id, action: "save", unit: unit, after: [:], by: actor, on: db)
    }
}
