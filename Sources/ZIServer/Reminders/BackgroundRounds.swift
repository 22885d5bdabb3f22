import Vapor
import ZICore

/// The work SIZI does on its own while it serves, every `SIZI_BACKGROUND_SECONDS`: once a day
/// (WIB; the first round after start or midnight) close the complaints whose reporter stayed
/// silent and record the day's reminders — both count in days, so more often would only read
/// every plan again — and every round send the e-mail due. A round that fails is logged and
/// the next one tries again; `sizi serve` starts the rounds, tests and commands call each step
/// directly.
struct BackgroundRounds: LifecycleHandler {
    /// One round at the application's clock; the daily part only when `scannedDay` is not today
    /// (then it becomes today).
    static func run(_ app: Application, mailer: ReminderMailer?, scannedDay: inout CalendarDate?) async throws {
        let now = app.clock.now()
        let today = WIBTime.day(of: now)
        if scannedDay != today {
            try await app.write { db in _ = try await ComplaintFollowUp.closeUnanswered(today: today, on: db) }
            try await app.write { db in _ = try await ReminderScan.run(today: today, mailAvailable: mailer != nil, on: db) }
            scannedDay = today
        }
        if let mailer { try await mailer.deliver(app, now: now) }
    }

    /// The mailer the settings describe, or nil when e-mail is off.
    static func mailer(_ app: Application) throws -> ReminderMailer? {
        let settings = app.settings.mail
        guard let transport = try settings.transport() else { return nil }
        return ReminderMailer(
            transport: transport, from: try MailAddress(settings.from, displayName: "SIZI"),
            mail: ReminderMail(translations: app.translations, publicURL: settings.publicURL))
    }

    func didBootAsync(_ app: Application) async throws {
        let seconds = app.settings.mail.backgroundSeconds
        guard seconds > 0 else { return }
        let mailer = try Self.mailer(app)
        let logger = app.logger
        app.backgroundRounds = Task {
            var scannedDay: CalendarDate?
            while !Task.isCancelled {
                do {
                    try await Self.run(app, mailer: mailer, scannedDay: &scannedDay)
                } catch {
                    logger.error("background round failed: \(error)")
                }
                try? await Task.sleep(for: .seconds(seconds))
            }
        }
    }

    func shutdownAsync(_ app: Application) async {
        app.backgroundRounds?.cancel()
    }
}

extension Application {
    private struct BackgroundRoundsKey: StorageKey { typealias Value = Task<Void, Never> }

    /// The running rounds, to stop at shutdown.
    fileprivate var backgroundRounds: Task<Void, Never>? {
        get { storage[BackgroundRoundsKey.self] }
        set { storage[BackgroundRoundsKey.self] = newValue }
    }
}
