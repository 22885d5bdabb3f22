import Fluent
import Foundation
import ZICore

/// One reminder for one person about one deadline: shown in the app (`/notifications`) and, by
/// the person's choice, sent by e-mail as it comes or in the day's digest. Its key (kind,
/// record, due date) makes it unique per person, so a deadline reminds once. It carries only
/// what the recipient may read anyway: a plan action's step, a complaint's number — never a
/// complaint's text, a WBS report or another person's data.
final class Reminder: Model, @unchecked Sendable {
    static let schema = "reminders"

    /// Where its e-mail stands.
    enum MailState: String, Codable, Sendable, CaseIterable, Labelled {
        /// In the app only (e-mail off, no address, or no mail server configured).
        case none
        /// To send as it comes.
        case pending
        /// To send in the next daily digest.
        case digest
        case sent
        /// Given up: a permanent refusal or the last retry failed.
        case failed

        static let labelGroup = "reminder_mail_state"
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    /// `ReminderKind` raw value.
    @Field(key: "kind") var kind: String
    /// `ReminderTiming.key`: kind, record and due date.
    @Field(key: "key") var key: String
    /// The action's step or the complaint's number.
    @Field(key: "title") var title: String
    @Field(key: "unit_name") var unitName: String
    /// `YYYY-MM-DD`.
    @Field(key: "due_on") var dueOn: String
    /// The page to open, a path of this site.
    @Field(key: "link") var link: String
    @Enum(key: "mail_state") var mailState: MailState
    @Field(key: "attempts") var attempts: Int
    /// When the e-mail may be tried (next); a lease while it is being sent.
    @OptionalField(key: "next_attempt_at") var nextAttemptAt: Date?
    @OptionalField(key: "last_error") var lastError: String?
    @OptionalField(key: "sent_at") var sentAt: Date?
    @OptionalField(key: "read_at") var readAt: Date?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// One try to send a reminder's e-mail, with what came of it.
final class ReminderAttempt: Model, @unchecked Sendable {
    static let schema = "reminder_attempts"

    @ID(key: .id) var id: UUID?
    @Parent(key: "reminder_id") var reminder: Reminder
    @Field(key: "at") var at: Date
    @Field(key: "succeeded") var succeeded: Bool
    /// The mail server's answer or the network error (never a password or the message).
    @OptionalField(key: "error") var error: String?

    init() {}
}

/// A person's choices: how reminders come by e-mail, which kinds are turned off, and the
/// language of the e-mails.
final class ReminderPreference: Model, @unchecked Sendable {
    static let schema = "reminder_preferences"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    /// `ReminderEmailMode` raw value.
    @Field(key: "email_mode") var emailMode: String
    /// `ReminderKind` raw values turned off, comma-separated.
    @Field(key: "muted_kinds") var mutedKinds: String
    /// `id` or `en`.
    @Field(key: "language") var language: String
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}

/// The reminder tables.
struct CreateReminders: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Reminder.schema)
            .id()
            .field("user_id", .uuid, .required, .references(User.schema, "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("key", .string, .required)
            .field("title", .string, .required)
            .field("unit_name", .string, .required)
            .field("due_on", .string, .required)
            .field("link", .string, .required)
            .field("mail_state", .string, .required)
            .field("attempts", .int, .required)
            .field("next_attempt_at", .datetime)
            .field("last_error", .string)
            .field("sent_at", .datetime)
            .field("read_at", .datetime)
            .field("created_at", .datetime)
            .unique(on: "user_id", "key")
            .create()
        try await database.schema(ReminderAttempt.schema)
            .id()
            .field("reminder_id", .uuid, .required, .references(Reminder.schema, "id", onDelete: .cascade))
            .field("at", .datetime, .required)
            .field("succeeded", .bool, .required)
            .field("error", .string)
            .create()
        try await database.schema(ReminderPreference.schema)
            .id()
            .field("user_id", .uuid, .required, .references(User.schema, "id", onDelete: .cascade))
            .field("email_mode", .string, .required)
            .field("muted_kinds", .string, .required)
            .field("language", .string, .required)
            .field("updated_at", .datetime)
            .unique(on: "user_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        for schema in [ReminderAttempt.schema, Reminder.schema, ReminderPreference.schema] {
            try await database.schema(schema).delete()
        }
    }
}
