import Fluent
import Foundation
import ZICore

/// A public complaint (pengaduan masyarakat) of a unit: what the person reported, through
/// which channel, where it stands and by when it must move on. The tracking code itself is
/// never stored, only its SHA-256, so the table cannot be used to read other people's status.
final class Complaint: Model, @unchecked Sendable {
    static let schema = "complaints"

    @ID(key: .id) var id: UUID?
    @Parent(key: "unit_id") var unit: WorkUnit
    /// The unit's running number of the year, `2026/000001`.
    @Field(key: "number") var number: String
    @Field(key: "code_hash") var codeHash: String
    /// `ComplaintKind` raw value.
    @Field(key: "kind") var kind: String
    /// `ComplaintChannel` raw value.
    @Field(key: "channel") var channel: String
    @Field(key: "subject") var subject: String
    @Field(key: "description") var description: String
    @OptionalField(key: "service") var service: String?
    @OptionalField(key: "event_place") var eventPlace: String?
    /// `YYYY-MM-DD`.
    @OptionalField(key: "event_date") var eventDate: String?
    @OptionalField(key: "reporter_name") var reporterName: String?
    @OptionalField(key: "reporter_contact") var reporterContact: String?
    /// The reporter's identity is hidden from the public page (always true without a name).
    @Field(key: "is_anonymous") var isAnonymous: Bool
    /// The complaint itself is not public (its subject never appears on public pages).
    @Field(key: "is_confidential") var isConfidential: Bool
    /// `ComplaintStatus` raw value.
    @Field(key: "status") var status: String
    /// The day (WIB) the complaint entered its status, `YYYY-MM-DD`.
    @Field(key: "status_since") var statusSince: String
    /// The day it must leave its status by, `YYYY-MM-DD`; nil once ended.
    @OptionalField(key: "due_on") var dueOn: String?
    @OptionalParent(key: "assignee_id") var assignee: User?
    /// The day it was received, `YYYY-MM-DD`.
    @Field(key: "received_on") var receivedOn: String
    @OptionalField(key: "closed_on") var closedOn: String?
    /// `ComplaintTrack` raw value: the standard follow-up limit or the investigation's.
    @Field(key: "track") var track: String
    /// Why the investigation track was chosen.
    @OptionalField(key: "track_reason") var trackReason: String?
    /// The day it left verification (forwarded, rejected or sent elsewhere), `YYYY-MM-DD`.
    @OptionalField(key: "forwarded_on") var forwardedOn: String?
    /// The day the unit gave its follow-up (its first follow-up reply, or finishing without
    /// one), `YYYY-MM-DD`.
    @OptionalField(key: "answered_on") var answeredOn: String?
    /// Set while a follow-up waits for the reporter's answer: the day it was sent, `YYYY-MM-DD`.
    @OptionalField(key: "awaiting_reporter_since") var awaitingReporterSince: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}

/// Something that happened to a complaint: a move to another status (with its reason), a
/// reply to the public, or an internal note the public never sees.
final class ComplaintEvent: Model, @unchecked Sendable {
    static let schema = "complaint_events"

    /// What kind of entry it is.
    enum Kind: String, Codable, Sendable, CaseIterable, Labelled {
        case status
        case publicReply = "public_reply"
        case internalNote = "internal_note"
        /// The track was chosen (the reason in the text).
        case track
        /// The reporter answered a follow-up on the status page (shown to staff and to the
        /// reporter, never elsewhere).
        case reporterReply = "reporter_reply"

        static let labelGroup = "complaint_event"
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "complaint_id") var complaint: Complaint
    @Enum(key: "kind") var kind: Kind
    @OptionalField(key: "from_status") var fromStatus: String?
    @OptionalField(key: "to_status") var toStatus: String?
    @OptionalField(key: "text") var text: String?
    @Field(key: "author") var author: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// Creates the complaint tables and the holiday table (``Holiday``).
struct CreateComplaints: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Complaint.schema)
            .id()
            .field("unit_id", .uuid, .required, .references(WorkUnit.schema, "id", onDelete: .restrict))
            .field("number", .string, .required)
            .field("code_hash", .string, .required)
            .field("kind", .string, .required)
            .field("channel", .string, .required)
            .field("subject", .string, .required)
            .field("description", .string, .required)
            .field("service", .string)
            .field("event_place", .string)
            .field("event_date", .string)
            .field("reporter_name", .string)
            .field("reporter_contact", .string)
            .field("is_anonymous", .bool, .required)
            .field("is_confidential", .bool, .required)
            .field("status", .string, .required)
            .field("status_since", .string, .required)
            .field("due_on", .string)
            .field("assignee_id", .uuid, .references(User.schema, "id", onDelete: .setNull))
            .field("received_on", .string, .required)
            .field("closed_on", .string)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "code_hash")
            .unique(on: "unit_id", "number")
            .create()
        try await database.schema(ComplaintEvent.schema)
            .id()
            .field("complaint_id", .uuid, .required, .references(Complaint.schema, "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("from_status", .string)
            .field("to_status", .string)
            .field("text", .string)
            .field("author", .string, .required)
            .field("created_at", .datetime)
            .create()
        try await database.schema(Holiday.schema)
            .id()
            .field("date", .string, .required)
            .field("name", .string, .required)
            .unique(on: "date")
            .create()
    }

    func revert(on database: any Database) async throws {
        for schema in [ComplaintEvent.schema, Complaint.schema, Holiday.schema] {
            try await database.schema(schema).delete()
        }
    }
}
