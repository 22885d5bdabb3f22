import Fluent
import Vapor
import ZICore

/// Finds what a user may see, always deciding through ``AccessPolicy``.
enum UnitVisibility {
    /// The units the user may view, in tree order, optionally within one agency.
    static func visibleUnits(for req: Request, instansiID: UUID? = nil) async throws -> [WorkUnit] {
        let grants = try await req.grants()
        var query = WorkUnit.query(on: req.db)
        if let instansiID { query = query.filter(\.$instansi.$id == instansiID) }
        if !grants.contains(where: { $0.scope == .global }) {
            let instansiIDs = grants.compactMap { if case .instansi(let id) = $0.scope { id } else { nil } }
            let unitIDs = grants.compactMap { if case .unit(let id, _) = $0.scope { id } else { nil } }
            if instansiIDs.isEmpty && unitIDs.isEmpty { return [] }
            query = query.group(.or) { group in
                if !instansiIDs.isEmpty { group.filter(\.$instansi.$id ~~ instansiIDs) }
                for id in unitIDs { group.filter(\.$path ~~ id.uuidString) }
            }
        }
        return try await query.sort(\.$path).all()
            .filter { AccessPolicy.allows(grants, .viewUnit, on: $0.accessTarget) }
    }

    /// The agencies the user may see: those granted directly and those of visible units
    /// (pass `units` when the caller has already loaded them, to save the query).
    static func visibleInstansi(for req: Request, units: [WorkUnit]? = nil) async throws -> [Instansi] {
        let all = try await Instansi.query(on: req.db).sort(\.$name).all()
        var visible = units ?? []
        if units == nil { visible = try await visibleUnits(for: req) }
        let unitInstansi = Set(visible.map { $0.$instansi.id })
        var result: [Instansi] = []
        for instansi in all {
            if try await req.may(.viewInstansi, on: .instansi(instansi.id!)) || unitInstansi.contains(instansi.id!) {
                result.append(instansi)
            }
        }
        return result
    }

    /// The permissions the user holds somewhere (for showing navigation).
    static func heldPermissions(for req: Request) async throws -> Set<Permission> {
        try await req.grants().reduce(into: Set<Permission>()) { $0.formUnion(AccessPolicy.permissions(of: $1.role)) }
    }

    /// A unit by id, or 404.
    static func unit(_ id: UUID?, on db: any Database) async throws -> WorkUnit {
        guard let id, let unit = try await WorkUnit.find(id, on: db) else { throw AppError.notFound }
        return unit
    }

    /// A unit by id when an id is given (404 if it does not exist), nil otherwise.
    static func optionalUnit(_ id: UUID?, on db: any Database) async throws -> WorkUnit? {
        guard let id else { return nil }
        return try await unit(id, on: db)
    }

    /// The unit named by the route's `unitID`, after checking `permission` on it (404/403 otherwise).
    static func unit(_ req: Request, requiring permission: Permission) async throws -> WorkUnit {
        let unit = try await unit(req.parameters.get("unitID"), on: req.db)
        try await req.require(permission, on: unit.accessTarget)
        return unit
    }
}
