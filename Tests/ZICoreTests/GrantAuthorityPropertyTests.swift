import Foundation
import XCTest
@testable import ZICore

/// Property: no sequence of role grants, however phrased and by whomever, gives an account more
/// reach than it had. Random worlds and random sequences of grant attempts (seeded, so a failure
/// names a seed that reproduces it); the checks are the ones the server makes.
final class GrantAuthorityPropertyTests: XCTestCase {
    func testNoSequenceOfGrantsWidensAnyonesReach() {
        for seed in UInt64(0)..<400 {
            var random = SplitMix64(seed: seed)
            var world = GrantWorld.random(using: &random)
            let before = world
            for step in 0..<40 {
                let attempt = world.randomAttempt(using: &random)
                let actorBefore = world.reach(of: attempt.actor)
                guard world.checkedByGrantAuthority(attempt) else { continue }
                world.apply(attempt)
                XCTAssertEqual(world.reach(of: attempt.actor), actorBefore, "seed \(seed) step \(step): the actor's own reach changed")
                XCTAssertTrue(
                    world.managedTargets.isSubset(of: before.managedTargets),
                    "seed \(seed) step \(step): account management reached a new scope")
                for user in world.users.indices {
                    let gained = world.reach(of: user).subtracting(before.reach(of: user)).map(\.target)
                    XCTAssertTrue(
                        Set(gained).isSubset(of: before.managedTargets),
                        "seed \(seed) step \(step): user \(user) gained \(gained) outside every administrator's scope")
                }
            }
        }
    }

    /// The property is strong enough to catch the bug it guards against: deciding on the ids a
    /// request names (an agency admin naming its own agency beside a global role) fails it.
    func testThePropertyCatchesAuthorisationOnRequestIDs() {
        var caught = false
        for seed in UInt64(0)..<400 where !caught {
            var random = SplitMix64(seed: seed)
            var world = GrantWorld.random(using: &random)
            let before = world
            for _ in 0..<40 {
                let attempt = world.randomAttempt(using: &random)
                guard world.checkedByNamedIDs(attempt) else { continue }
                world.apply(attempt)
                if !world.managedTargets.isSubset(of: before.managedTargets) { caught = true }
            }
        }
        XCTAssertTrue(caught, "authorising on request ids must be shown to widen someone's reach")
    }

    func testNobodyChangesTheirOwnRoles() {
        let admin = UUID(), agency = UUID()
        XCTAssertThrowsError(
            try GrantAuthority.checkGrant(
                actorID: admin, actorGrants: [RoleGrant(role: .adminInstansi, scope: .instansi(agency))],
                granteeID: admin, scopeTarget: .instansi(agency))
        ) {
            XCTAssertEqual($0 as? GrantAuthority.Refusal, .ownAccount)
        }
    }

    func testAnAgencyAdminDoesNotManageAnAccountHoldingAWiderRole() {
        let agency = UUID(), other = UUID()
        let admin = [RoleGrant(role: .adminInstansi, scope: .instansi(agency))]
        XCTAssertTrue(GrantAuthority.mayManage(actorGrants: admin, accountHome: .instansi(agency), heldScopes: [.instansi(agency)]))
        XCTAssertFalse(GrantAuthority.mayManage(actorGrants: admin, accountHome: .instansi(agency), heldScopes: [.installation]))
        XCTAssertFalse(GrantAuthority.mayManage(actorGrants: admin, accountHome: .instansi(agency), heldScopes: [.instansi(other)]))
        XCTAssertFalse(GrantAuthority.mayManage(actorGrants: admin, accountHome: .installation, heldScopes: []))
    }
}

/// A small installation: two agencies of three units each (a chain root → child → grandchild),
/// six accounts with random roles, and the grant attempts a client could send.
private struct GrantWorld {
    struct Unit {
        let id: UUID
        let target: AccessTarget
    }
    struct Attempt {
        let actor: Int
        let grantee: Int
        let grant: RoleGrant
        /// The agency and unit ids a request names beside the role, possibly forged.
        let namedInstansi: UUID?
        let namedUnit: UUID?
    }
    /// One permission on one target.
    struct Power: Hashable {
        let permission: Permission
        let target: Target
    }
    /// A target as a hashable key.
    struct Target: Hashable {
        let kind: Int
        let id: UUID?
        init(_ target: AccessTarget) {
            switch target {
            case .installation: (kind, id) = (0, nil)
            case .instansi(let id): (kind, self.id) = (1, id)
            case .unit(let id, _, _), .unitArea(let id, _, _, _): (kind, self.id) = (2, id)
            }
        }
    }

    var agencies: [UUID]
    var units: [Unit]
    var users: [[RoleGrant]]
    var homes: [AccessTarget]
    let userIDs: [UUID]

