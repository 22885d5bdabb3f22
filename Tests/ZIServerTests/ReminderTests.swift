import Fluent
import Vapor
import XCTest
import ZICore
@testable import ZIServer

/// Reminders that reach people: the day's deadlines become one reminder per person and
/// deadline, e-mailed through a real SMTP server (aiosmtpd, `scripts/smtp-sink.py`) as they come
/// or in a daily digest; failures are retried, then given up and shown to the super-admin.
/// Runs on SQLite and PostgreSQL.
final class ReminderTests: XCTestCase {
    private let today = CalendarDate(iso: "2026-12-07")!

    /// A unit plan with one action whose PIC is `agen` (with an e-mail address), due in June 2026.
    private func overdueAction(_ app: Application, _ fixture: Fixture, _ client: Client) async throws -> User {
        let agen = try await User.query(on: app.db).filter(\.$username == "agen").first()!
        agen.email = "agen@balai-a1.go.id"
        try await agen.save(on: app.db)
        let plan = try await PlanFixture.plan(app, unit: fixture.unitA1)
        let token = try await client.login("anggota", Fixture.password)
        let detail = try await client.send(.GET, "/api/v1/plans/\(plan.id!)", token: token).json(PlanDetailDTO.self)
        let added = try await client.send(
            .POST, "/api/v1/plans/\(plan.id!)/indicators/\(detail.areas[0].indicators[0].id)/actions", token: token,
            json: [
                "langkahAksi": AnyEncodable("Sosialisasi maklumat pelayanan"), "buktiFisik": AnyEncodable(["Daftar hadir"]),
                "targetWaktu": AnyEncodable("Juni 2026"), "picUserID": AnyEncodable(agen.id!.uuidString),
            ])
        XCTAssertEqual(added.status, .created, added.body)
        return agen
    }

    private func mailer(_ app: Application, port: Int) throws -> ReminderMailer {
        ReminderMailer(
            transport: try SMTPTransport(settings: SMTPSettings(host: "127.0.0.1", port: port, security: .none, timeout: 10)),
            from: try MailAddress("sizi@kementerian-a.go.id", displayName: "SIZI"),
            mail: ReminderMail(translations: app.translations, publicURL: "https://zi.kementerian-a.go.id"))
    }

    private func scan(_ app: Application, on day: CalendarDate) async throws -> Int {
        try await app.write { db in try await ReminderScan.run(today: day, mailAvailable: true, on: db) }
    }

