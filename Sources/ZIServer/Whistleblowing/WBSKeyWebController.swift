import Fluent
import Vapor
import ZICore

/// A handler's key pages: making the keys (the recovery code shown once) and confirming the
/// authenticator app, unlocking the key for this session (TOTP code + WBS key password) and
/// locking it again, recovering it with the recovery code, and changing its password. Only
/// for accounts that handle whistleblowing somewhere.
struct WBSKeyWebController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let pages = routes.marked(.handler)
        pages.get(.wbsKeys, use: keys)
        pages.post(.wbsKeys, use: create)
        pages.post(.wbsKeysAuthenticator, use: confirm)
        pages.post(.wbsKeysPassword, use: changePassword)
        pages.get(.wbsUnlock, use: unlockForm)
        pages.post(.wbsUnlock, use: unlock)
        pages.post(.wbsLock, use: lock)
        pages.get(.wbsRecover, use: recoverForm)
        pages.post(.wbsRecover, use: recover)
    }

    struct KeysView: Encodable {
        /// `none`, `pending` (authenticator not confirmed) or `active`.
        let state: String
        let recoveryCode: String?
        let totpSecret: String?
        let provisioningURI: String?
        let createdOn: String?
        let unlocked: Bool
        let form: FormState
    }

    func keys(req: Request) async throws -> Response {
        try await render(req, form: FormState())
    }

    private func render(_ req: Request, form: FormState, recoveryCode: String? = nil, status: HTTPStatus = .ok) async throws -> Response {
        let current = try await Self.handler(req)
        let keys = try await WBSKeyService.keys(of: current.id, on: req.db)
        let pending = keys.map { !$0.totpConfirmed } ?? false
        let secret = pending ? try keys?.totpSecret(req.application.secretSealer) : nil
        let view = KeysView(
            state: keys == nil ? "none" : pending ? "pending" : "active", recoveryCode: recoveryCode,
            totpSecret: secret.map { TypedGroups.fours($0.base32) },
            provisioningURI: secret.map { TOTP(secret: $0).provisioningURI(account: current.user.username) },
            createdOn: keys.map { WBSDay.text($0.createdOn) }, unlocked: req.application.wbsKeyVault.isUnlocked(current), form: form)
        return try await WebPage.render("wbs/keys", title: req.t("title.wbs_keys"), view, req: req, status: status)
    }

    func create(req: Request) async throws -> Response {
        let current = try await Self.handler(req)
        let fields = Self.fields(req)
        do {
            let issued = try await WBSKeyService.create(
                for: current, password: fields["password"] ?? "", confirmation: fields["confirmation"] ?? "",
                app: req.application)
            return try await render(req, form: FormState(), recoveryCode: issued.recoveryCode, status: .created)
        } catch let error as AppError where error.status != .internalServerError {
            return try await render(req, form: FormState(values: fields, error: error, req: req), status: error.status)
        }
    }

    func confirm(req: Request) async throws -> Response {
        let current = try await Self.handler(req)
        let fields = Self.fields(req)
        do {
            try await WBSKeyService.confirmAuthenticator(for: current, code: fields["code"] ?? "", app: req.application)
            return WebPage.redirect(req, to: SitePath.wbsKeys.path(), notice: "saved")
        } catch let error as AppError where error.status != .internalServerError {
            return try await render(req, form: FormState(values: [:], error: error, req: req), status: error.status)
        }
    }

    func changePassword(req: Request) async throws -> Response {
        let current = try await Self.handler(req)
        let fields = Self.fields(req)
        do {
            try await WBSKeyService.changePassword(
                for: current, from: fields["currentPassword"] ?? "", to: fields["password"] ?? "",
                confirmation: fields["confirmation"] ?? "", app: req.application)
            return WebPage.redirect(req, to: SitePath.wbsKeys.path(), notice: "password_changed")
        } catch let error as AppError where error.status != .internalServerError {
            return try await render(req, form: FormState(values: [:], error: error, req: req), status: error.status)
        }
    }

    struct UnlockView: Encodable {
        let next: String
        let form: FormState
    }

    func unlockForm(req: Request) async throws -> Response {
        _ = try await Self.handler(req)
        return try await WebPage.render(
            "wbs/unlock", title: req.t("title.wbs_unlock"),
            UnlockView(
                next: Self.next(req.query[String.self, at: "next"]),
                form: FormState()), req: req)
    }

    func unlock(req: Request) async throws -> Response {
        let current = try await Self.handler(req)
        let fields = Self.fields(req)
        let next = Self.next(fields["next"])
        do {
            try await WBSKeyService.unlock(
                for: current, code: fields["code"] ?? "", password: fields["password"] ?? "", app: req.application)
            return req.redirect(to: next, redirectType: .normal)
        } catch let error as AppError where error.code == WBSError.keysMissing.code {
            return req.redirect(to: SitePath.wbsKeys.path())
        } catch let error as AppError where error.status != .internalServerError {
            return try await WebPage.render(
                "wbs/unlock", title: req.t("title.wbs_unlock"),
                UnlockView(next: next, form: FormState(values: [:], error: error, req: req)), req: req, status: error.status)
        }
    }

    func lock(req: Request) async throws -> Response {
        let current = try req.currentUser()
        req.application.wbsKeyVault.forget(sessionID: current.sessionID)
        return WebPage.redirect(req, to: SitePath.wbsKeys.path(), notice: "saved")
    }

    func recoverForm(req: Request) async throws -> Response {
        _ = try await Self.handler(req)
        return try await WebPage.render("wbs/recover", title: req.t("title.wbs_recover"), FormState(), req: req)
    }

    func recover(req: Request) async throws -> Response {
        let current = try await Self.handler(req)
        let fields = Self.fields(req)
        do {
            let issued = try await WBSKeyService.recover(
                for: current, code: fields["code"] ?? "", recoveryCode: fields["recoveryCode"] ?? "",
                password: fields["password"] ?? "", confirmation: fields["confirmation"] ?? "",
                app: req.application)
            return try await render(req, form: FormState(), recoveryCode: issued.recoveryCode, status: .created)
        } catch let error as AppError where error.status != .internalServerError {
            return try await WebPage.render(
                "wbs/recover", title: req.t("title.wbs_recover"), FormState(values: [:], error: error, req: req), req: req,
                status: error.status)
        }
    }

    /// The logged-in user, when some unit lets them handle whistleblowing (403 otherwise).
    static func handler(_ req: Request) async throws -> CurrentUser {
        guard try await !WBSHandlerDirectory.units(for: req).isEmpty else { throw AppError.forbidden }
        return try req.currentUser()
    }

    private static func fields(_ req: Request) -> [String: String] {
        (try? req.content.decode([String: String].self)) ?? [:]
    }

    /// Where to go after unlocking: a whistleblowing page, never elsewhere.
    private static func next(_ raw: String?) -> String {
        guard let raw, raw.hasPrefix(SitePath.wbs.path()), !raw.contains("//"), !raw.contains("\\") else { return SitePath.wbs.path() }
        return raw
    }
}
