import Fluent
import SQLKit

/// Moves complaint handling to SP4N-LAPOR!'s limits: a unit's four stage limits become one for
/// verification and forwarding and one for the follow-up (a unit that kept the old defaults
/// 3/2/2/5 gets 3/5; one that chose its own keeps the same total per part), plus the
/// investigation track and the reporter's silence; complaints gain their track and the days
/// their parts ended.
struct AlignComplaintsWithLapor: AsyncMigration {
    private static let complaintColumns = ["track_reason", "forwarded_on", "answered_on", "awaiting_reporter_since"]

    func prepare(on database: any Database) async throws {
        let standard = ComplaintDeadlinesColumns.standard
        // One column per statement: SQLite adds one column per ALTER TABLE.
        for (column, value) in standard {
            try await database.schema(ComplaintSettings.schema).field(.string(column), .int, .required, .sql(.default(value))).update()
        }
        let sql = database as! any SQLDatabase
        try await sql.raw(
            """
            UPDATE complaint_settings SET follow_up_days = start_days + finish_days, verify_days = verify_days + assign_days
            WHERE NOT (verify_days = 3 AND assign_days = 2 AND start_days = 2 AND finish_days = 5)
            """
        ).run()
        for column in ["assign_days", "start_days", "finish_days"] {
            try await database.schema(ComplaintSettings.schema).deleteField(.string(column)).update()
        }
        try await database.schema(Complaint.schema).field("track", .string, .required, .sql(.default("biasa"))).update()
        for column in Self.complaintColumns { try await database.schema(Complaint.schema).field(.string(column), .string).update() }
        // Complaints past verification count as forwarded on the day they entered their status;
        // finished ones as answered on the day they were closed (when they were forwarded is
        // not recorded as a day, so their follow-up is judged from receipt).
        try await sql.raw(
            """
            UPDATE complaints SET forwarded_on = status_since WHERE status IN ('didisposisikan', 'diproses', 'ditolak', 'dialihkan')
            """
        ).run()
        try await sql.raw("UPDATE complaints SET answered_on = closed_on WHERE status = 'selesai'").run()
    }

    func revert(on database: any Database) async throws {
        for column in ["track"] + Self.complaintColumns {
            try await database.schema(Complaint.schema).deleteField(.string(column)).update()
        }
        for column in ["assign_days", "start_days", "finish_days"] {
            try await database.schema(ComplaintSettings.schema).field(.string(column), .int, .required, .sql(.default(2))).update()
        }
        for (column, _) in ComplaintDeadlinesColumns.standard {
            try await database.schema(ComplaintSettings.schema).deleteField(.string(column)).update()
        }
    }
}

/// The settings columns this migration adds, with their defaults.
private enum ComplaintDeadlinesColumns {
    static let standard: [(String, Int)] = [
        ("follow_up_days", 5), ("investigation_days", 60), ("reporter_silence_days", 10),
    ]
}
