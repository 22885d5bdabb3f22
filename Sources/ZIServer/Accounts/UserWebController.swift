import Fluent
import Vapor
import ZICore

/// The account pages for administrators: list, create, change, reset password, grant and revoke roles.
struct UserWebController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let users = routes.grouped("users")
        routes.get(.users, use: index)
        routes.get(.usersNew, use: newForm)
        routes.post(.users, use: create)
        routes.get(.user, use: show)
        routes.post(.user, use: update)
        routes.post(.userPassword, use: setPassword)
        routes.post(.userRoles, use: grant)
        routes.post(.userSecondFactorReset, use: resetSecondFactor)
        routes.post(.userRoleDelete, use: revoke)
    }

    struct IndexView: Encodable {
        let users: [UserDTO]
        let query: String
        let page: Int
        let pages: Int
        let total: Int
        let prevPage: Int?
        let nextPage: Int?
    }

    func index(req: Request) async throws -> Response {
        guard try await UnitVisibility.heldPermissions(for: req).contains(.manageUsers) else {
            throw AppError.forbidden
        }
        let q = req.query[String.self, at: "q"] ?? ""
        let users = try await UserDirectory.manageableUsers(req, search: q)
        let page = try PageRequest(req)
        let pages = max(1, (users.count + page.per - 1) / page.per)
        let view = IndexView(
            users: users.dropFirst(page.offset).prefix(page.per).map(UserDTO.init), query: q,
            page: page.page, pages: pages, total: users.count,
            prevPage: page.page > 1 ? page.page - 1 : nil, nextPage: page.page < pages ? page.page + 1 : nil)
        return try await WebPage.render("users/index", title: req.t("nav.users"), view, req: req)
    }

    struct NewView: Encodable {
        let form: FormState
        let instansi: [InstansiDTO]
    }

    /// The agencies under which the requester may create accounts (nil = installation-wide, super-admin only).
    private func creatableInstansi(_ req: Request) async throws -> [InstansiDTO] {
        var result: [InstansiDTO] = []
        for instansi in try await Instansi.query(on: req.db).sort(\.$name).all()
        where try await req.may(.manageUsers, on: .instansi(instansi.id!)) {
            result.append(InstansiDTO(instansi))
        }
        return result
    }

    func newForm(req: Request) async throws -> Response {
        let instansi = try await creatableInstansi(req)
        let mayCreateGlobal = try await req.may(.manageUsers, on: .installation)
        guard !instansi.isEmpty || mayCreateGlobal else { throw AppError.forbidden }
        return try await WebPage.render(
            "users/new", title: req.t("user.new"),
            NewView(form: FormState(), instansi: instansi), req: req)
    }

    struct UserForm: Content {
        var username: String?
        var displayName: String?
        var email: String?
        var password: String?
        var instansiID: String?
    }

    func create(req: Request) async throws -> Response {
        let form = try req.content.decode(UserForm.self)
        let instansiID = form.instansiID.flatMap { UUID(uuidString: $0) }
        try await req.require(.manageUsers, on: instansiID.map { .instansi($0) } ?? .installation)
        do {
            let input = UserInput(
                username: form.username, displayName: form.displayName, email: form.email,
                password: form.password, instansiID: instansiID)
            let user = try await UserService.create(input, by: try req.currentUser().actor, on: req.application)
            return WebPage.redirect(req, to: SitePath.user.path(user.id!), notice: "created")
        } catch let error as AppError {
            let view = NewView(form: FormState(form, error: error, req: req), instansi: try await creatableInstansi(req))
            return try await WebPage.render("users/new", title: req.t("user.new"), view, req: req, status: error.status)
        }
    }

    struct RoleRow: Encodable {
        let id: UUID
        let role: String
        let scope: String
        let area: Int?
    }

    struct ShowView: Encodable {
        let user: UserDTO
        let roles: [RoleRow]
        let roleOptions: [String]
        let instansi: [InstansiDTO]
        let units: [UnitDTO]
        let form: FormState
    }

    func show(req: Request) async throws -> Response {
        let user = try await UserDirectory.manageableUser(req, req.parameters.get("userID"))
        return try await renderShow(user, form: FormState(values: FormState.values(of: UserDTO(user))), req: req)
    }

    private func renderShow(_ user: User, form: FormState, req: Request, status: HTTPStatus = .ok) async throws -> Response {
        let assignments = try await RoleAssignment.query(on: req.db).filter(\.$user.$id == user.id!)
            .with(\.$instansi).with(\.$unit).all()
        let roles = assignments.map {
            RoleRow(
                id: $0.id!, role: req.t("role.\($0.role.rawValue)"),
                scope: $0.unit?.name ?? $0.instansi?.name ?? req.t("role.scope_global"), area: $0.area)
        }
        let mayGrantGlobal = try await req.may(.manageUsers, on: .installation)
        let view = ShowView(
            user: UserDTO(user), roles: roles,
            roleOptions: Role.allCases.filter { mayGrantGlobal || $0 != .superAdmin }.map(\.rawValue),
            instansi: try await creatableInstansi(req),
            units: try await UnitVisibility.visibleUnits(for: req).map(UnitDTO.init),
            form: form)
        return try await WebPage.render("users/show", title: user.displayName, view, req: req, status: status)
    }

    struct UpdateForm: Content {
        var displayName: String?
        var email: String?
        var isActive: String?
    }

    func update(req: Request) async throws -> Response {
        let user = try await UserDirectory.manageableUser(req, req.parameters.get("userID"))
        let form = try req.content.decode(UpdateForm.self)
        do {
            let input = UserUpdateInput(displayName: form.displayName, email: form.email, isActive: form.isActive == "on")
            _ = try await UserService.update(user, input, by: try req.currentUser().actor, on: req.application)
            return WebPage.redirect(req, to: SitePath.user.path(user.id!), notice: "saved")
        } catch let error as AppError {
            return try await renderShow(user, form: FormState(form, error: error, req: req), req: req, status: error.status)
        }
    }

    struct PasswordForm: Content {
        var password: String?
    }

    func setPassword(req: Request) async throws -> Response {
        let user = try await UserDirectory.manageableUser(req, req.parameters.get("userID"))
        let form = try req.content.decode(PasswordForm.self)
        do {
            try await UserService.setPassword(user, to: form.password ?? "", by: try req.currentUser().actor, on: req.application)
            return WebPage.redirect(req, to: SitePath.user.path(user.id!), notice: "password_changed")
        } catch let error as AppError {
            return try await renderShow(
                user, form: FormState(values: FormState.values(of: UserDTO(user)), error: error, req: req),
                req: req, status: error.status)
        }
    }

    struct RoleForm: Content {
        var role: String?
        var instansiID: String?
        var unitID: String?
        var area: String?
    }

    func grant(req: Request) async throws -> Response {
        let user = try await UserDirectory.manageableUser(req, req.parameters.get("userID"))
        let form = try req.content.decode(RoleForm.self)
        let input = RoleInput(
            role: form.role, instansiID: form.instansiID.flatMap { UUID(uuidString: $0) },
            unitID: form.unitID.flatMap { UUID(uuidString: $0) }, area: form.area.flatMap { Int($0) })
        return try await WebPage.submit(
            req, typed: form,
            show: { form, status in
                try await renderShow(user, form: form, req: req, status: status)
            }
        ) {
            _ = try await UserService.grant(input, to: user, by: try req.grantor(), on: req.application)
            return WebPage.redirect(req, to: SitePath.user.path(user.id!), notice: "role_granted")
        }
    }

    func resetSecondFactor(req: Request) async throws -> Response {
        let user = try await UserDirectory.manageableUser(req, req.parameters.get("userID"))
        try await SecondFactorService.reset(user, by: try req.currentUser(), app: req.application)
        return WebPage.redirect(req, to: SitePath.user.path(user.id!), notice: "second_factor_reset")
    }

    func revoke(req: Request) async throws -> Response {
        let user = try await UserDirectory.manageableUser(req, req.parameters.get("userID"))
        let assignment = try await UserDirectory.assignment(req, of: user, req.parameters.get("roleID"))
        try await UserService.revoke(assignment, of: user, by: try req.grantor(), on: req.application)
        return WebPage.redirect(req, to: SitePath.user.path(user.id!), notice: "role_revoked")
    }
}
