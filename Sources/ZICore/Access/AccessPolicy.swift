import Foundation

/// The one place that decides whether a person may do something somewhere.
///
/// Every route asks ``allows(_:_:on:)`` with the person's grants; nothing else in
/// SIZI checks roles. The table of what each role may do is ``permissions(of:)``.
public enum AccessPolicy {
    /// What a role may do within its scope.
    public static func permissions(of role: Role) -> Set<Permission> {
        switch role {
        case .superAdmin:
            Set(Permission.allCases)
        case .adminInstansi:
            [.viewInstansi, .editInstansi, .viewUnit, .createUnit, .editUnit, .deleteUnit,
             .manageProgramme, .manageUsers, .viewAudit]
        case .pimpinan:
            [.viewUnit, .editUnit, .manageProgramme]
        case .evaluatorTPI:
            [.viewInstansi, .viewUnit]
        case .koordinatorArea, .anggotaTim, .agenPerubahan, .pegawai:
            [.viewUnit]
        }
    }

    /// Whether any of `grants` allows `permission` on `target`.
    public static func allows(_ grants: [RoleGrant], _ permission: Permission, on target: AccessTarget) -> Bool {
        grants.contains { grant in
            permissions(of: grant.role).contains(permission) && covers(grant, target)
        }
    }

    /// Whether a grant's scope reaches the target.
    static func covers(_ grant: RoleGrant, _ target: AccessTarget) -> Bool {
        switch (grant.scope, target) {
        case (.global, _):
            return true
        case (.instansi(let held), .instansi(let asked)):
            return held == asked
        case (.instansi(let held), .unit(_, let instansiID, _)):
            return held == instansiID
        case (.unit(let held, _), .unit(let id, _, let ancestors)):
            return held == id || (grant.role.appliesToSubUnits && ancestors.contains(held))
        case (.unit, .instansi), (_, .installation):
            // Agency-wide and installation-wide actions need an agency or global role.
            return false
        }
    }
}
