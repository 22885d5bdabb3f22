import Fluent
import Foundation

/// A public holiday or collective leave day: not a working day for any working-day deadline.
final class Holiday: Model, @unchecked Sendable {
    static let schema = "holidays"

    @ID(key: .id) var id: UUID?
    /// `YYYY-MM-DD`.
    @Field(key: "date") var date: String
    @Field(key: "name") var name: String
    /// `HolidayKind` raw value; nil on days recorded before kinds were kept.
    @OptionalField(key: "kind") var kind: String?
    /// The decree the day comes from, or nil when an administrator entered it.
    @OptionalField(key: "source") var source: String?
    /// Whether the day was loaded from data not checked against the decree's text.
    @OptionalField(key: "needs_verification") var needsVerification: Bool?

    init() {}
}

/// A year's calendar loaded from a decree file (shipped or imported): a year loaded once is
/// never loaded again at start, so days the administrator removed stay removed.
final class HolidayCalendarLoad: Model, @unchecked Sendable {
    static let schema = "holiday_calendar_loads"

    @ID(key: .id) var id: UUID?
    @Field(key: "year") var year: Int
    @Field(key: "decree") var decree: String
    @Field(key: "loaded_at") var loadedAt: Date

    init() {}
}

/// Adds the kind and provenance of each holiday and the record of loaded calendars.
struct AddHolidayProvenance: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds one column per ALTER TABLE.
        try await database.schema(Holiday.schema).field("kind", .string).update()
        try await database.schema(Holiday.schema).field("source", .string).update()
        try await database.schema(Holiday.schema).field("needs_verification", .bool).update()
        try await database.schema(HolidayCalendarLoad.schema)
            .id()
            .field("year", .int, .required)
            .field("decree", .string, .required)
            .field("loaded_at", .datetime, .required)
            .unique(on: "year")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(HolidayCalendarLoad.schema).delete()
        for field in ["kind", "source", "needs_verification"] {
            try await database.schema(Holiday.schema).deleteField(.string(field)).update()
        }
    }
}
