import Vapor

/// The user's own profile: name, e-mail and password.
struct ProfileWebController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.profile, use: show)
        routes.post(.profile, use: update)
        routes.post(.profilePassword, use: changePassword)
    }

    struct ProfileForm: Content {
        var displayName: String?
        var email: String?
    }

    struct PasswordForm: Content {
        var currentPassword: String?
        var newPassword: String?
        var confirmPassword: String?
    }

    func show(req: Request) async throws -> Response {
        return try await WebPage.render(
            "profile", title: req.t("nav.profile"),
            FormState(values: FormState.values(of: try req.currentUser().user)), req: req)
    }

    func update(req: Request) async throws -> Response {
        let current = try req.currentUser()
        let form = try req.content.decode(ProfileForm.self)
        do {
            _ = try await UserService.update(
                try await current.userModel(on: req.db), UserUpdateInput(displayName: form.displayName, email: form.email),
                by: current.actor, on: req.application)
            return WebPage.redirect(req, to: SitePath.profile.path(), notice: "saved")
        } catch let error as AppError {
            return try await WebPage.render(
                "profile", title: req.t("nav.profile"),
                FormState(form, error: error, req: req), req: req, status: error.status)
        }
    }

    func changePassword(req: Request) async throws -> Response {
        let current = try req.currentUser()
        let form = try req.content.decode(PasswordForm.self)
        do {
            try await UserService.changeOwnPassword(
                current, currentPassword: form.currentPassword, newPassword: form.newPassword,
                confirmation: form.confirmPassword, req: req)
            return WebPage.redirect(req, to: SitePath.profile.path(), notice: "password_changed")
        } catch let error as AppError {
            return try await WebPage.render(
                "profile", title: req.t("nav.profile"),
                FormState(values: FormState.values(of: current.user), error: error, req: req),
                req: req, status: error.status)
        }
    }
}
