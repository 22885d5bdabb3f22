import Fluent
import Foundation
import Vapor
import ZICore

/// Gratification reports from the employee's report to the handover, each step checked and
/// audited (without the gift's details), and the UPG's campaign log.
enum GratificationService {
    /// Files the report the logged-in employee typed; the rules in force on the day of the
    /// gift decide whether it had to be reported (kept with the reasons, shown to both sides).
    static func file(
        _ fields: [String: String], attachments: [StoredFile], reporter: CurrentUser, unit: WorkUnit,
        rules: GratificationRuleBook, today: CalendarDate, on db: any Database
    ) async throws -> GratificationReport {
        let gift = try checked(fields, today: today)
        let earlier = try await GratificationReport.query(on: db).filter(\.$reporter.$id == reporter.id).filter(\.$giver == gift.giver)
            .filter(\.$receivedOn >= "\(gift.receivedOn.year)-01-01").filter(\.$receivedOn < gift.receivedOn.description).all()
            .map(\.value).reduce(0, +)
        let decision = GratificationExemption.decide(
            GiftDescription(
                kind: gift.kind, categoryID: gift.categoryID, relation: gift.relation, form: gift.form, value: gift.value,
                date: gift.receivedOn, earlierValueFromGiverThisYear: earlier, conflictOfInterest: gift.conflict),
            rules: rules, names: RequestNames.indonesian)
        let report = GratificationReport()
        report.$unit.id = unit.id!
        report.$reporter.id = reporter.id
        report.reporterName = reporter.user.displayName
        report.kind = gift.kind.rawValue
        report.receivedOn = gift.receivedOn.description
        report.reportedOn = today.description
        report.giver = gift.giver
        report.relation = gift.relation.rawValue
        report.occasion = gift.occasion
        report.form = gift.form.rawValue
        report.description = gift.description
        report.value = gift.value
        report.whereabouts = gift.whereabouts
        report.mustReport = decision.mustReport
        report.ruleReasons = decision.reasons.joined(separator: "\n")
        report.status = GratificationStatus.dilaporkan.rawValue
        try await report.create(on: db)
        try await Attachment.add(attachments, to: .gratification, id: report.id!, on: db)
        try await AuditLog.record(
            "gratification", id: report.id, action: "report", unit: unit,
            after: ["kind": report.kind, "attachments": String(attachments.count)], by: reporter.actor, on: db)
        return report
    }

    /// Moves a report on: `diteruskan` needs the date and KPK's reference, `ditetapkan` the
    /// date and the decision, `diserahkan` the date (only for state property), `ditutup` a note.
    static func move(
        _ report: GratificationReport, to status: GratificationStatus, fields: [String: String], unit: WorkUnit,
        today: CalendarDate, by actor: AuditActor, on db: any Database
    ) async throws {
        let current = GratificationStatus(rawValue: report.status) ?? .dilaporkan
        guard current.next.contains(status) else {
            throw AppError(.conflict, code: "gratification_step_not_allowed", arguments: [current.labelKey, status.labelKey])
        }
        var validator = Validator()
        func date() -> String? {
            guard let day = CalendarDate(iso: fields["date"] ?? ""), day <= today,
                day >= CalendarDate(iso: report.receivedOn) ?? day
            else {
                validator.add("date", "validation.gratification_date")
                return nil
            }
            return day.description
        }
        switch status {
        case .diteruskan:
            report.forwardedOn = date()
            report.kpkReference = validator.required("kpkReference", fields["kpkReference"], max: 200)
        case .ditetapkan:
            report.decidedOn = date()
            report.decision = ["milik_penerima", "milik_negara"].contains(fields["decision"] ?? "") ? fields["decision"] : nil
            if report.decision == nil { validator.add("decision", "validation.choice") }
        case .diserahkan:
            if report.decision != "milik_negara" { validator.add("status", "validation.gratification_not_state") }
            report.handedOverOn = date()
        case .ditutup:
            report.upgNote = validator.required("note", fields["note"], max: 2000)
        case .ditelaah, .dilaporkan:
            break
        }
        if let note = fields["note"], status != .ditutup, !note.isEmpty { report.upgNote = String(note.prefix(2000)) }
        try validator.check()
        report.status = status.rawValue
        try await report.save(on: db)
        try await AuditLog.record(
            "gratification", id: report.id, action: "move", unit: unit,
            after: ["from": current.rawValue, "to": status.rawValue], by: actor, on: db)
    }

    /// Records a campaign (sosialisasi) of the UPG.
    static func addCampaign(_ fields: [String: String], unit: WorkUnit, by actor: AuditActor, on db: any Database) async throws {
        var validator = Validator()
        let day = CalendarDate(iso: fields["date"] ?? "")
        if day == nil { validator.add("date", "validation.date") }
        let title = validator.required("title", fields["title"], max: 300)
        let participants = Int(fields["participants"] ?? "")
        if participants == nil || participants! < 0 { validator.add("participants", "validation.number") }
        let evidence = validator.optional("evidence", fields["evidence"], max: 500)
        try validator.check()
        let campaign = GratificationCampaign()
        campaign.$unit.id = unit.id!
        campaign.heldOn = day!.description
        campaign.title = title!
        campaign.participants = participants!
        campaign.evidence = evidence
        try await campaign.create(on: db)
        try await AuditLog.record(
            "gratification_campaign", id: campaign.id, action: "create", unit: unit, after: ["title": title!], by: actor, on: db)
    }

    /// A report's fields, checked.
    private struct Gift {
        let kind: GratificationReportKind
        let receivedOn: CalendarDate
        let giver: String
        let relation: GiverRelation
        let occasion: String
        let form: GratificationForm
        let description: String
        let value: Int
        let whereabouts: String
        let categoryID: String?
        let conflict: Bool
    }

    private static func checked(_ fields: [String: String], today: CalendarDate) throws -> Gift {
        var validator = Validator()
        let kind = GratificationReportKind(rawValue: fields["kind"] ?? "")
        if kind == nil { validator.add("kind", "validation.choice") }
        let received = CalendarDate(iso: fields["receivedOn"] ?? "")
        if received == nil || received! > today { validator.add("receivedOn", "validation.gratification_date") }
        let giver = validator.required("giver", fields["giver"], max: 300)
        let relation = GiverRelation(rawValue: fields["relation"] ?? "")
        if relation == nil { validator.add("relation", "validation.choice") }
        let occasion = validator.required("occasion", fields["occasion"], max: 300)
        let form = GratificationForm(rawValue: fields["form"] ?? "")
        if form == nil { validator.add("form", "validation.choice") }
        let description = validator.required("description", fields["description"], max: 2000)
        // At most 13 digits (under Rp10 triliun): sums over a year's reports stay far from overflowing.
        let digits = (fields["value"] ?? "").filter(\.isNumber)
        let value = digits.count <= 13 ? Int(digits) : nil
        if value == nil { validator.add("value", "validation.rupiah") }
        let whereabouts = validator.required("whereabouts", fields["whereabouts"], max: 500)
        try validator.check()
        return Gift(
            kind: kind!, receivedOn: received!, giver: giver!, relation: relation!, occasion: occasion!, form: form!,
            description: description!, value: value!, whereabouts: whereabouts!,
            categoryID: fields["categoryID"].flatMap { $0.isEmpty ? nil : $0 },
            conflict: ["on", "true", "1", "ya"].contains(fields["conflictOfInterest"]?.lowercased() ?? ""))
    }
}
