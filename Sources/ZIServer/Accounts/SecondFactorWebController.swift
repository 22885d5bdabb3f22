import Vapor
import ZICore

/// `/profile/2fa`: a staff member enrols an authenticator app (QR code drawn on the server, the
/// secret to type, proof with a first code, backup codes shown once).
struct SecondFactorWebController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.profileSecondFactor, use: show)
        routes.post(.profileSecondFactorStart, use: start)
        routes.post(.profileSecondFactorConfirm, use: confirm)
    }

    struct View: Encodable {
        /// `none`, `pending` or `active`.
        let state: String
        let required: Bool
        let qrSVG: String?
        let secret: String?
        let backupCodes: [String]?
        let unusedBackupCodes: Int
        let form: FormState
    }

    func show(req: Request) async throws -> Response {
        try await render(req, form: FormState())
    }

    func start(req: Request) async throws -> Response {
        _ = try await SecondFactorService.start(for: try req.currentUser(), app: req.application)
        return try await render(req, form: FormState())
    }

    struct ConfirmForm: Content { var code: String? }

    func confirm(req: Request) async throws -> Response {
        let form = try req.content.decode(ConfirmForm.self)
        do {
            let codes = try await SecondFactorService.confirm(for: try req.currentUser(), code: form.code ?? "", app: req.application)
            return try await render(req, form: FormState(), backupCodes: codes)
        } catch let error as AppError {
            return try await render(req, form: FormState(values: [:], error: error, req: req), status: error.status)
        }
    }

    private func render(_ req: Request, form: FormState, backupCodes: [String]? = nil, status: HTTPStatus = .ok) async throws -> Response {
        let current = try req.currentUser()
        let factor = try await SecondFactorService.factor(of: current.id, on: req.db)
        let pending = try await SecondFactorService.pending(for: current, app: req.application)
        let qr = try pending.map { try QRCode(encoding: $0.provisioningURI).svg(moduleSize: 4, title: req.t("second_factor.qr_title")) }
        let view = View(
            state: factor == nil ? "none" : factor!.confirmed ? "active" : "pending",
            required: current.needsSecondFactor,
            qrSVG: qr, secret: pending.map { TypedGroups.fours($0.secret.base32) }, backupCodes: backupCodes,
            unusedBackupCodes: factor?.unusedBackupDigests.count ?? 0, form: form)
        return try await WebPage.render("second-factor", title: req.t("second_factor.title"), view, req: req, status: status)
    }
}
