import Vapor

/// The login page, logout, and the language switch.
struct LoginWebController {
    let settings: Settings

    struct LoginForm: Content {
        var username: String?
        var password: String?
        var next: String?
    }

    func register(_ routes: any RoutesBuilder) {
        routes.get(.login, use: show)
        routes.post(.login, use: submit)
        routes.post(.loginCode, use: submitCode)
        routes.post(.logout, use: logout)
        routes.get(.lang, use: language)
    }

    func show(req: Request) async throws -> Response {
        if req.auth.has(CurrentUser.self) { return req.redirect(to: SitePath.home.path()) }
        let form = FormState(values: ["next": LocalRedirectPath.sanitized(req.query[String.self, at: "next"])])
        return try await WebPage.render("login", title: req.t("login.title"), form, req: req)
    }

    func submit(req: Request) async throws -> Response {
        let input = try req.content.decode(LoginForm.self)
        let next = LocalRedirectPath.sanitized(input.next)
        do {
            let outcome = try await LoginService.login(
                username: String((input.username ?? "").prefix(200)), password: String((input.password ?? "").prefix(1024)),
                kind: .web, settings: settings, req: req)
            switch outcome {
            case .opened(let opened):
                return loggedIn(opened, next: next, req: req)
            case .needsSecondFactor(let pending):
                return try await WebPage.render(
                    "login-code", title: req.t("login.code_title"),
                    FormState(values: ["pending": pending, "next": next]), req: req)
            }
        } catch let error as AppError {
            let form = FormState(values: ["username": input.username ?? "", "next": next], error: error, req: req)
            return try await WebPage.render("login", title: req.t("login.title"), form, req: req, status: error.status)
        }
    }

    struct CodeForm: Content {
        var pending: String?
        var code: String?
        var next: String?
    }

    /// The second step: the authenticator's code (or a backup code) for the pending login.
    func submitCode(req: Request) async throws -> Response {
        let input = try req.content.decode(CodeForm.self)
        let next = LocalRedirectPath.sanitized(input.next)
        do {
            let opened = try await LoginService.continueWithCode(
                pending: String((input.pending ?? "").prefix(512)),
                code: input.code ?? "", kind: .web, settings: settings, req: req)
            return loggedIn(opened, next: next, req: req)
        } catch let error as AppError where error.code == "invalid_second_factor" {
            let form = FormState(values: ["pending": input.pending ?? "", "next": next], error: error, req: req)
            return try await WebPage.render("login-code", title: req.t("login.code_title"), form, req: req, status: error.status)
        } catch let error as AppError {
            let form = FormState(values: ["next": next], error: error, req: req)
            return try await WebPage.render("login", title: req.t("login.title"), form, req: req, status: error.status)
        }
    }

    private func loggedIn(_ opened: LoginService.Opened, next: String, req: Request) -> Response {
        let response = req.redirect(to: next, redirectType: .normal)
        response.cookies[SessionAuthenticator.cookieName] = CookieFactory.cookie(
            opened.token, for: req, settings: settings, maxAge: settings.sessionHours * 3600)
        return response
    }

    func logout(req: Request) async throws -> Response {
        if let current = req.auth.get(CurrentUser.self) {
            try await LoginService.logout(current, req: req)
            req.auth.logout(CurrentUser.self)
        }
        let response = WebPage.redirect(req, to: SitePath.login.path(), notice: "logged_out")
        response.cookies[SessionAuthenticator.cookieName] = CookieFactory.cookie("", for: req, settings: settings, maxAge: 0)
        return response
    }

    func language(req: Request) async throws -> Response {
        let code = req.parameters.get("code") ?? Translations.defaultLocale
        let response = req.redirect(to: LocalRedirectPath.sanitized(req.query[String.self, at: "next"]))
        if Translations.supported.contains(code) {
            response.cookies["sizi_lang"] = CookieFactory.cookie(code, for: req, settings: settings, maxAge: 365 * 86400)
        }
        return response
    }
}
