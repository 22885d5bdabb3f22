import Fluent
import Vapor
import ZICore

/// `/api/v1/users`: accounts and their roles, for super-admins and agency admins.
struct UserAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let users = routes.grouped("users")
        routes.get(.users, use: list)
        routes.post(.users, use: create)
        routes.get(.user, use: show)
        routes.patch(.user, use: update)
        routes.put(.userPassword, use: setPassword)
        routes.get(.userRoles, use: roles)
        routes.post(.userRoles, use: grant)
        routes.delete(.userRole, use: revoke)
        routes.delete(.userSecondFactor, use: resetSecondFactor)
    }

    /// `?q=&page=&per=`
    func list(req: Request) async throws -> ListPage<UserDTO> {
        let users = try await UserDirectory.manageableUsers(req, search: req.query[String.self, at: "q"])
        let page = try PageRequest(req)
        return ListPage(
            items: users.dropFirst(page.offset).prefix(page.per).map(UserDTO.init),
            page: page.page, per: page.per, total: users.count)
    }

    func show(req: Request) async throws -> UserDTO {
        UserDTO(try await UserDirectory.manageableUser(req, req.parameters.get("userID")))
    }

    func create(req: Request) async throws -> Response {
        let input = try req.content.decode(UserInput.self)
        try await req.require(.manageUsers, on: input.instansiID.map { .instansi($0) } ?? .installation)
        let user = try await UserService.create(input, by: try req.currentUser().actor, on: req.application)
        return try await UserDTO(user).encodeResponse(status: .created, for: req)
    }

    func update(req: Request) async throws -> UserDTO {
        let user = try await UserDirectory.manageableUser(req, req.parameters.get("userID"))
        let input = try req.content.decode(UserUpdateInput.self)
        return UserDTO(try await UserService.update(user, input, by: try req.currentUser().actor, on: req.application))
    }

    func setPassword(req: Request) async throws -> HTTPStatus {
        struct Body: Content { let password: String }
        let user = try await UserDirectory.manageableUser(req, req.parameters.get("userID"))
        let body = try req.content.decode(Body.self)
        try await UserService.setPassword(user, to: body.password, by: try req.currentUser().actor, on: req.application)
        return .noContent
    }

    func roles(req: Request) async throws -> [RoleDTO] {
        let user = try await UserDirectory.manageableUser(req, req.parameters.get("userID"))
        return try await RoleAssignment.query(on: req.db).filter(\.$user.$id == user.id!).all().map(RoleDTO.init)
    }

    func grant(req: Request) async throws -> Response {
        let user = try await UserDirectory.manageableUser(req, req.parameters.get("userID"))
        let input = try req.content.decode(RoleInput.self)
        let assignment = try await UserService.grant(input, to: user, by: try req.grantor(), on: req.application)
        return try await RoleDTO(assignment).encodeResponse(status: .created, for: req)
    }

    /// A lost device: removes the account's authenticator and ends its sessions.
    func resetSecondFactor(req: Request) async throws -> HTTPStatus {
        let user = try await UserDirectory.manageableUser(req, req.parameters.get("userID"))
        try await SecondFactorService.reset(user, by: try req.currentUser(), app: req.application)
        return .noContent
    }

    func revoke(req: Request) async throws -> HTTPStatus {
        let user = try await UserDirectory.manageableUser(req, req.parameters.get("userID"))
        let assignment = try await UserDirectory.assignment(req, of: user, req.parameters.get("roleID"))
        try await UserService.revoke(assignment, of: user, by: try req.grantor(), on: req.application)
        return .noContent
    }
}