    static func random(using random: inout SplitMix64) -> GrantWorld {
        let agencies = [UUID(), UUID()]
        var units: [Unit] = []
        for agency in agencies {
            var ancestors: [UUID] = []
            for _ in 0..<3 {
                let id = UUID()
                units.append(Unit(id: id, target: .unit(id: id, instansiID: agency, ancestorIDs: ancestors)))
                ancestors.append(id)
            }
        }
        var world = GrantWorld(agencies: agencies, units: units, users: [], homes: [], userIDs: (0..<6).map { _ in UUID() })
        for _ in world.userIDs {
            let count = random.next(upTo: 3)
            world.users.append((0..<count).map { _ in world.randomGrant(using: &random, allowGlobal: random.next(upTo: 8) == 0) })
            world.homes.append(random.next(upTo: 6) == 0 ? .installation : .instansi(agencies[random.next(upTo: 2)]))
        }
        return world
    }

    var targets: [AccessTarget] { [.installation] + agencies.map { .instansi($0) } + units.map(\.target) }

    func randomGrant(using random: inout SplitMix64, allowGlobal: Bool = true) -> RoleGrant {
        let roles = Role.allCases.filter { allowGlobal || $0.scopeKind != .global }
        let role = roles[random.next(upTo: roles.count)]
        switch role.scopeKind {
        case .global: return RoleGrant(role: role, scope: .global)
        case .instansi: return RoleGrant(role: role, scope: .instansi(agencies[random.next(upTo: agencies.count)]))
        case .unit:
            let unit = units[random.next(upTo: units.count)].id
            return RoleGrant(role: role, scope: .unit(unit, area: role.needsArea ? 1 + random.next(upTo: 6) : nil))
        }
    }

    func randomAttempt(using random: inout SplitMix64) -> Attempt {
        let named = { (random: inout SplitMix64) -> UUID? in
            switch random.next(upTo: 3) {
            case 0: nil
            case 1: agencies[random.next(upTo: agencies.count)]
            default: units[random.next(upTo: units.count)].id
            }
        }
        let grant = randomGrant(using: &random)
        let namedInstansi = named(&random), namedUnit = named(&random)
        return Attempt(
            actor: random.next(upTo: users.count), grantee: random.next(upTo: users.count), grant: grant,
            namedInstansi: namedInstansi, namedUnit: namedUnit)
    }

    func unitTarget(_ id: UUID) -> AccessTarget? { units.first { $0.id == id }?.target }

    func heldTargets(of user: Int) -> [AccessTarget] {
        users[user].map { GrantAuthority.target(of: $0.scope, unitTarget: unitTarget) ?? .installation }
    }

    /// The server's checks: the actor manages the grantee's account, and may give this grant on its real scope.
    func checkedByGrantAuthority(_ attempt: Attempt) -> Bool {
        let actorGrants = users[attempt.actor]
        guard
            GrantAuthority.mayManage(
                actorGrants: actorGrants, accountHome: homes[attempt.grantee],
                heldScopes: heldTargets(of: attempt.grantee)),
            let target = GrantAuthority.target(of: attempt.grant.scope, unitTarget: unitTarget)
        else { return false }
        return
            (try? GrantAuthority.checkGrant(
                actorID: userIDs[attempt.actor], actorGrants: actorGrants,
                granteeID: userIDs[attempt.grantee], scopeTarget: target)) != nil
    }

    /// The old, broken check: `manageUsers` on whatever unit or agency the request names.
    func checkedByNamedIDs(_ attempt: Attempt) -> Bool {
        let named: AccessTarget
        if let unit = attempt.namedUnit.flatMap(unitTarget) {
            named = unit
        } else if let instansi = attempt.namedInstansi, agencies.contains(instansi) {
            named = .instansi(instansi)
        } else {
            named = .installation
        }
        return AccessPolicy.allows(users[attempt.actor], .manageUsers, on: named)
            && AccessPolicy.allows(users[attempt.actor], .manageUsers, on: homes[attempt.grantee])
    }

    mutating func apply(_ attempt: Attempt) {
        if !users[attempt.grantee].contains(attempt.grant) { users[attempt.grantee].append(attempt.grant) }
    }

    /// Every permission the user holds on every target of the world.
    func reach(of user: Int) -> Set<Power> {
        var result: Set<Power> = []
        for target in targets {
            for permission in Permission.allCases where AccessPolicy.allows(users[user], permission, on: target) {
                result.insert(Power(permission: permission, target: Target(target)))
            }
        }
        return result
    }

    /// The targets on which anyone manages accounts and roles.
    var managedTargets: Set<Target> {
        Set(targets.filter { target in users.contains { AccessPolicy.allows($0, .manageUsers, on: target) } }.map(Target.init))
    }
}
