import Fluent
import Foundation

/// A whistleblowing report as stored. In clear only what counting and routing need: the unit,
/// the status and its days, the retention, and whether the reporter wrote last. Everything the
/// reporter told is in ``sealedReport`` (a `WhistleblowingReport` under the report key), and
/// the report key only in ``keyring`` (wrapped to the receipt and to each handler). The receipt
/// itself is never stored: ``lookupID`` is its slow hash. Days, not times, are kept, so the
/// table cannot be matched against a network log to the minute.
final class WBSReport: Model, @unchecked Sendable {
    static let schema = "wbs_reports"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: WorkUnit
    /// The receipt's lookup identifier in hex; nil once the content is purged.
    @OptionalField(key: "lookup_id") var lookupID: String?
    /// The `ReportKeyring` as JSON; nil once purged.
    @OptionalField(key: "keyring") var keyring: Data?
    /// The sealed `WhistleblowingReport`; nil once purged.
    @OptionalField(key: "sealed_report") var sealedReport: Data?
    /// `WhistleblowingStatus` raw value.
    @Field(key: "status") var status: String
    /// `YYYY-MM-DD` (WIB).
    @Field(key: "submitted_on") var submittedOn: String
    @Field(key: "status_since") var statusSince: String
    @OptionalField(key: "closed_on") var closedOn: String?
    /// Months the content is kept after closing.
    @Field(key: "retention_months") var retentionMonths: Int
    /// The first day the content may be purged (set when closed).
    @OptionalField(key: "purge_on") var purgeOn: String?
    @OptionalField(key: "purged_on") var purgedOn: String?
    /// The reporter wrote since a handler last did.
    @Field(key: "awaiting_handler") var awaitingHandler: Bool

    init() {}
}

/// One step of a report's conversation: a message (reporter ↔ handlers, shown to both), an
/// internal note (handlers only) or a status change (from/to in clear, no text). Ordered by
/// ``sequence`` within the report; its text is only in ``sealed``.
final class WBSEntry: Model, @unchecked Sendable {
    static let schema = "wbs_entries"

    /// What the entry is.
    enum Kind: String, Codable, Sendable {
        /// A sealed `WhistleblowingMessage`.
        case message
        /// A sealed `WhistleblowingInternalNote`.
        case note
        /// A status change.
        case status
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "report_id") var report: WBSReport
    @Field(key: "sequence") var sequence: Int
    @Enum(key: "kind") var kind: Kind
    /// The handler who wrote it; nil for the reporter.
    @OptionalParent(key: "author_id") var author: User?
    @OptionalField(key: "sealed") var sealed: Data?
    @OptionalField(key: "from_status") var fromStatus: String?
    @OptionalField(key: "to_status") var toStatus: String?
    @Field(key: "created_on") var createdOn: String

    init() {}
}

/// A file the reporter sent, encrypted under the report key (the `AttachmentFormat` stream)
/// and stored in the evidence blob store under the SHA-256 of the ciphertext; its name, type
/// and size are only in ``sealedDescription``. The size in clear is the ciphertext's.
final class WBSAttachment: Model, @unchecked Sendable {
    static let schema = "wbs_attachments"

    @ID(key: .id) var id: UUID?
    @Parent(key: "report_id") var report: WBSReport
    /// The reporter's message it came with; nil for the files of the report itself.
    @OptionalField(key: "entry_id") var entryID: UUID?
    @Field(key: "blob_hash") var blobHash: String
    @Field(key: "size") var size: Int64
    /// The sealed `AttachmentDescription`.
    @Field(key: "sealed_description") var sealedDescription: Data
    @Field(key: "created_on") var createdOn: String

    init() {}
}

/// A handler the report key is wrapped for (mirrors the keyring, so lists and authorization
/// need no decryption).
final class WBSReportHandler: Model, @unchecked Sendable {
    static let schema = "wbs_report_handlers"

    @ID(key: .id) var id: UUID?
    @Parent(key: "report_id") var report: WBSReport
    @Parent(key: "user_id") var user: User
    @Field(key: "added_on") var addedOn: String

    init() {}

    init(reportID: UUID, userID: UUID, on day: String) {
        $report.id = reportID
        $user.id = userID
        addedOn = day
    }
}
