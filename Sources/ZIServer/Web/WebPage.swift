import Fluent
import Vapor
import ZICore

/// What every page needs: title, user, navigation, CSRF token, language and a notice.
struct PageContext: Encodable {
    struct NavItem: Encodable {
        let href: String
        let label: String
        let active: Bool
    }

    let title: String
    let userName: String?
    let csrf: String
    let locale: String
    let path: String
    let nav: [NavItem]
    let notice: String?
    let warnings: [PageWarning]
}

/// A page's common context together with its own content.
struct PageView<Content: Encodable>: Encodable {
    let page: PageContext
    let data: Content
}

/// The state of a submitted form: what the user typed and what needs fixing, per field.
struct FormState: Encodable {
    var values: [String: String] = [:]
    var errors: [String: String] = [:]
    var message: String?

    init(values: [String: String] = [:]) {
        self.values = values
    }

    /// The form again after an error, keeping everything the user typed (except passwords).
    init(_ form: some Encodable, error: AppError, req: Request) {
        self.init(values: FormState.values(of: form), error: error, req: req)
    }

    /// The form again after an error, keeping everything the user typed (except passwords).
    init(values: [String: String], error: AppError, req: Request) {
        self.values = values.filter { !$0.key.lowercased().contains("password") }
        for field in error.fields where errors[field.field] == nil {
            errors[field.field] = req.t(field.key, field.arguments)
        }
        message = req.t(error.messageKey, error.messageArguments)
    }
}

extension FormState {
    /// The fields of a decoded form as text, to show them again.
    static func values(of form: some Encodable) -> [String: String] {
        guard let data = try? JSONEncoder().encode(form),
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return [:] }
        return object.mapValues { "\($0)" }
    }
}

/// Renders SIZI's server-side pages.
enum WebPage {
    /// Notices that may be named in `?notice=` after a redirect.
    static let notices: Set<String> = [
        "saved", "created", "deleted", "password_changed", "setup_done", "role_granted", "role_revoked", "logged_out",
        "submitted", "concluded", "reopened", "imported", "approved", "plan_reopened", "uploaded", "carried", "confirmed",
    ]

    static func render<C: Encodable>(
        _ template: String, title: String, _ data: C, req: Request,
        status: HTTPStatus = .ok
    ) async throws -> Response {
        let context = PageView(page: try await pageContext(title: title, req: req), data: data)
        let view = try await req.view.render(template, context)
        let response = try await view.encodeResponse(for: req)
        response.status = status
        return response
    }

    /// The error page (403, 404, 409, 500 …) in the request's language.
    static func error(_ error: AppError, req: Request) async throws -> Response {
        struct ErrorView: Encodable {
            let code: String
            let status: UInt
            let message: String
        }
        let data = ErrorView(code: error.code, status: error.status.code, message: req.t(error.messageKey, error.messageArguments))
        return try await render("error", title: req.t("error.title"), data, req: req, status: error.status)
    }

    private static func pageContext(title: String, req: Request) async throws -> PageContext {
        let current = req.auth.get(CurrentUser.self)
        var nav: [PageContext.NavItem] = []
        if current != nil {
            let held = try await UnitVisibility.heldPermissions(for: req)
            let path = req.url.path
            func item(_ href: String, _ key: String) -> PageContext.NavItem {
                .init(href: href, label: req.t(key), active: href == "/" ? path == "/" : path.hasPrefix(href))
            }
            nav.append(item(SitePath.home.path(), "nav.dashboard"))
            nav.append(item(SitePath.units.path(), "nav.units"))
            nav.append(item(SitePath.tasks.path(), "nav.tasks"))
            nav.append(item(SitePath.notifications.path(), "nav.notifications"))
            if held.contains(.manageUsers) { nav.append(item(SitePath.users.path(), "nav.users")) }
            if held.contains(.viewAudit) { nav.append(item(SitePath.audit.path(), "nav.audit")) }
            if held.contains(.manageHolidays) { nav.append(item(SitePath.holidays.path(), "nav.holidays")) }
            if held.contains(.handleWhistleblowing) { nav.append(item(SitePath.wbs.path(), "nav.wbs")) }
            nav.append(item(SitePath.profile.path(), "nav.profile"))
        }
        let notice = req.query[String.self, at: "notice"].flatMap { notices.contains($0) ? req.t("notice.\($0)") : nil }
        var warnings: [PageWarning] = []
        if current != nil {
            for source in req.application.pageWarningSources {
                if let warning = try await source.warning(req: req) { warnings.append(warning) }
            }
        }
        return PageContext(
            title: title, userName: current?.user.displayName, csrf: CSRFProtection.formToken(for: req),
            locale: req.locale, path: req.url.path, nav: nav, notice: notice, warnings: warnings)
    }

    /// Runs a form's change as the logged-in user and redirects to `next` with `notice`; a
    /// refusal other than 403 shows the form's page again (`show`) with the reason and `values`.
    static func attempt(
        _ req: Request, redirectTo next: String, notice: String = "saved", values: [String: String],
        _ body: @escaping @Sendable (AuditActor, any Database) async throws -> Void,
        show: (FormState, HTTPStatus) async throws -> Response
    ) async throws -> Response {
        try await submit(req, values: values, show: show) {
            try await req.writeAsUser(body)
            return redirect(req, to: next, notice: notice)
        }
    }

    /// Handles a form's submission (`body`, which answers where to go next); a refusal other
    /// than 403 shows the form's page again (`show`) with the reason and what the user typed
    /// (`values`, read when the refusal comes, so a form read while it streams in keeps what had
    /// arrived; passwords left out). The one re-render-on-error of the web pages.
    static func submit(
        _ req: Request, values: @autoclosure () -> [String: String],
        show: (FormState, HTTPStatus) async throws -> Response, _ body: () async throws -> Response
    ) async throws -> Response {
        do {
            return try await body()
        } catch let error as AppError where error.status != .forbidden {
            return try await show(FormState(values: values(), error: error, req: req), error.status)
        }
    }

    /// ``submit(_:values:show:_:)`` for a decoded form: its fields are what the user typed.
    static func submit(
        _ req: Request, typed form: some Encodable, show: (FormState, HTTPStatus) async throws -> Response,
        _ body: () async throws -> Response
    ) async throws -> Response {
        try await submit(req, values: FormState.values(of: form), show: show, body)
    }

    /// A redirect after a successful form, showing a notice on the next page.
    static func redirect(_ req: Request, to path: String, notice: String) -> Response {
        req.redirect(to: path + (path.contains("?") ? "&" : "?") + "notice=\(notice)", redirectType: .normal)
    }
}
