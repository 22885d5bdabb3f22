import Foundation

/// One message in a report's conversation between the reporter and the handlers, stored only
/// encrypted under the report key. Who wrote it and when also stays inside the ciphertext; the
/// server may keep the time in clear for ordering and deadlines.
public struct WhistleblowingMessage: SealableReportContent, Equatable {
    /// Who wrote a message.
    public enum Author: String, Codable, Sendable {
        /// The whistleblower, through the receipt.
        case reporter
        /// One of the report's WBS handlers.
        case handler
    }

    /// What a message is for.
    public enum Kind: String, Codable, Sendable {
        /// A reply or remark.
        case message
        /// A handler's question the reporter is asked to answer.
        case question
        /// The reporter's answer to a question (``WhistleblowingMessage/inReplyTo`` names it).
        case answer
        /// Information the reporter adds to the report.
        case additionalInformation
    }

    /// Identifies the message within its report.
    public var id: UUID
    /// Who wrote it.
    public var author: Author
    /// What it is for.
    public var kind: Kind
    /// The text.
    public var text: String
    /// When it was written.
    public var sentAt: Date
    /// The question an answer replies to.
    public var inReplyTo: UUID?

    /// A message as written.
    public init(id: UUID = UUID(), author: Author, kind: Kind, text: String, sentAt: Date, inReplyTo: UUID? = nil) {
        self.id = id
        self.author = author
        self.kind = kind
        self.text = text
        self.sentAt = sentAt
        self.inReplyTo = inReplyTo
    }

    /// The label authenticated with a sealed message.
    public static let sealingLabel = "sizi.wbs.message.v1"
}
