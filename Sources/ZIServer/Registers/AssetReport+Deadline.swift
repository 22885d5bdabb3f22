import Fluent
import ZICore

extension AssetReport {
    /// Why the report is due; a row recorded before kinds were kept is the periodic report.
    var reportKind: AssetReportKind { kind.flatMap(AssetReportKind.init(rawValue:)) ?? .periodik }

    /// The due date (``AssetReportDeadline``), or nil while an appointment or leaving has no date.
    var dueOn: CalendarDate? {
        AssetReportDeadline.due(year: year, kind: reportKind, eventOn: eventOn.flatMap(CalendarDate.init(iso:)))
    }

    /// Whether it was filed after its due date.
    var isLate: Bool {
        guard let filed = filedOn.flatMap(CalendarDate.init(iso:)) else { return false }
        return !AssetReportDeadline.isOnTime(filedOn: filed, due: dueOn)
    }
}

/// Adds why each asset report is due (periodic, appointment, leaving) and the day it runs from.
struct AddAssetReportDeadlines: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds one column per ALTER TABLE.
        try await database.schema(AssetReport.schema).field("kind", .string).update()
        try await database.schema(AssetReport.schema).field("event_on", .string).update()
    }

    func revert(on database: any Database) async throws {
        for field in ["kind", "event_on"] { try await database.schema(AssetReport.schema).deleteField(.string(field)).update() }
    }
}