    func testAPICWithAnOverdueActionReceivesOneEmailThroughARealSMTPServer() async throws {
        let sink = try await SMTPSink.start(for: self)
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let agen = try await overdueAction(app, fixture, client)

            let created = try await scan(app, on: today)
            XCTAssertEqual(created, 1)
            let again = try await scan(app, on: today)
            XCTAssertEqual(again, 0, "a deadline reminds once")
            let outcome = try await mailer(app, port: sink.port).deliver(app, now: app.clock.now())
            XCTAssertEqual(outcome, ReminderMailer.Outcome(sent: 1, failed: 0))

            let messages = try sink.messages()
            XCTAssertEqual(messages.count, 1)
            XCTAssertEqual(messages.first?.envelope.rcptTos, ["agen@balai-a1.go.id"])
            let message = try ParsedMessage(try XCTUnwrap(messages.first?.raw))
            XCTAssertEqual(message.headers["Subject"], "[SIZI] Tindakan terlambat: Sosialisasi maklumat pelayanan")
            XCTAssertTrue(message.headers["To"]?.contains("agen@balai-a1.go.id") ?? false)
            XCTAssertTrue(message.body.contains("Yth. \(agen.displayName),"), message.body)
            XCTAssertTrue(message.body.contains("Unit: Balai A1 · batas waktu 30 Juni 2026"), message.body)
            XCTAssertTrue(message.body.contains("https://zi.kementerian-a.go.id/tasks"))
            let reminder = try await Reminder.query(on: app.db).first()!
            XCTAssertEqual(reminder.mailState, .sent)
            XCTAssertEqual(reminder.attempts, 1)
            let attempts = try await ReminderAttempt.query(on: app.db).all()
            XCTAssertEqual(attempts.map(\.succeeded), [true])
            let nothingLeft = try await mailer(app, port: sink.port).deliver(app, now: app.clock.now())
            XCTAssertEqual(nothingLeft, ReminderMailer.Outcome(sent: 0, failed: 0))

            // In the app: the PIC sees it, nobody else does.
            let agenToken = try await client.login("agen", Fixture.password)
            let mine = try await client.send(.GET, "/api/v1/notifications", token: agenToken).json(ListPage<ReminderDTO>.self)
            XCTAssertEqual(mine.items.map(\.kind), ["action_overdue"])
            let other = try await client.login("anggota", Fixture.password)
            let theirs = try await client.send(.GET, "/api/v1/notifications", token: other).json(ListPage<ReminderDTO>.self)
            XCTAssertEqual(theirs.total, 0)
            let read = try await client.send(.POST, "/api/v1/notifications/read", token: agenToken)
            XCTAssertEqual(read.status, .noContent)
            let afterRead = try await client.send(.GET, "/api/v1/notifications", token: agenToken).json(ListPage<ReminderDTO>.self)
            XCTAssertNotNil(afterRead.items.first?.readAt)
            let cookies = try await client.webLogin("agen", Fixture.password)
            let page = try await client.send(.GET, "/notifications", cookies: cookies)
            XCTAssertEqual(page.status, .ok)
            XCTAssertTrue(page.body.contains("Sosialisasi maklumat pelayanan") && page.body.contains("Terkirim"))
        }
    }

    func testABackgroundRoundScansOnceADayAndSendsWhatIsDue() async throws {
        let sink = try await SMTPSink.start(for: self)
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            _ = try await overdueAction(app, fixture, client)
            let mailer = try mailer(app, port: sink.port)
            var scannedDay: CalendarDate?
            try await BackgroundRounds.run(app, mailer: mailer, scannedDay: &scannedDay)
            XCTAssertEqual(scannedDay, WIBTime.day(of: app.clock.now()))
            XCTAssertEqual(try sink.messages().count, 1)
            try await Reminder.query(on: app.db).delete()
            try await BackgroundRounds.run(app, mailer: mailer, scannedDay: &scannedDay)
            let rescanned = try await Reminder.query(on: app.db).count()
            XCTAssertEqual(rescanned, 0, "the day's scan is done once")
            XCTAssertEqual(try sink.messages().count, 1)
        }
    }

    func testPreferencesMuteKindsAndGatherTheRestIntoADailyDigest() async throws {
        let sink = try await SMTPSink.start(for: self)
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            _ = try await overdueAction(app, fixture, client)
            let token = try await client.login("agen", Fixture.password)
            let bad = try await client.send(
                .PUT, "/api/v1/notifications/preferences", token: token,
                json: ["emailMode": AnyEncodable("kadang"), "mutedKinds": AnyEncodable(["x"]), "language": AnyEncodable("fr")])
            XCTAssertEqual(bad.status, .unprocessableEntity)
            XCTAssertEqual(Set(bad.fieldErrors), ["emailMode", "mutedKinds", "language"])
            let digest = try await client.send(
                .PUT, "/api/v1/notifications/preferences", token: token,
                json: [
                    "emailMode": AnyEncodable("ringkasan_harian"), "mutedKinds": AnyEncodable([String]()), "language": AnyEncodable("en"),
                ])
            XCTAssertEqual(digest.status, .ok, digest.body)

            let created = try await scan(app, on: today)
            XCTAssertEqual(created, 1)
            let reminder = try await Reminder.query(on: app.db).first()!
            XCTAssertEqual(reminder.mailState, .digest)
            let sendTime = try XCTUnwrap(reminder.nextAttemptAt)
            XCTAssertEqual(WIBTime.format(sendTime), "08-12-2026 07:00 WIB", "the digest goes out at 07:00 WIB the next morning")
            let early = try await mailer(app, port: sink.port).deliver(app, now: sendTime.addingTimeInterval(-60))
            XCTAssertEqual(early.sent, 0)
            let sent = try await mailer(app, port: sink.port).deliver(app, now: sendTime)
            XCTAssertEqual(sent.sent, 1)
            let message = try ParsedMessage(try XCTUnwrap(try sink.messages().first?.raw))
            XCTAssertEqual(message.headers["Subject"], "[SIZI] Daily digest of reminders: 1")
            XCTAssertTrue(message.body.contains("Action overdue: Sosialisasi maklumat pelayanan"), message.body)

            // A muted kind is not recorded at all.
            let muted = try await client.send(
                .PUT, "/api/v1/notifications/preferences", token: token,
                json: ["emailMode": AnyEncodable("segera"), "mutedKinds": AnyEncodable(["action_overdue"]), "language": AnyEncodable("id")])
            XCTAssertEqual(muted.status, .ok)
            let nextDay = try await scan(app, on: CalendarDate(iso: "2026-12-08")!)
            XCTAssertEqual(nextDay, 0)
            let audit = try await AuditEntry.query(on: app.db).filter(\.$entity == "reminder_preferences").count()
            XCTAssertEqual(audit, 2)
        }
    }

    func testFailuresAreRetriedThenGivenUpAndShownOnlyToTheSuperAdmin() async throws {
        let busy = try await SMTPSink.start(["--tempfail-rcpt", "agen@balai-a1.go.id"], for: self)
        let refusing = try await SMTPSink.start(["--reject-rcpt", "agen@balai-a1.go.id"], for: self)
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            _ = try await overdueAction(app, fixture, client)
            _ = try await scan(app, on: today)
            let now = app.clock.now()
            let first = try await mailer(app, port: busy.port).deliver(app, now: now)
            XCTAssertEqual(first, ReminderMailer.Outcome(sent: 0, failed: 1))
            var reminder = try await Reminder.query(on: app.db).first()!
            XCTAssertEqual(reminder.mailState, .pending, "a temporary refusal is retried")
            XCTAssertEqual(
                try XCTUnwrap(reminder.nextAttemptAt).timeIntervalSince1970, now.addingTimeInterval(60).timeIntervalSince1970,
                accuracy: 0.01)
            XCTAssertTrue(reminder.lastError?.contains("451") ?? false, reminder.lastError ?? "")
            let tooSoon = try await mailer(app, port: busy.port).deliver(app, now: now.addingTimeInterval(30))
            XCTAssertEqual(tooSoon, ReminderMailer.Outcome(sent: 0, failed: 0), "it waits before the next attempt")
            let second = try await mailer(app, port: refusing.port).deliver(app, now: now.addingTimeInterval(61))
            XCTAssertEqual(second.failed, 1)
            reminder = try await Reminder.query(on: app.db).first()!
            XCTAssertEqual(reminder.mailState, .failed, "a permanent refusal ends the tries")
            XCTAssertEqual(reminder.attempts, 2)
            let attempts = try await ReminderAttempt.query(on: app.db).count()
            XCTAssertEqual(attempts, 2)

            let admin = try await client.login("admin", TestApp.adminPassword)
            let delivery = try await client.send(.GET, "/api/v1/admin/notifications", token: admin)
            XCTAssertEqual(delivery.status, .ok, delivery.body)
            let view = try delivery.json(ReminderController.DeliveryView.self)
            XCTAssertEqual(view.counts.first { $0.state == "failed" }?.count, 1)
            XCTAssertTrue(view.reminders.items.first?.lastError?.contains("550") ?? false)
            let badState = try await client.send(.GET, "/api/v1/admin/notifications?state=hilang", token: admin)
            XCTAssertEqual(badState.status, .unprocessableEntity)
            for username in ["adminka", "agen"] {
                let token = try await client.login(username, Fixture.password)
                let refused = try await client.send(.GET, "/api/v1/admin/notifications", token: token)
                XCTAssertEqual(refused.status, .forbidden, username)
            }
        }
    }

    func testComplaintsAssignedToSomeoneRemindWithoutTheirContent() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let agen = try await User.query(on: app.db).filter(\.$username == "agen").first()!
            let token = try await client.login("anggota", Fixture.password)
            let filed = try await client.send(
                .POST, "/api/v1/units/\(fixture.unitA1.id!)/complaints", token: token,
                json: ["kind": "pengaduan", "channel": "surat", "subject": "Rahasia pelapor", "description": "Isi pengaduan rahasia."])
            XCTAssertEqual(filed.status, .created)
            let complaint = try await Complaint.query(on: app.db).first()!
            _ = try await client.send(.POST, "/api/v1/complaints/\(complaint.id!)/move", token: token, json: ["status": "diverifikasi"])
            _ = try await client.send(
                .POST, "/api/v1/complaints/\(complaint.id!)/move", token: token,
                json: ["status": "didisposisikan", "assigneeID": agen.id!.uuidString])
            let forwarded = try await Complaint.find(complaint.id, on: app.db)
            let due = try XCTUnwrap(forwarded?.dueOn.flatMap(CalendarDate.init(iso:)))
            let quiet = try await scan(app, on: due.adding(days: -(ReminderTiming.dueSoonDays + 1)))
            XCTAssertEqual(quiet, 0, "not yet within the lead time")
            let soon = try await scan(app, on: due.adding(days: -1))
            XCTAssertEqual(soon, 1)
            let late = try await scan(app, on: due.adding(days: 1))
            XCTAssertEqual(late, 1)
            let reminders = try await Reminder.query(on: app.db).sort(\.$createdAt).all()
            XCTAssertEqual(reminders.map(\.kind), ["complaint_due_soon", "complaint_overdue"])
            XCTAssertEqual(Set(reminders.map(\.title)), [complaint.number], "the number, never the subject or the text")
            XCTAssertEqual(Set(reminders.map(\.mailState)), [.none], "no address: in the app only")
        }
    }

    func testThePagesPageTheirListsAndTheFormKeepsWhatWasChosen() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let agen = try await User.query(on: app.db).filter(\.$username == "agen").first()!
            try await app.write { db in
                for index in 0..<55 {
                    let reminder = Reminder()
                    reminder.$user.id = agen.id!
                    reminder.kind = ReminderKind.actionOverdue.rawValue
                    reminder.key = "test:\(index)"
                    reminder.title = "Langkah \(index)"
                    reminder.unitName = "Balai A1"
                    reminder.dueOn = "2026-06-30"
                    reminder.link = SitePath.tasks.path()
                    reminder.mailState = index == 0 ? .failed : .none
                    reminder.attempts = index == 0 ? 6 : 0
                    try await reminder.create(on: db)
                }
            }
            let cookies = try await client.webLogin("agen", Fixture.password)
            let first = try await client.send(.GET, "/notifications", cookies: cookies)
            XCTAssertTrue(first.body.contains("Halaman 1 dari 2") && first.body.contains("/notifications?page=2"), first.body)
            let second = try await client.send(.GET, "/notifications?page=2", cookies: cookies)
            XCTAssertTrue(second.body.contains("Halaman 2 dari 2") && second.body.contains("/notifications?page=1"))

            // The form sends the kinds kept on; the rest are turned off.
            let csrf = try await client.csrfToken(cookies: cookies)
            let bad = try await client.send(
                .POST, "/notifications/preferences", form: ["_csrf": csrf, "emailMode": "kadang", "language": "en"], cookies: cookies)
            XCTAssertEqual(bad.status, .unprocessableEntity)
            XCTAssertTrue(bad.body.contains(#"<option value="en" selected>"#), "the language chosen is kept")
            let saved = try await client.send(
                .POST, "/notifications/preferences",
                form: ["_csrf": csrf, "emailMode": "ringkasan_harian", "kinds[]": "complaint_overdue", "language": "id"], cookies: cookies)
            XCTAssertEqual(saved.status, .seeOther, saved.body)
            let choices = try await ReminderChoices.of([agen.id!], on: app.db)[agen.id!]
            XCTAssertEqual(choices?.emailMode, "ringkasan_harian")
            XCTAssertEqual(
                Set(choices?.mutedKinds ?? []), Set(ReminderKind.allCases.map(\.rawValue).filter { $0 != "complaint_overdue" }))

            let admin = try await client.webLogin("admin", TestApp.adminPassword)
            let delivery = try await client.send(.GET, "/admin/notifications", cookies: admin)
            XCTAssertEqual(delivery.status, .ok)
            XCTAssertTrue(
                delivery.body.contains("Tindakan terlambat") && delivery.body.contains("<td>6</td>")
                    && delivery.body.contains("Halaman 1 dari 1"),
                "the failed reminder with its attempts: \(delivery.body)")
            let refused = try await client.send(.GET, "/admin/notifications", cookies: cookies)
            XCTAssertEqual(refused.status, .forbidden)
        }
    }
}
