import Fluent
import Foundation
import ZICore

/// A report's conversation decrypted for one reader: the reporter sees messages and status
/// changes; handlers also see internal notes and who of them wrote what.
struct WBSConversation {
    /// Who reads.
    enum Reader {
        case reporter
        case handler
    }

    let entries: [WBSEntryDTO]
    /// The files sent with the report itself.
    let reportAttachments: [WBSAttachmentDTO]

    /// Decrypts the conversation of `report` with its `key`.
    static func load(_ report: WBSReport, key: ReportKey, for reader: Reader, on db: any Database) async throws -> WBSConversation {
        var query = WBSEntry.query(on: db).filter(\.$report.$id == report.id!).with(\.$author).sort(\.$sequence)
        if reader == .reporter { query = query.filter(\.$kind != .note) }
        let rows = try await query.all()
        let attachmentRows = try await WBSAttachment.query(on: db).filter(\.$report.$id == report.id!).all()
        var attachments: [UUID?: [WBSAttachmentDTO]] = [:]
        for row in attachmentRows {
            let description = try open(AttachmentDescription.self, row.sealedDescription, key)
            attachments[row.entryID, default: []].append(WBSAttachmentDTO(row, description: description))
        }
        let entries = try rows.map { try entry($0, key: key, reader: reader, attachments: attachments[$0.id] ?? []) }
        return WBSConversation(entries: entries, reportAttachments: attachments[nil] ?? [])
    }

    private static func entry(_ row: WBSEntry, key: ReportKey, reader: Reader, attachments: [WBSAttachmentDTO]) throws -> WBSEntryDTO {
        let names = RequestNames.current
        let date = WBSDay.text(row.createdOn)
        let handler = names(key: "wbs.entry.handler")
        let handlerName = reader == .handler ? row.author?.displayName ?? handler : handler
        switch row.kind {
        case .status:
            let status = row.toStatus.flatMap(WhistleblowingStatus.init(rawValue:))
            return WBSEntryDTO(
                kind: "status", messageKind: nil, messageLabel: nil, messageID: nil, inReplyTo: nil, author: handlerName,
                fromReporter: false,
                text: nil, statusLabel: status.map { names($0) }, date: date, attachments: [])
        case .note:
            let note = try open(WhistleblowingInternalNote.self, row.sealed, key)
            return WBSEntryDTO(
                kind: "note", messageKind: nil, messageLabel: names(key: "wbs.entry.internal_note"), messageID: nil, inReplyTo: nil,
                author: handlerName,
                fromReporter: false,
                text: note.text, statusLabel: nil, date: date, attachments: [])
        case .message:
            let message = try open(WhistleblowingMessage.self, row.sealed, key)
            let fromReporter = message.author == .reporter
            return WBSEntryDTO(
                kind: "message", messageKind: message.kind.rawValue, messageLabel: label(message.kind, names), messageID: message.id,
                inReplyTo: message.inReplyTo,
                author: fromReporter ? names(key: "wbs.entry.reporter") : handlerName, fromReporter: fromReporter, text: message.text,
                statusLabel: nil, date: date, attachments: attachments)
        }
    }

    /// The name of a message's kind; none for a plain message.
    private static func label(_ kind: WhistleblowingMessage.Kind, _ names: LabelNames) -> String? {
        kind == .message ? nil : names(key: "wbs.entry.\(kind.rawValue)")
    }

    private static func open<Content: SealableReportContent>(_ type: Content.Type, _ sealed: Data?, _ key: ReportKey) throws -> Content {
        guard let sealed, let content = try? key.open(type, from: sealed) else { throw WBSError.damaged }
        return content
    }

    /// The handlers' questions the reporter has not answered yet.
    var openQuestions: [WBSEntryDTO] {
        let answered = Set(entries.compactMap(\.inReplyTo))
        return entries.filter { $0.messageKind == WhistleblowingMessage.Kind.question.rawValue && !answered.contains($0.messageID!) }
    }
}
