import Fluent
import Vapor
import ZICore

/// Resolves role scopes to what authorization checks, from the stored agencies and units —
/// never from the ids a request names beside them.
enum GrantScopes {
    /// The target of a new grant's scope; a validation error names an agency or unit that does not exist.
    static func target(of scope: RoleScope, on db: any Database) async throws -> AccessTarget {
        if let target = try await storedTarget(of: scope, on: db) { return target }
        if case .instansi = scope {
            throw AppError.validation([FieldError(field: "instansiID", key: "validation.instansi_unknown")])
        }
        throw AppError.validation([FieldError(field: "unitID", key: "validation.unit_unknown")])
    }

    /// The target of a scope as stored, nil when its agency or unit does not exist (any more).
    static func storedTarget(of scope: RoleScope, on db: any Database) async throws -> AccessTarget? {
        switch scope {
        case .global:
            return .installation
        case .instansi(let id):
            return try await Instansi.find(id, on: db) == nil ? nil : .instansi(id)
        case .unit(let id, _):
            return try await WorkUnit.find(id, on: db)?.accessTarget
        }
    }

    /// The targets of every role each of `userIDs` holds, with two queries whatever their number.
    /// A role on a unit that no longer exists counts as the installation, so only a super-admin
    /// manages such an account.
    static func heldTargets(of userIDs: [UUID], on db: any Database) async throws -> [UUID: [AccessTarget]] {
        guard !userIDs.isEmpty else { return [:] }
        let assignments = try await RoleAssignment.query(on: db).filter(\.$user.$id ~~ userIDs).all()
        let unitIDs = Set(assignments.compactMap { $0.$unit.id })
        let units = unitIDs.isEmpty ? [] : try await WorkUnit.query(on: db).filter(\.$id ~~ Array(unitIDs)).all()
        let unitTargets = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0.accessTarget) })
        return assignments.reduce(into: [:]) { result, assignment in
            let target = GrantAuthority.target(of: assignment.grant.scope) { unitTargets[$0] } ?? .installation
            result[assignment.$user.id, default: []].append(target)
        }
    }

    /// Where an account lives: its agency, or the installation for an account of no agency.
    static func home(of user: User) -> AccessTarget {
        user.$instansi.id.map { .instansi($0) } ?? .installation
    }
}
