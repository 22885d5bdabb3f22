import Fluent
import Vapor
import ZICore

/// A person's reminder preferences as the app uses them: e-mail as it comes by default, every
/// kind on, Indonesian.
struct ReminderChoices: Content, Equatable {
    /// `segera`, `ringkasan_harian` or `tidak` (``ReminderEmailMode``).
    var emailMode: String
    /// The kinds turned off (``ReminderKind`` raw values).
    var mutedKinds: [String]
    /// `id` or `en`.
    var language: String

    static let standard = ReminderChoices(emailMode: ReminderEmailMode.immediate.rawValue, mutedKinds: [], language: "id")

    var mode: ReminderEmailMode { ReminderEmailMode(rawValue: emailMode) ?? .immediate }

    func mutes(_ kind: ReminderKind) -> Bool { mutedKinds.contains(kind.rawValue) }

    /// The choices of every person in `users` (defaults for those who made none).
    static func of(_ users: [UUID], on db: any Database) async throws -> [UUID: ReminderChoices] {
        guard !users.isEmpty else { return [:] }
        let rows = try await ReminderPreference.query(on: db).filter(\.$user.$id ~~ users).all()
        var choices = Dictionary(uniqueKeysWithValues: users.map { ($0, ReminderChoices.standard) })
        for row in rows {
            choices[row.$user.id] = ReminderChoices(
                emailMode: row.emailMode, mutedKinds: row.mutedKinds.split(separator: ",").map(String.init), language: row.language)
        }
        return choices
    }

    /// The choices as a form or a JSON body sends them, before checking.
    struct Input: Content {
        var emailMode: String?
        var mutedKinds: [String]?
        var language: String?

        func checked() throws -> ReminderChoices {
            var validator = Validator()
            if ReminderEmailMode(rawValue: emailMode ?? "") == nil { validator.add("emailMode", "validation.choice") }
            let muted = mutedKinds ?? []
            if muted.count > ReminderKind.allCases.count || muted.contains(where: { ReminderKind(rawValue: $0) == nil }) {
                validator.add("mutedKinds", "validation.choice")
            }
            if !Translations.supported.contains(language ?? "") { validator.add("language", "validation.choice") }
            try validator.check()
            return ReminderChoices(emailMode: emailMode!, mutedKinds: Array(Set(muted)).sorted(), language: language!)
        }
    }

    /// Stores the choices of `user` (audited with before and after).
    func save(for user: UUID, by actor: AuditActor, on db: any Database) async throws {
        let before = try await Self.of([user], on: db)[user]
        let row = try await ReminderPreference.query(on: db).filter(\.$user.$id == user).first() ?? ReminderPreference()
        row.$user.id = user
        row.emailMode = emailMode
        row.mutedKinds = mutedKinds.joined(separator: ",")
        row.language = language
        try await row.save(on: db)
        try await AuditLog.record(
            AuditChange(entity: "reminder_preferences", entityID: user.uuidString, action: "update", before: before, after: self),
            by: actor, on: db)
    }
}
