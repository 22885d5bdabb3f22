import Fluent
import Foundation
import ZICore

/// The holiday table as a working calendar, and its upkeep by the administrator.
enum Holidays {
    /// Weekends and every recorded holiday are not working days.
    static func calendar(on db: any Database) async throws -> WorkingCalendar {
        WorkingCalendar(holidays: Set(try await Holiday.query(on: db).all().compactMap { CalendarDate(iso: $0.date) }))
    }

    /// Adds a holiday (or renames the one on that date).
    static func set(_ date: CalendarDate, name: String?, by actor: AuditActor, on db: any Database) async throws {
        var validator = Validator()
        let name = validator.required("name", name, max: 200)
        try validator.check()
        let holiday = try await Holiday.query(on: db).filter(\.$date == date.description).first() ?? Holiday()
        holiday.date = date.description
        holiday.name = name!
        try await holiday.save(on: db)
        try await AuditLog.record(
            AuditChange(entity: "holiday", entityID: date.description, action: "set", after: ["name": name!]),
            by: actor, on: db)
    }

    /// Removes the holiday on `date`.
    static func remove(_ date: CalendarDate, by actor: AuditActor, on db: any Database) async throws {
        try await Holiday.query(on: db).filter(\.$date == date.description).delete()
        try await AuditLog.record(AuditChange(entity: "holiday", entityID: date.description, action: "remove"), by: actor, on: db)
    }
}
