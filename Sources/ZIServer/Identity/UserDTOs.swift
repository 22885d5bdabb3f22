import Foundation
import Vapor
import ZICore

/// What a client sends to create an account.
package struct UserInput: Content, Sendable {
    var username: String?
    var displayName: String?
    var email: String?
    var password: String?
    var instansiID: UUID?

    package init(
        username: String? = nil, displayName: String? = nil, email: String? = nil, password: String? = nil, instansiID: UUID? = nil
    ) {
        self.username = username
        self.displayName = displayName
        self.email = email
        self.password = password
        self.instansiID = instansiID
    }
}

/// What a client sends to change an account's profile or status.
struct UserUpdateInput: Content, Sendable {
    var displayName: String?
    var email: String?
    var isActive: Bool?
}

/// What a client sends to grant a role.
package struct RoleInput: Content, Sendable {
    var role: String?
    var instansiID: UUID?
    var unitID: UUID?
    var area: Int?

    package init(role: String? = nil, instansiID: UUID? = nil, unitID: UUID? = nil, area: Int? = nil) {
        self.role = role
        self.instansiID = instansiID
        self.unitID = unitID
        self.area = area
    }
}

/// A role grant as the API shows it.
struct RoleDTO: Content, Sendable {
    let id: UUID
    let role: Role
    let instansiID: UUID?
    let unitID: UUID?
    let area: Int?

    init(_ model: RoleAssignment) {
        id = model.id!
        role = model.role
        instansiID = model.$instansi.id
        unitID = model.$unit.id
        area = model.area
    }
}

/// An account as the API shows it (never with its password hash).
struct UserDTO: Content, Sendable {
    let id: UUID
    let username: String
    let displayName: String
    let email: String?
    let isActive: Bool
    let instansiID: UUID?
}

extension UserDTO {
    init(_ model: User) {
        self.init(
            id: model.id!, username: model.username, displayName: model.displayName, email: model.email,
            isActive: model.isActive, instansiID: model.$instansi.id)
    }
}
