import Fluent
import Foundation
import Vapor
import ZICore

/// Changes to a unit's conflict-of-interest control, each checked and audited: the matrix,
/// the employees' declarations, the cases and their handling, the semester monitoring.
enum ConflictService {
    /// Adds a matrix row for `year`.
    static func addRisk(_ fields: [String: String], year: Int, unit: WorkUnit, by actor: AuditActor, on db: any Database) async throws {
        var validator = Validator()
        let function = validator.required("function", fields["function"], max: 300)
        let potential = validator.required("potential", fields["potential"], max: 2000)
        let type = ConflictType(rawValue: fields["type"] ?? "")
        if type == nil { validator.add("type", "validation.choice") }
        let control = validator.required("control", fields["control"], max: 2000)
        let owner = validator.required("owner", fields["owner"], max: 200)
        try validator.check()
        let row = ConflictRisk()
        (row.$unit.id, row.year, row.function, row.potential, row.type, row.control, row.owner) =
            (unit.id!, year, function!, potential!, type!.rawValue, control!, owner!)
        try await row.create(on: db)
        try await AuditLog.record(
            "conflict_risk", id: row.id, action: "create", unit: unit, after: ["year": String(year)], by: actor, on: db)
    }

    /// Records an employee's declaration of `year` (one per employee and year; a new one replaces it).
    static func declare(_ fields: [String: String], year: Int, unit: WorkUnit, by actor: AuditActor, on db: any Database) async throws {
        var validator = Validator()
        let employee = try await UUID(uuidString: fields["employeeID"] ?? "").asyncFlatMap { id in
            try await Employee.query(on: db).filter(\.$id == id).filter(\.$unit.$id == unit.id!).first()
        }
        if employee == nil { validator.add("employeeID", "validation.choice") }
        let day = CalendarDate(iso: fields["date"] ?? "")
        if day == nil { validator.add("date", "validation.date") }
        let hasConflict = ["on", "true", "1", "ya"].contains(fields["hasConflict"]?.lowercased() ?? "")
        let statement = validator.optional("statement", fields["statement"], max: 2000)
        if hasConflict && statement == nil { validator.add("statement", "validation.conflict_statement") }
        try validator.check()
        let row =
            try await ConflictDeclaration.query(on: db).filter(\.$employee.$id == employee!.id!).filter(\.$year == year).first()
            ?? ConflictDeclaration()
        (row.$unit.id, row.$employee.id, row.year, row.declaredOn, row.hasConflict, row.statement) =
            (unit.id!, employee!.id!, year, day!.description, hasConflict, statement)
        try await row.save(on: db)
        try await AuditLog.record(
            "conflict_declaration", id: row.id, action: "declare", unit: unit,
            after: ["year": String(year), "hasConflict": String(hasConflict)], by: actor, on: db)
    }

    /// Records a case of `year`.
    static func addCase(_ fields: [String: String], year: Int, unit: WorkUnit, by actor: AuditActor, on db: any Database) async throws {
        var validator = Validator()
        let day = CalendarDate(iso: fields["date"] ?? "")
        if day == nil { validator.add("date", "validation.date") }
        let description = validator.required("description", fields["description"], max: 2000)
        let handling = validator.optional("handling", fields["handling"], max: 2000)
        try validator.check()
        let row = ConflictCase()
        (row.$unit.id, row.year, row.reportedOn, row.description, row.handling, row.status) =
            (unit.id!, year, day!.description, description!, handling, FollowUpStatus.terbuka.rawValue)
        try await row.create(on: db)
        try await AuditLog.record(
            "conflict_case", id: row.id, action: "create", unit: unit, after: ["year": String(year)], by: actor, on: db)
    }

    /// Updates a case's handling and status (finished needs the handling written).
    static func updateCase(_ row: ConflictCase, _ fields: [String: String], unit: WorkUnit, by actor: AuditActor, on db: any Database)
        async throws
    {
        var validator = Validator()
        let status = FollowUpStatus(rawValue: fields["status"] ?? "")
        if status == nil { validator.add("status", "validation.choice") }
        let handling = validator.optional("handling", fields["handling"], max: 2000) ?? row.handling
        if status == .selesai && handling == nil { validator.add("handling", "validation.conflict_handling") }
        try validator.check()
        row.status = status!.rawValue
        row.handling = handling
        try await row.save(on: db)
        try await AuditLog.record(
            "conflict_case", id: row.id, action: "update", unit: unit, after: ["status": row.status], by: actor, on: db)
    }

    /// Records the monitoring of a semester (`period` such as `2026-S1`).
    static func addMonitoring(_ fields: [String: String], unit: WorkUnit, by actor: AuditActor, on db: any Database) async throws {
        var validator = Validator()
        let period = MonitoringPeriod(key: fields["period"] ?? "").flatMap { $0.cadence == .semester ? $0 : nil }
        if period == nil { validator.add("period", "validation.semester") }
        let findings = validator.required("findings", fields["findings"], max: 5000)
        let followUp = validator.required("followUp", fields["followUp"], max: 5000)
        try validator.check()
        let row = ConflictMonitoring()
        (row.$unit.id, row.period, row.findings, row.followUp, row.status) =
            (unit.id!, period!.key, findings!, followUp!, FollowUpStatus.terbuka.rawValue)
        try await row.create(on: db)
        try await AuditLog.record(
            "conflict_monitoring", id: row.id, action: "create", unit: unit, after: ["period": row.period], by: actor, on: db)
    }
}
