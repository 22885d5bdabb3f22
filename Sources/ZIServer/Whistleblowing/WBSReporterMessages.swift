import Fluent
import Vapor
import ZICore

/// What a returning reporter sends: an answer to a handler's question, added information or a
/// message, with files. Like the report itself it is sealed under the report key, carries only
/// the day it was written, and leaves no audit entry.
enum WBSReporterMessages {
    /// The checked fields of the follow-up form.
    struct Input: Sendable {
        let text: String
        let kind: WhistleblowingMessage.Kind
        let inReplyTo: UUID?

        /// `text` is required; `inReplyTo` (a question of the conversation) makes it an answer,
        /// `kind=additionalInformation` added information, anything else a message.
        init(fields: [String: String]) throws {
            var validator = Validator()
            let text = validator.required("text", fields["text"], max: 10_000)
            try validator.check()
            self.text = text!
            inReplyTo = fields["inReplyTo"].flatMap(UUID.init(uuidString:))
            kind =
                inReplyTo != nil
                ? .answer
                : fields["kind"] == WhistleblowingMessage.Kind.additionalInformation.rawValue
                    ? .additionalInformation : .message
        }
    }

    /// Adds the reporter's message (and files) to the opened report.
    static func send(
        _ input: Input, uploads: [EvidenceStorage.CheckedUpload], to opened: WBSReceiptLookup.Opened,
        app: Application
    ) async throws {
        let message = WhistleblowingMessage(
            author: .reporter, kind: input.kind, text: input.text, sentAt: WBSDay.startOfToday(),
            inReplyTo: input.inReplyTo)
        let sealed = try opened.key.seal(message)
        let attachments = try await WBSAttachmentSealing(storage: app.evidence, threadPool: app.threadPool).seal(
            uploads, reportKey: opened.key)
        let reportID = opened.report.id!
        do {
            try await app.write { db in
                let report = try await WBSEntries.lockedReport(reportID, on: db)
                let entry = try await WBSEntries.append(.message, to: reportID, sealed: sealed, author: nil, on: db)
                try await WBSAttachmentRecords.add(attachments, to: reportID, entryID: entry.id, on: entry.createdOn, db: db)
                report.awaitingHandler = true
                try await report.save(on: db)
            }
        } catch {
            await WBSAttachmentRecords.removeBlobs(attachments.map(\.blobHash), store: app.evidence.store)
            throw error
        }
    }
}
