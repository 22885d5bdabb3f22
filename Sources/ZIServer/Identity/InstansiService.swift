import Fluent
import Vapor

/// Creates and changes agencies, with validation and an audit entry for each change.
///
/// Each call works on the database it is given; callers run it inside `req.write`.
package enum InstansiService {
    package static func create(_ input: InstansiInput, by actor: AuditActor, on db: any Database) async throws -> Instansi {
        let (name, code) = try validate(input)
        try await ensureUniqueCode(code, except: nil, on: db)
        let instansi = Instansi(name: name, code: code)
        instansi.isPemerintahDaerah = input.isPemerintahDaerah ?? false
        try await instansi.create(on: db)
        try await AuditLog.record(
            AuditChange(
                entity: "instansi", entityID: instansi.id?.uuidString, action: "create",
                instansiID: instansi.id, after: InstansiDTO(instansi)),
            by: actor, on: db)
        return instansi
    }

    /// Changes an agency; absent fields keep their values.
    static func update(_ instansi: Instansi, _ input: InstansiInput, by actor: AuditActor, on db: any Database) async throws -> Instansi {
        let (name, code) = try validate(InstansiInput(name: input.name ?? instansi.name, code: input.code ?? instansi.code))
        let before = InstansiDTO(instansi)
        try await ensureUniqueCode(code, except: instansi.id, on: db)
        instansi.name = name
        instansi.code = code
        if let regional = input.isPemerintahDaerah { instansi.isPemerintahDaerah = regional }
        if let required = input.requiresSecondFactor { instansi.requiresSecondFactor = required }
        try await instansi.save(on: db)
        try await AuditLog.record(
            AuditChange(
                entity: "instansi", entityID: instansi.id?.uuidString, action: "update",
                instansiID: instansi.id, before: before, after: InstansiDTO(instansi)),
            by: actor, on: db)
        return instansi
    }

    private static func validate(_ input: InstansiInput) throws -> (String, String) {
        var v = Validator()
        let name = v.required("name", input.name)
        let code = v.required("code", input.code, max: 32).map { $0.uppercased() }
        if let code, !UnitService.isValidCode(code) { v.add("code", "validation.code_format") }
        try v.check()
        return (name!, code!)
    }

    private static func ensureUniqueCode(_ code: String, except id: UUID?, on db: any Database) async throws {
        var query = Instansi.query(on: db).filter(\.$code == code)
        if let id { query = query.filter(\.$id != id) }
        if try await query.count() > 0 { throw AppError.conflict("duplicate_code", field: "code") }
    }
}
