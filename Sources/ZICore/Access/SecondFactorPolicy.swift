/// Who must log in with a second factor (a TOTP code): every administrator — whoever holds
/// `super_admin` or `admin_instansi` — and everyone in an agency that requires it for all its
/// staff. Anyone else may enrol by choice.
public enum SecondFactorPolicy {
    /// The roles that always need a second factor.
    public static let administratorRoles: Set<Role> = [.superAdmin, .adminInstansi]

    /// Whether an account holding `grants` must use a second factor.
    public static func isRequired(grants: [RoleGrant], agencyRequiresAll: Bool) -> Bool {
        agencyRequiresAll || grants.contains { administratorRoles.contains($0.role) }
    }
}
