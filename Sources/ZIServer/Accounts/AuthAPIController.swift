import Fluent
import Vapor
import ZICore

/// `/api/v1/login`, `/api/v1/logout`, `/api/v1/me`: bearer tokens for integrations.
struct AuthAPIController {
    let settings: Settings

    struct LoginRequest: Content {
        let username: String
        let password: String
        /// The authenticator's current code (or a backup code), for accounts that have one.
        let code: String?
    }

    struct LoginResponse: Content {
        let token: String
        let expiresAt: Date
        let user: UserDTO
    }

    /// The logged-in user with every role they hold.
    struct MeResponse: Content {
        let user: UserDTO
        let roles: [GrantDTO]
    }

    /// A role grant without its row id (as the access policy sees it).
    struct GrantDTO: Content {
        let role: Role
        let instansiID: UUID?
        let unitID: UUID?
        let area: Int?

        init(_ grant: RoleGrant) {
            role = grant.role
            switch grant.scope {
            case .global: (instansiID, unitID, area) = (nil, nil, nil)
            case .instansi(let id): (instansiID, unitID, area) = (id, nil, nil)
            case .unit(let id, let a): (instansiID, unitID, area) = (nil, id, a)
            }
        }
    }

    func registerPublic(_ routes: any RoutesBuilder) {
        routes.post(.login, use: login)
    }

    func registerProtected(_ routes: any RoutesBuilder) {
        routes.post(.logout, use: logout)
        routes.get(.me, use: me)
        routes.put(.mePassword, use: changePassword)
        routes.post(.meSecondFactor, use: startSecondFactor)
        routes.post(.meSecondFactorConfirm, use: confirmSecondFactor)
    }

    /// The secret of a new authenticator and its `otpauth://` URI (for a QR code), until confirmed.
    struct SecondFactorEnrolment: Content {
        let secret: String
        let provisioningURI: String
    }

    /// `POST /me/second-factor`: starts enrolling an authenticator.
    func startSecondFactor(req: Request) async throws -> SecondFactorEnrolment {
        let enrolment = try await SecondFactorService.start(for: try req.currentUser(), app: req.application)
        return SecondFactorEnrolment(secret: enrolment.secret.base32, provisioningURI: enrolment.provisioningURI)
    }

    /// The backup codes, shown once.
    struct BackupCodesResponse: Content {
        let backupCodes: [String]
    }

    /// `POST /me/second-factor/confirm {code}`: proves the authenticator; answers the backup codes.
    func confirmSecondFactor(req: Request) async throws -> BackupCodesResponse {
        struct Body: Content { let code: String }
        let body = try req.content.decode(Body.self)
        return BackupCodesResponse(
            backupCodes: try await SecondFactorService.confirm(
                for: try req.currentUser(), code: body.code,
                app: req.application))
    }

    /// `PUT /me/password {currentPassword, newPassword}`: the caller's own password; other sessions end.
    func changePassword(req: Request) async throws -> HTTPStatus {
        struct Body: Content {
            let currentPassword: String
            let newPassword: String
        }
        let body = try req.content.decode(Body.self)
        try await UserService.changeOwnPassword(
            try req.currentUser(), currentPassword: body.currentPassword,
            newPassword: body.newPassword, confirmation: body.newPassword, req: req)
        return .noContent
    }

    func login(req: Request) async throws -> LoginResponse {
        let body = try req.content.decode(LoginRequest.self)
        guard body.username.count <= 200, body.password.utf8.count <= 1024 else {
            throw AppError(.unauthorized, code: "invalid_credentials")
        }
        let outcome = try await LoginService.login(
            username: body.username, password: body.password, code: body.code,
            kind: .api, settings: settings, req: req)
        guard case .opened(let opened) = outcome else { throw AppError(.unauthorized, code: "second_factor_required") }
        return LoginResponse(token: opened.token, expiresAt: opened.session.expiresAt, user: UserDTO(opened.user))
    }

    func logout(req: Request) async throws -> HTTPStatus {
        try await LoginService.logout(try req.currentUser(), req: req)
        return .noContent
    }

    func me(req: Request) async throws -> MeResponse {
        MeResponse(user: try req.currentUser().user, roles: try await req.grants().map(GrantDTO.init))
    }
}
