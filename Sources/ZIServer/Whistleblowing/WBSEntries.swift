import Fluent
import FluentPostgresDriver
import Foundation
import SQLKit

/// Appends steps to a report's conversation, numbered in order within the report.
enum WBSEntries {
    /// The report, read afresh and locked until the caller's transaction ends: on PostgreSQL
    /// with `FOR UPDATE`, so two handlers acting at once see each other's status and get
    /// consecutive entry numbers (SQLite writes are serialised by the ``WriteGate`` anyway).
    static func lockedReport(_ reportID: UUID, on db: any Database) async throws -> WBSReport {
        if let sql = db as? any SQLDatabase, db is any PostgresDatabase {
            try await sql.raw("SELECT id FROM \(ident: WBSReport.schema) WHERE id = \(bind: reportID) FOR UPDATE").run()
        }
        guard let report = try await WBSReport.find(reportID, on: db) else { throw AppError.notFound }
        return report
    }

    /// Adds an entry to report `reportID`, inside the caller's transaction, after
    /// ``lockedReport(_:on:)``.
    @discardableResult
    static func append(
        _ kind: WBSEntry.Kind, to reportID: UUID, sealed: Data? = nil, from: String? = nil, to: String? = nil,
        author: UUID?, on db: any Database
    ) async throws -> WBSEntry {
        let last = try await WBSEntry.query(on: db).filter(\.$report.$id == reportID).max(\.$sequence)
        let entry = WBSEntry()
        entry.$report.id = reportID
        entry.sequence = (last ?? 0) + 1
        entry.kind = kind
        entry.$author.id = author
        entry.sealed = sealed
        entry.fromStatus = from
        entry.toStatus = to
        entry.createdOn = WBSDay.today()
        try await entry.create(on: db)
        return entry
    }
}
