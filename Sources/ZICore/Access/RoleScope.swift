import Foundation

/// Where a role applies: everywhere, within one agency (instansi), or on one unit.
public enum RoleScope: Hashable, Sendable {
    case global
    case instansi(UUID)
    case unit(UUID, area: Int?)

    /// The kind of a scope, used to check that a role is granted on the right kind.
    public enum Kind: String, Sendable {
        case global, instansi, unit
    }

    /// The kind of this scope.
    public var kind: Kind {
        switch self {
        case .global: .global
        case .instansi: .instansi
        case .unit: .unit
        }
    }
}

/// One role held by one person on one scope.
public struct RoleGrant: Hashable, Sendable {
    public let role: Role
    public let scope: RoleScope

    public init(role: Role, scope: RoleScope) {
        self.role = role
        self.scope = scope
    }
}

/// Why a role grant is not acceptable.
public enum RoleGrantError: Error, Equatable, Sendable {
    case wrongScope(role: Role, expected: RoleScope.Kind)
    case areaRequired
    case areaOutOfRange(Int)
    case areaNotAllowed(role: Role)
}

extension RoleGrant {
    /// The change areas of the LKE (1 Manajemen Perubahan … 6 Pelayanan Publik).
    public static let areas = 1...6

    /// Builds a grant and checks that the scope fits the role.
    public static func validated(role: Role, scope: RoleScope) throws(RoleGrantError) -> RoleGrant {
        guard scope.kind == role.scopeKind else {
            throw .wrongScope(role: role, expected: role.scopeKind)
        }
        if case .unit(_, let area) = scope {
            switch (role.needsArea, area) {
            case (true, nil): throw .areaRequired
            case (true, let a?) where !areas.contains(a): throw .areaOutOfRange(a)
            case (false, _?): throw .areaNotAllowed(role: role)
            default: break
            }
        }
        return RoleGrant(role: role, scope: scope)
    }
}
