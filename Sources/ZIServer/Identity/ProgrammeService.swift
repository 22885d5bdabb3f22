import Fluent
import Vapor
import ZICore

/// Sets a unit's ZI programme for a year (one row per unit and year).
///
/// Each call works on the database it is given; callers run it inside `req.write`.
enum ProgrammeService {
    static let years = 2010...2100

    static func set(_ unit: WorkUnit, year: Int, _ input: ProgrammeInput, by actor: AuditActor, on db: any Database) async throws
        -> UnitProgramme
    {
        var v = Validator()
        if !years.contains(year) { v.add("year", "validation.year") }
        let target = TargetPredicate(rawValue: input.target?.uppercased() ?? "")
        if target == nil { v.add("target", "validation.target") }
        let status = ProgrammeStatus(rawValue: input.status ?? ProgrammeStatus.persiapan.rawValue)
        if status == nil { v.add("status", "validation.status") }
        let date = v.optional("pencananganDate", input.pencananganDate, max: 10)
        if let date, CalendarDate(iso: date) == nil { v.add("pencananganDate", "validation.date") }
        try v.check()
        let existing = try await UnitProgramme.query(on: db)
            .filter(\.$unit.$id == unit.id!).filter(\.$year == year).first()
        let programme = existing ?? UnitProgramme()
        let before = existing.map(ProgrammeDTO.init)
        programme.$unit.id = unit.id!
        programme.year = year
        programme.target = target!
        programme.status = status!
        programme.pencananganDate = date
        try await programme.save(on: db)
        try await AuditLog.record(
            AuditChange(
                entity: "programme", entityID: programme.id?.uuidString,
                action: existing == nil ? "create" : "update",
                instansiID: unit.$instansi.id, unitID: unit.id,
                before: before, after: ProgrammeDTO(programme)),
            by: actor, on: db)
        return programme
    }

    static func list(for unit: WorkUnit, on db: any Database) async throws -> [UnitProgramme] {
        try await UnitProgramme.query(on: db).filter(\.$unit.$id == unit.id!).sort(\.$year, .descending).all()
    }
}
