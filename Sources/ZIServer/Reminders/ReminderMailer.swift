import Fluent
import Foundation
import FluentPostgresDriver
import SQLKit
import Vapor
import ZICore

/// Sends the reminders' e-mail in the background: those waiting to go as they come, and each
/// person's digest once its hour has come. A batch is first leased (so a second instance does
/// not send it too), then sent outside any transaction, then each attempt is recorded; a
/// failure waits by ``DeliveryBackoff`` and a permanent refusal or the last retry marks it
/// failed, for the administrator to see.
struct ReminderMailer {
    let transport: any MailTransport
    let from: MailAddress
    let mail: ReminderMail

    /// What one round did.
    struct Outcome: Equatable {
        var sent = 0
        var failed = 0
    }

    /// How long a leased batch is left alone before another round may take it again.
    static let leaseSeconds: Double = 600
    /// The most messages one round sends.
    static let batch = 100

    /// One round at `now`.
    @discardableResult
    func deliver(_ app: Application, now: Date) async throws -> Outcome {
        let leased = try await app.write { db in try await Self.lease(now: now, on: db) }
        var outcome = Outcome()
        guard !leased.isEmpty else { return outcome }
        let people = try await User.query(on: app.db).filter(\.$id ~~ Set(leased.map { $0.$user.id })).all()
        let choices = try await ReminderChoices.of(people.compactMap(\.id), on: app.db)
        for (userID, messages) in Self.messages(leased) {
            guard let person = people.first(where: { $0.id == userID }) else { continue }
            for reminders in messages {
                let failure = await send(reminders, to: person, language: choices[userID]?.language ?? "id", now: now)
                try await app.write { db in try await Self.record(reminders, failure: failure, now: now, on: db) }
                if failure == nil { outcome.sent += 1 } else { outcome.failed += 1 }
            }
        }
        return outcome
    }

    /// Takes the reminders due to be sent (at most ``batch``) and leases them.
    private static func lease(now: Date, on db: any Database) async throws -> [Reminder] {
        if let sql = db as? any SQLDatabase, db is any PostgresDatabase {
            // One instance leases at a time; the lease keeps the others off afterwards.
            try await sql.raw("SELECT pg_advisory_xact_lock(727275)").run()
        }
        let due = try await Reminder.query(on: db).filter(\.$mailState ~~ [.pending, .digest])
            .group(.or) { $0.filter(\.$nextAttemptAt == nil).filter(\.$nextAttemptAt <= now) }
            .sort(\.$createdAt).limit(batch).all()
        for reminder in due {
            reminder.nextAttemptAt = now.addingTimeInterval(leaseSeconds)
            try await reminder.save(on: db)
        }
        return due
    }

    /// The messages per person: each immediate reminder alone, the digest ones together.
    private static func messages(_ reminders: [Reminder]) -> [UUID: [[Reminder]]] {
        var result: [UUID: [[Reminder]]] = [:]
        for (user, own) in Dictionary(grouping: reminders, by: { $0.$user.id }) {
            let digest = own.filter { $0.mailState == .digest }
            result[user] = own.filter { $0.mailState == .pending }.map { [$0] } + (digest.isEmpty ? [] : [digest])
        }
        return result
    }

    /// Sends one message; the failure, if any.
    private func send(_ reminders: [Reminder], to person: User, language: String, now: Date) async -> MailError? {
        do {
            guard let address = person.email else { throw MailError.invalidHeader("no address") }
            let (subject, body) = mail.render(
                reminders, digest: reminders.first?.mailState == .digest, recipientName: person.displayName, language: language)
            try await transport.send(
                MailMessage(
                    from: from, to: try MailAddress(address, displayName: person.displayName), subject: subject, textBody: body, date: now))
            return nil
        } catch let error as MailError {
            return error
        } catch {
            return .connectionFailed(String(describing: type(of: error)))
        }
    }

    /// Records the attempt on every reminder of a message and what follows from it.
    private static func record(_ reminders: [Reminder], failure: MailError?, now: Date, on db: any Database) async throws {
        for reminder in reminders {
            reminder.attempts += 1
            let attempt = ReminderAttempt()
            attempt.$reminder.id = reminder.id!
            attempt.at = now
            attempt.succeeded = failure == nil
            attempt.error = failure.map { String($0.description.prefix(500)) }
            try await attempt.create(on: db)
            if let failure {
                reminder.lastError = attempt.error
                let wait = failure.isPermanent ? nil : DeliveryBackoff.wait(afterAttempts: reminder.attempts)
                if let wait {
                    reminder.nextAttemptAt = now.addingTimeInterval(Double(wait))
                } else {
                    reminder.mailState = .failed
                    reminder.nextAttemptAt = nil
                }
            } else {
                reminder.mailState = .sent
                reminder.sentAt = now
                reminder.nextAttemptAt = nil
                reminder.lastError = nil
            }
            try await reminder.save(on: db)
        }
    }
}

/// When the daily digest goes out: 07:00 WIB (midnight UTC).
enum ReminderDigest {
    /// The first 07:00 WIB after `now`.
    static func nextSendTime(after now: Date) -> Date {
        let day: Double = 86_400
        return Date(timeIntervalSince1970: (now.timeIntervalSince1970 / day).rounded(.down) * day + day)
    }
}
