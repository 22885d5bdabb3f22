import Fluent
import Foundation
import SQLKit
import ZICore

/// Finds the deadlines that earn a reminder today and records one per person and deadline
/// (see ``ReminderTiming``): the people's own work (``WorkReminders``: plan actions, assigned
/// complaints) and what they oversee (``OversightReminders``: gratification steps, LHKPN/LHKASN
/// filings, assessments waiting for review, whistleblowing reports waiting for a handler).
/// Running it again the same day adds nothing.
enum ReminderScan {
    /// A deadline found, before it is recorded.
    struct Due: Sendable {
        let user: UUID
        let kind: ReminderKind
        let record: UUID
        let title: String
        let unitName: String
        let due: CalendarDate
        let link: String
    }

    /// Records today's reminders; `mailAvailable` says whether e-mail can be sent at all.
    /// Returns how many were new.
    @discardableResult
    static func run(today: CalendarDate, mailAvailable: Bool, on db: any Database) async throws -> Int {
        let found = try await WorkReminders.find(today: today, on: db) + OversightReminders.find(today: today, on: db)
        let choices = try await ReminderChoices.of(Array(Set(found.map(\.user))), on: db)
        let addresses = try await emailAddresses(Array(choices.keys), on: db)
        var recorded = try await recordedKeys(of: found, on: db)
        var created = 0
        for due in found {
            let choice = choices[due.user] ?? .standard
            let key = ReminderTiming.key(due.kind, record: due.record.uuidString, due: due.due)
            guard !choice.mutes(due.kind), recorded.insert("\(due.user)|\(key)").inserted else { continue }
            let state: Reminder.MailState =
                !mailAvailable || addresses[due.user] == nil || choice.mode == .off
                ? .none : choice.mode == .digest ? .digest : .pending
            try await insert(due, key: key, state: state, on: db)
            created += 1
        }
        return created
    }

    /// The `user|key` of the reminders already recorded for the deadlines found, read in chunks
    /// (one query per 500 keys instead of one per deadline).
    private static func recordedKeys(of found: [Due], on db: any Database) async throws -> Set<String> {
        let keys = Array(Set(found.map { ReminderTiming.key($0.kind, record: $0.record.uuidString, due: $0.due) }))
        var recorded = Set<String>()
        for start in stride(from: 0, to: keys.count, by: 500) {
            let chunk = Array(keys[start..<min(start + 500, keys.count)])
            for row in try await Reminder.query(on: db).filter(\.$key ~~ chunk).field(\.$user.$id).field(\.$key).all() {
                recorded.insert("\(row.$user.id)|\(row.key)")
            }
        }
        return recorded
    }

    private static func emailAddresses(_ users: [UUID], on db: any Database) async throws -> [UUID: String] {
        guard !users.isEmpty else { return [:] }
        let rows = try await User.query(on: db).filter(\.$id ~~ users).filter(\.$email != nil).filter(\.$isActive == true).all()
        return Dictionary(uniqueKeysWithValues: rows.compactMap { user in user.email.map { (user.id!, $0) } })
    }

    /// Records the reminder of `due` under `key`.
    private static func insert(_ due: Due, key: String, state: Reminder.MailState, on db: any Database) async throws {
        let reminder = Reminder()
        reminder.$user.id = due.user
        reminder.kind = due.kind.rawValue
        reminder.key = key
        reminder.title = due.title
        reminder.unitName = due.unitName
        reminder.dueOn = due.due.description
        reminder.link = due.link
        reminder.mailState = state
        reminder.attempts = 0
        reminder.nextAttemptAt = state == .digest ? ReminderDigest.nextSendTime(after: AppClock.current.now()) : nil
        try await reminder.create(on: db)
    }
}
