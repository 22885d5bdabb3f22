import Fluent
import Vapor
import ZICore

/// A person's reminders and how they come (`/notifications`, `GET /api/v1/notifications`,
/// `GET|PUT /api/v1/notifications/preferences`, `POST …/read`), and the e-mail delivery for the
/// super-admin (`/admin/notifications`, `GET /api/v1/admin/notifications?state=failed`).
struct ReminderController {
    func registerWeb(_ routes: any RoutesBuilder) {
        routes.get(.notifications, use: page)
        routes.post(.notificationsPreferences, use: savePreferences)
        routes.post(.notificationsRead) { req in
            try await markRead(req)
            return WebPage.redirect(req, to: SitePath.notifications.path(), notice: "saved")
        }
        routes.get(.adminNotifications, use: adminPage)
    }

    func registerAPI(_ routes: any RoutesBuilder) {
        routes.get(.notifications) { req in try await mine(req) }
        routes.get(.notificationsPreferences) { req in try await preferences(req) }
        routes.put(.notificationsPreferences, use: updatePreferences)
        routes.post(.notificationsRead) { req in
            try await markRead(req)
            return HTTPStatus.noContent
        }
        routes.get(.adminNotifications) { req in try await delivery(req) }
    }

    private func mine(_ req: Request) async throws -> ListPage<ReminderDTO> {
        try await Reminder.query(on: req.db).filter(\.$user.$id == (try req.currentUser().id)).sort(\.$createdAt, .descending)
            .page(try PageRequest(req), ReminderDTO.init)
    }

    private func preferences(_ req: Request) async throws -> ReminderChoices {
        let me = try req.currentUser().id
        return try await ReminderChoices.of([me], on: req.db)[me] ?? .standard
    }

    private func updatePreferences(req: Request) async throws -> ReminderChoices {
        let choices = try req.content.decode(ReminderChoices.Input.self).checked()
        let me = try req.currentUser().id
        try await req.writeAsUser { actor, db in try await choices.save(for: me, by: actor, on: db) }
        return choices
    }

    private func markRead(_ req: Request) async throws {
        let me = try req.currentUser().id
        let now = req.clock.now()
        try await req.writeAsUser { _, db in
            try await Reminder.query(on: db).filter(\.$user.$id == me).filter(\.$readAt == nil).set(\.$readAt, to: now).update()
        }
    }

    struct PageView: Encodable {
        let reminders: ListPage<ReminderDTO>
        let pager: PageLinks
        let modes: [Choice]
        let kinds: [Choice]
        let languages: [Choice]
        let hasEmail: Bool
        let mailEnabled: Bool
        let seesDelivery: Bool
        let form: FormState
    }

    func page(req: Request) async throws -> Response {
        try await render(req, form: FormState())
    }

    /// The form sends the kinds to keep (checkboxes); the rest are turned off.
    struct PreferencesForm: Content {
        var emailMode: String?
        var kinds: [String]?
        var language: String?
    }

    func savePreferences(req: Request) async throws -> Response {
        let form = try req.content.decode(PreferencesForm.self)
        let me = try req.currentUser().id
        let kept = Set(form.kinds ?? [])
        let input = ReminderChoices.Input(
            emailMode: form.emailMode, mutedKinds: ReminderKind.allCases.map(\.rawValue).filter { !kept.contains($0) },
            language: form.language)
        return try await WebPage.attempt(
            req, redirectTo: SitePath.notifications.path(), values: ["emailMode": form.emailMode ?? "", "language": form.language ?? ""]
        ) { actor, db in
            try await input.checked().save(for: me, by: actor, on: db)
        } show: { state, status in
            try await render(req, form: state, status: status)
        }
    }

    private func render(_ req: Request, form: FormState, status: HTTPStatus = .ok) async throws -> Response {
        let names = req.names
        let choices = try await preferences(req)
        let mode = form.values["emailMode"] ?? choices.emailMode
        let language = form.values["language"] ?? choices.language
        let reminders = try await mine(req)
        let view = PageView(
            reminders: reminders, pager: PageLinks(reminders) { SitePath.notifications.path() + "?page=\($0)" },
            modes: ReminderEmailMode.allCases.map { Choice(value: $0.rawValue, label: names($0), selected: $0.rawValue == mode) },
            kinds: ReminderKind.allCases.map { Choice(value: $0.rawValue, label: names($0), selected: !choices.mutes($0)) },
            languages: Translations.supported.map { Choice(value: $0, label: req.t("reminder.language.\($0)"), selected: $0 == language) },
            hasEmail: try req.currentUser().user.email != nil, mailEnabled: req.application.settings.mail.route != nil,
            seesDelivery: try await req.may(.manageUsers, on: .installation), form: form)
        return try await WebPage.render("notifications/index", title: req.t("reminder.title"), view, req: req, status: status)
    }

    /// E-mail delivery at a glance: reminders per mail state, and the newest with a state asked
    /// for (`?state=failed` by default), each with its attempts and last error.
    struct DeliveryView: Content {
        /// How many reminders are in one mail state.
        struct StateCount: Content {
            let state: String
            let label: String
            let count: Int
        }

        let mailEnabled: Bool
        let counts: [StateCount]
        let state: String
        let stateLabel: String
        let reminders: ListPage<ReminderDTO>
    }

    private func delivery(_ req: Request) async throws -> DeliveryView {
        try await req.require(.manageUsers, on: .installation)
        let stateText = req.query[String.self, at: "state"] ?? Reminder.MailState.failed.rawValue
        guard let state = Reminder.MailState(rawValue: stateText) else {
            throw AppError.validation([FieldError(field: "state", key: "validation.choice")])
        }
        var counts: [DeliveryView.StateCount] = []
        for each in Reminder.MailState.allCases {
            counts.append(
                .init(
                    state: each.rawValue, label: req.names(each),
                    count: try await Reminder.query(on: req.db).filter(\.$mailState == each).count()))
        }
        let reminders = try await Reminder.query(on: req.db).filter(\.$mailState == state).sort(\.$createdAt, .descending)
            .page(try PageRequest(req), ReminderDTO.init)
        return DeliveryView(
            mailEnabled: req.application.settings.mail.route != nil, counts: counts, state: state.rawValue, stateLabel: req.names(state),
            reminders: reminders)
    }

    /// The delivery page: the API's view with its pager.
    struct AdminView: Encodable {
        let delivery: DeliveryView
        let pager: PageLinks
    }

    func adminPage(req: Request) async throws -> Response {
        let delivery = try await delivery(req)
        let pager = PageLinks(delivery.reminders) { SitePath.adminNotifications.path() + "?state=\(delivery.state)&page=\($0)" }
        return try await WebPage.render(
            "notifications/admin", title: req.t("reminder.delivery"), AdminView(delivery: delivery, pager: pager), req: req)
    }
}
