import Foundation
import Vapor
import ZICore

/// A gratification report as its reporter and the UPG see it, with the deadline of each step.
struct GratificationDTO: Content {
    struct Step: Content {
        let stage: String
        let label: String
        let due: String
        let status: String
        let statusLabel: String
    }

    let id: UUID
    let reporterName: String
    let kind: String
    let kindLabel: String
    let receivedOn: String
    let reportedOn: String
    let giver: String
    let relationLabel: String
    let occasion: String
    let formLabel: String
    let description: String
    let value: Int
    let valueText: String
    let whereabouts: String
    let mustReport: Bool
    let ruleReasons: [String]
    let status: String
    let statusLabel: String
    let next: [String]
    let forwardedOn: String?
    let kpkReference: String?
    let decidedOn: String?
    let decision: String?
    let handedOverOn: String?
    let upgNote: String?
    let steps: [Step]
    /// Whether a step is past its due date and not done.
    let isOverdue: Bool
    let attachments: [AttachmentDTO]

    init(
        _ report: GratificationReport, deadlines: GratificationDeadlines, calendar: WorkingCalendar, today: CalendarDate,
        attachments: [Attachment] = []
    ) {
        let names = RequestNames.current
        id = report.id!
        reporterName = report.reporterName
        kind = report.kind
        kindLabel = names(GratificationReportKind.self, raw: report.kind)
        receivedOn = report.receivedOn
        reportedOn = report.reportedOn
        giver = report.giver
        relationLabel = names(GiverRelation.self, raw: report.relation)
        occasion = report.occasion
        formLabel = names(GratificationForm.self, raw: report.form)
        description = report.description
        value = report.value
        valueText = Rupiah.text(report.value)
        whereabouts = report.whereabouts
        mustReport = report.mustReport
        ruleReasons = report.ruleReasons.split(separator: "\n").map(String.init)
        status = report.status
        let current = GratificationStatus(rawValue: report.status)
        statusLabel = current.map { names($0) } ?? report.status
        next = (current?.next ?? []).map(\.rawValue)
        forwardedOn = report.forwardedOn
        kpkReference = report.kpkReference
        decidedOn = report.decidedOn
        decision = report.decision
        handedOverOn = report.handedOverOn
        upgNote = report.upgNote
        // A report the UPG closed without forwarding has no KPK deadline left.
        let closed = current == .ditutup
        let timeline =
            CalendarDate(iso: report.receivedOn).map { received in
                deadlines.timeline(
                    GratificationCaseDates(
                        receivedOn: received, reportedToUPGOn: CalendarDate(iso: report.reportedOn),
                        forwardedToKPKOn: report.forwardedOn.flatMap(CalendarDate.init(iso:)),
                        stateOwnershipDecidedOn: report.decision == "milik_negara"
                            ? report.decidedOn.flatMap(CalendarDate.init(iso:)) : nil,
                        handedOverOn: report.handedOverOn.flatMap(CalendarDate.init(iso:))), today: today, calendar: calendar
                )
                .filter { !(closed && $0.stage == .forwardToKPK) }
            } ?? []
        steps = timeline.map {
            Step(
                stage: $0.stage.rawValue, label: names($0.stage), due: $0.due.description, status: $0.status.rawValue,
                statusLabel: names($0.status))
        }
        isOverdue = timeline.contains { $0.status == .overdue }
        self.attachments = attachments.map(AttachmentDTO.init)
    }
}
