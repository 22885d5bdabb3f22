import Foundation
import Vapor
import ZICore

/// A complaint as staff see it in a list.
struct ComplaintSummaryDTO: Content {
    let id: UUID
    let number: String
    let kind: String
    let channel: String
    let subject: String
    let status: String
    let statusLabel: String
    let receivedOn: String
    let dueOn: String?
    let isOverdue: Bool
    let assigneeID: UUID?
    /// `biasa` or `pemeriksaan` (``ComplaintTrack``), and its label.
    let track: String
    let trackLabel: String
    /// The day it left verification, and the day of the unit's follow-up.
    let forwardedOn: String?
    let answeredOn: String?
    /// Set while the follow-up waits for the reporter: the day it was sent.
    let awaitingReporterSince: String?

    init(_ complaint: Complaint, today: CalendarDate) {
        let names = RequestNames.current
        id = complaint.id!
        number = complaint.number
        kind = complaint.kind
        channel = complaint.channel
        subject = complaint.subject
        status = complaint.status
        statusLabel = names(ComplaintStatus.self, raw: complaint.status)
        receivedOn = complaint.receivedOn
        dueOn = complaint.dueOn
        isOverdue = complaint.dueOn.flatMap(CalendarDate.init(iso:)).map { $0 < today } ?? false
        assigneeID = complaint.$assignee.id
        track = complaint.track
        trackLabel = names(ComplaintTrack.self, raw: complaint.track)
        forwardedOn = complaint.forwardedOn
        answeredOn = complaint.answeredOn
        awaitingReporterSince = complaint.awaitingReporterSince
    }
}

/// A complaint with everything staff may read, and its history.
struct ComplaintDetailDTO: Content {
    struct Event: Content {
        let kind: String
        let kindLabel: String
        let fromStatus: String?
        let toStatus: String?
        let text: String?
        let author: String
        let createdAt: Date?
    }

    let complaint: ComplaintSummaryDTO
    let description: String
    let service: String?
    let eventPlace: String?
    let eventDate: String?
    let reporterName: String?
    let reporterContact: String?
    let isAnonymous: Bool
    let isConfidential: Bool
    /// Why the investigation track was chosen.
    let trackReason: String?
    let next: [String]
    let events: [Event]
    let attachments: [AttachmentDTO]

    init(_ complaint: Complaint, events: [ComplaintEvent], attachments: [Attachment], today: CalendarDate) {
        self.complaint = ComplaintSummaryDTO(complaint, today: today)
        description = complaint.description
        service = complaint.service
        eventPlace = complaint.eventPlace
        eventDate = complaint.eventDate
        reporterName = complaint.reporterName
        reporterContact = complaint.reporterContact
        isAnonymous = complaint.isAnonymous
        isConfidential = complaint.isConfidential
        trackReason = complaint.trackReason
        next = (ComplaintStatus(rawValue: complaint.status)?.next ?? []).map(\.rawValue)
        self.events = events.map {
            Event(
                kind: $0.kind.rawValue, kindLabel: RequestNames.current($0.kind), fromStatus: $0.fromStatus, toStatus: $0.toStatus,
                text: $0.text, author: $0.author,
                createdAt: $0.createdAt)
        }
        self.attachments = attachments.map(AttachmentDTO.init)
    }
}
