import Foundation

/// Decides who may give or take a role and who may manage an account.
///
/// Everything is decided on the scope a grant will really have once stored (the installation
/// for a global role, the agency, or the unit with its own agency and ancestors), never on the
/// ids a request happens to name. Nobody changes their own roles: a grant that would widen the
/// actor's own reach is refused however it is phrased.
public enum GrantAuthority {
    /// Why a grant, a revocation or an account change is refused.
    public enum Refusal: Error, Equatable, Sendable {
        /// The actor tried to change their own roles.
        case ownAccount
        /// The actor does not manage accounts on the whole scope the change reaches.
        case outsideScope
    }

    /// What authorization checks for a role scope, given how to find a unit's target.
    ///
    /// `unitTarget` answers the stored unit's target (its real agency and ancestors) or nil when
    /// the unit does not exist; the result is nil then too.
    public static func target(of scope: RoleScope, unitTarget: (UUID) -> AccessTarget?) -> AccessTarget? {
        switch scope {
        case .global: .installation
        case .instansi(let id): .instansi(id)
        case .unit(let id, _): unitTarget(id)
        }
    }

    /// Whether an actor may give (or take) a role whose scope resolves to `scopeTarget` to (from)
    /// the account `granteeID`, which the actor must already be allowed to manage.
    public static func checkGrant(
        actorID: UUID, actorGrants: [RoleGrant], granteeID: UUID,
        scopeTarget: AccessTarget
    ) throws(Refusal) {
        guard actorID != granteeID else { throw .ownAccount }
        guard AccessPolicy.allows(actorGrants, .manageUsers, on: scopeTarget) else { throw .outsideScope }
    }

    /// Whether an actor may manage an account (profile, status, password, roles): it needs
    /// `manageUsers` on the account's home (its agency, or the installation for an account of no
    /// agency) **and** on every scope the account holds a role on, so an agency admin never
    /// resets or disables a super-admin, nor an admin of another agency.
    public static func mayManage(actorGrants: [RoleGrant], accountHome: AccessTarget, heldScopes: [AccessTarget]) -> Bool {
        ([accountHome] + heldScopes).allSatisfy { AccessPolicy.allows(actorGrants, .manageUsers, on: $0) }
    }
}
