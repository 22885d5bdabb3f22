import Fluent
import Foundation
import ZICore

/// The holiday table as a working calendar, and its upkeep by the super-admin: every change audited.
enum Holidays {
    /// Weekends and every recorded holiday are not working days.
    static func calendar(on db: any Database) async throws -> WorkingCalendar {
        WorkingCalendar(holidays: Set(try await Holiday.query(on: db).all().compactMap { CalendarDate(iso: $0.date) }))
    }

    /// The recorded days of `year`, in date order.
    static func days(of year: Int, on db: any Database) async throws -> [Holiday] {
        try await inYear(year, on: db).sort(\.$date).all()
    }

    /// The query of the recorded days of `year`.
    private static func inYear(_ year: Int, on db: any Database) -> QueryBuilder<Holiday> {
        Holiday.query(on: db).filter(\.$date >= "\(year)-01-01").filter(\.$date <= "\(year)-12-31")
    }

    /// Adds a holiday (or renames the one on that date): entered by an administrator, so it
    /// carries no decree and needs no verification.
    static func set(_ date: CalendarDate, name: String?, kind: String? = nil, by actor: AuditActor, on db: any Database) async throws {
        var validator = Validator()
        let name = validator.required("name", name, max: 200)
        let kind = HolidayKind(rawValue: kind ?? HolidayKind.lainnya.rawValue)
        if kind == nil { validator.add("kind", "validation.choice") }
        try validator.check()
        let holiday = try await Holiday.query(on: db).filter(\.$date == date.description).first() ?? Holiday()
        holiday.date = date.description
        holiday.name = name!
        holiday.kind = kind?.rawValue
        holiday.source = nil
        holiday.needsVerification = false
        try await holiday.save(on: db)
        try await AuditLog.record(
            AuditChange(entity: "holiday", entityID: date.description, action: "set", after: ["name": name!, "kind": kind!.rawValue]),
            by: actor, on: db)
    }

    /// Moves the holiday on `date` to `newDate` (a decree moved a collective leave day), keeping its name and kind.
    static func move(_ date: CalendarDate, to newDate: CalendarDate?, by actor: AuditActor, on db: any Database) async throws {
        guard let holiday = try await Holiday.query(on: db).filter(\.$date == date.description).first() else { throw AppError.notFound }
        guard let newDate else { throw AppError.validation([FieldError(field: "newDate", key: "validation.date")]) }
        guard newDate != date else { return }
        if try await Holiday.query(on: db).filter(\.$date == newDate.description).count() > 0 {
            throw AppError.validation([FieldError(field: "newDate", key: "validation.holiday_taken", arguments: [newDate.description])])
        }
        holiday.date = newDate.description
        holiday.needsVerification = false
        try await holiday.save(on: db)
        try await AuditLog.record(
            AuditChange(
                entity: "holiday", entityID: newDate.description, action: "move", before: ["date": date.description],
                after: ["date": newDate.description]), by: actor, on: db)
    }

    /// Removes the holiday on `date`.
    static func remove(_ date: CalendarDate, by actor: AuditActor, on db: any Database) async throws {
        try await Holiday.query(on: db).filter(\.$date == date.description).delete()
        try await AuditLog.record(AuditChange(entity: "holiday", entityID: date.description, action: "remove"), by: actor, on: db)
    }

    /// Marks every day of `year` as checked against its decree.
    static func verify(_ year: Int, by actor: AuditActor, on db: any Database) async throws {
        let count = try await inYear(year, on: db).filter(\.$needsVerification == true).count()
        try await inYear(year, on: db).filter(\.$needsVerification == true).set(\.$needsVerification, to: false).update()
        try await AuditLog.record(
            AuditChange(entity: "holiday", entityID: String(year), action: "verify", after: ["days": String(count)]), by: actor, on: db)
    }

    /// What loading a decree file changed.
    struct Loaded: Sendable, Equatable {
        var added = 0
        var changed = 0
        var unchanged = 0
    }

    /// Loads a decree's calendar: every day of `file` is set (added, or renamed and re-sourced
    /// where the date is already recorded); days of the year not in the file stay.
    static func load(_ file: HolidayCalendarFile, by actor: AuditActor, on db: any Database) async throws -> Loaded {
        let recorded = Dictionary(
            try await days(of: file.year, on: db).map { ($0.date, $0) }, uniquingKeysWith: { first, _ in first })
        var loaded = Loaded()
        for day in file.days {
            let holiday = recorded[day.date.description] ?? Holiday()
            let same =
                holiday.id != nil && holiday.name == day.name && holiday.kind == day.kind.rawValue && holiday.source == file.decree
                && holiday.needsVerification == file.needsVerification
            if same {
                loaded.unchanged += 1
                continue
            }
            if holiday.id == nil { loaded.added += 1 } else { loaded.changed += 1 }
            holiday.date = day.date.description
            holiday.name = day.name
            holiday.kind = day.kind.rawValue
            holiday.source = file.decree
            holiday.needsVerification = file.needsVerification
            try await holiday.save(on: db)
        }
        let record = try await HolidayCalendarLoad.query(on: db).filter(\.$year == file.year).first() ?? HolidayCalendarLoad()
        record.year = file.year
        record.decree = file.decree
        record.loadedAt = AppClock.current.now()
        try await record.save(on: db)
        try await AuditLog.record(
            AuditChange(
                entity: "holiday", entityID: String(file.year), action: "load",
                after: [
                    "decree": file.decree, "added": String(loaded.added), "changed": String(loaded.changed),
                    "needsVerification": String(file.needsVerification),
                ]), by: actor, on: db)
        return loaded
    }

    /// Loads the calendars shipped with SIZI for the years never loaded and still without any
    /// recorded day: a new installation knows its holidays from the first start, and a year the
    /// administrator has kept (or emptied) is left alone. Returns the years loaded.
    @discardableResult
    static func loadShipped(on db: any Database) async throws -> [Int] {
        var years: [Int] = []
        for file in try HolidayCalendarFile.bundled() {
            let loadedBefore = try await HolidayCalendarLoad.query(on: db).filter(\.$year == file.year).count() > 0
            guard !loadedBefore, try await days(of: file.year, on: db).isEmpty else { continue }
            _ = try await load(file, by: .system, on: db)
            years.append(file.year)
        }
        return years
    }
}
