import Fluent
import Vapor
import ZICore

/// Creates, changes, moves and deletes units, keeping the tree consistent and audited.
///
/// Each call works on the database it is given; callers run it inside `req.write`.
package enum UnitService {
    /// Unit and agency codes: letters, digits, `.`, `-` and `_`, as they appear in official numbering.
    static func isValidCode(_ code: String) -> Bool {
        !code.isEmpty && code.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || ".-_".contains($0)) }
    }

    /// Validated fields of a unit (after merging a change into the current values).
    private struct Fields {
        var name: String
        var code: String
        var address: String?
        var headName: String?
        var headNIP: String?
        var serviceType: String?
    }

    private static func validate(_ input: UnitInput, current: WorkUnit?) throws -> Fields {
        var v = Validator()
        let name = v.required("name", input.name ?? current?.name)
        let code = v.required("code", input.code ?? current?.code, max: 32).map { $0.uppercased() }
        if let code, !isValidCode(code) { v.add("code", "validation.code_format") }
        let address = v.optional("address", input.address ?? current?.address)
        let headName = v.optional("headName", input.headName ?? current?.headName, max: 200)
        var headNIP = v.optional("headNIP", input.headNIP ?? current?.headNIP, max: 40)
        if let raw = headNIP {
            do { headNIP = try NIP(raw, currentYear: AppClock.current.today().year).digits } catch { v.add("headNIP", "validation.nip") }
        }
        let serviceType = v.optional("serviceType", input.serviceType ?? current?.serviceType, max: 40)
        if let serviceType, UnitServiceType(rawValue: serviceType) == nil { v.add("serviceType", "validation.choice") }
        try v.check()
        return Fields(name: name!, code: code!, address: address, headName: headName, headNIP: headNIP, serviceType: serviceType)
    }

    /// Creates a unit under `parent` (or at the top of `instansiID`).
    package static func create(_ input: UnitInput, instansiID: UUID, parent: WorkUnit?, by actor: AuditActor, on db: any Database)
        async throws
        -> WorkUnit
    {
        let fields = try validate(input, current: nil)
        try await ensureUniqueCode(fields.code, instansiID: instansiID, except: nil, on: db)
        let unit = WorkUnit()
        unit.id = UUID()
        unit.$instansi.id = instansiID
        unit.$parent.id = parent?.id
        unit.path = WorkUnit.path(for: unit.id!, under: parent?.path)
        apply(fields, to: unit)
        try await unit.create(on: db)
        try await AuditLog.record(
            AuditChange(
                entity: "unit", entityID: unit.id?.uuidString, action: "create",
                instansiID: instansiID, unitID: unit.id, after: UnitDTO(unit)),
            by: actor, on: db)
        return unit
    }

    /// Changes a unit's fields; a new parent moves its whole subtree.
    static func update(_ unit: WorkUnit, _ input: UnitInput, newParent: WorkUnit??, by actor: AuditActor, on db: any Database) async throws
        -> WorkUnit
    {
        let fields = try validate(input, current: unit)
        if case .some(let parent?) = newParent {
            guard parent.$instansi.id == unit.$instansi.id else {
                throw AppError.validation([FieldError(field: "parentID", key: "validation.parent_other_instansi")])
            }
            guard !parent.path.hasPrefix(unit.path) else {
                throw AppError.validation([FieldError(field: "parentID", key: "validation.parent_cycle")])
            }
        }
        let before = UnitDTO(unit)
        try await ensureUniqueCode(fields.code, instansiID: unit.$instansi.id, except: unit.id, on: db)
        apply(fields, to: unit)
        if case .some(let parent) = newParent {
            try await move(unit, under: parent, on: db)
        }
        try await unit.save(on: db)
        try await AuditLog.record(
            AuditChange(
                entity: "unit", entityID: unit.id?.uuidString, action: "update",
                instansiID: unit.$instansi.id, unitID: unit.id, before: before, after: UnitDTO(unit)),
            by: actor, on: db)
        return unit
    }

    /// Deletes a unit that has no sub-units, programmes or role holders; any other record of the
    /// unit (plans, risks — deleted ones too, kept for the audit — complaints, evidence …) holds it
    /// through its foreign key.
    static func delete(_ unit: WorkUnit, by actor: AuditActor, on db: any Database) async throws {
        let before = UnitDTO(unit)
        if try await WorkUnit.query(on: db).filter(\.$parent.$id == unit.id!).count() > 0 {
            throw AppError.conflict("unit_has_children")
        }
        let programmes = try await UnitProgramme.query(on: db).filter(\.$unit.$id == unit.id!).count()
        let roles = try await RoleAssignment.query(on: db).filter(\.$unit.$id == unit.id!).count()
        if programmes + roles > 0 { throw AppError.conflict("unit_has_data") }
        do {
            try await unit.delete(on: db)
        } catch let error as any DatabaseError where error.isConstraintFailure {
            throw AppError.conflict("unit_has_data")
        }
        try await AuditLog.record(
            AuditChange(
                entity: "unit", entityID: before.id.uuidString, action: "delete",
                instansiID: before.instansiID, unitID: before.id, before: before),
            by: actor, on: db)
    }

    private static func apply(_ fields: Fields, to unit: WorkUnit) {
        unit.name = fields.name
        unit.code = fields.code
        unit.address = fields.address
        unit.headName = fields.headName
        unit.headNIP = fields.headNIP
        unit.serviceType = fields.serviceType
    }

    private static func move(_ unit: WorkUnit, under parent: WorkUnit?, on db: any Database) async throws {
        let oldPath = unit.path
        let newPath = WorkUnit.path(for: unit.id!, under: parent?.path)
        guard oldPath != newPath else { return }
        for descendant in try await WorkUnit.query(on: db).filter(\.$path =~ oldPath).filter(\.$id != unit.id!).all() {
            descendant.path = newPath + descendant.path.dropFirst(oldPath.count)
            try await descendant.save(on: db)
        }
        unit.$parent.id = parent?.id
        unit.path = newPath
    }

    private static func ensureUniqueCode(_ code: String, instansiID: UUID, except id: UUID?, on db: any Database) async throws {
        var query = WorkUnit.query(on: db).filter(\.$instansi.$id == instansiID).filter(\.$code == code)
        if let id { query = query.filter(\.$id != id) }
        if try await query.count() > 0 { throw AppError.conflict("duplicate_code", field: "code") }
    }
}
