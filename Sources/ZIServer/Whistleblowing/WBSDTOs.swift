import Foundation
import Vapor
import ZICore
import ZIDocuments

/// A file of a report as its readers see it (name, type and size come from the sealed description).
struct WBSAttachmentDTO: Content {
    let id: UUID
    let fileName: String
    let mediaType: String
    let size: Int
    let sizeText: String
}

/// One step of a report's conversation, decrypted for its reader.
struct WBSEntryDTO: Content {
    /// `message`, `note` (handlers only) or `status`.
    let kind: String
    /// For a message: `message`, `question`, `answer` or `additionalInformation`.
    let messageKind: String?
    /// `Pertanyaan`, `Jawaban` or `Informasi tambahan` (nil for a plain message).
    let messageLabel: String?
    let messageID: UUID?
    let inReplyTo: UUID?
    /// `Pelapor`, `Pengelola WBS` (what the reporter sees) or the handler's name (what handlers see).
    let author: String
    let fromReporter: Bool
    let text: String?
    let statusLabel: String?
    /// `22 November 2026`.
    let date: String
    let attachments: [WBSAttachmentDTO]
}

/// What the reporter told, decrypted.
struct WBSReportContentDTO: Content {
    let title: String
    let whatHappened: String
    let involved: [String]
    let whenItHappened: String
    let whereItHappened: String
    let howKnown: String
    let reporterName: String?
    let reporterContact: String?

    init(_ report: WhistleblowingReport) {
        let names = RequestNames.current
        title = report.title
        whatHappened = report.whatHappened
        involved = report.involvedPeople.map { person in person.position.map { "\(person.name) (\($0))" } ?? person.name }
        whenItHappened = report.whenItHappened
        whereItHappened = report.whereItHappened
        howKnown = names(report.howReporterKnows)
        reporterName = report.reporterIdentity?.name
        reporterContact = report.reporterIdentity?.contact
    }
}

/// A report in a handler's list: clear metadata, and the title when the handler holds its key.
struct WBSReportSummaryDTO: Content {
    let id: UUID
    let unitID: UUID
    let unitName: String
    let status: String
    let statusLabel: String
    let submittedOn: String
    let submittedText: String
    let awaitingHandler: Bool
    /// Nil when the handler does not hold the key or the content was purged.
    let title: String?
    let isRecipient: Bool
    let isPurged: Bool
}

/// A report opened by a handler.
struct WBSReportDetailDTO: Content {
    let summary: WBSReportSummaryDTO
    let content: WBSReportContentDTO
    let attachments: [WBSAttachmentDTO]
    let entries: [WBSEntryDTO]
    let handlers: [String]
    let next: [String]
    let closedOn: String?
    let retentionMonths: Int
    let purgeOn: String?
}

extension WBSReportSummaryDTO {
    init(_ report: WBSReport, unit: WorkUnit, title: String?, isRecipient: Bool) {
        let names = RequestNames.current
        let status = WhistleblowingStatus(rawValue: report.status) ?? .baru
        self.init(
            id: report.id!, unitID: unit.id!, unitName: unit.name, status: status.rawValue, statusLabel: names(status),
            submittedOn: report.submittedOn, submittedText: WBSDay.text(report.submittedOn), awaitingHandler: report.awaitingHandler,
            title: title, isRecipient: isRecipient, isPurged: report.purgedOn != nil)
    }
}

extension WBSAttachmentDTO {
    init(_ row: WBSAttachment, description: AttachmentDescription) {
        self.init(
            id: row.id!, fileName: description.fileName, mediaType: description.mediaType, size: description.byteCount,
            sizeText: EvidenceFileSize.text(Int64(description.byteCount)))
    }
}
