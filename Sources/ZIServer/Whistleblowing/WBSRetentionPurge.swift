import Fluent
import Vapor
import ZICore

/// Ends the retention of closed reports: once a report's purge day has come, its sealed
/// content, messages, notes, attachments (rows and ciphertext blobs), keyring and lookup
/// identifier are deleted — the receipt opens nothing any more — and only the clear metadata
/// (unit, status, days, status changes) stays for the statistics. Run daily (`sizi wbs purge`).
public enum WBSRetentionPurge {
    /// What a purge did (or would do, in a dry run).
    public struct Outcome: Sendable {
        public let reports: Int
        public let attachments: Int
    }

    /// Purges every report due on or before `today` (`YYYY-MM-DD`, WIB today by default); the
    /// audit trail names the command line as the actor.
    public static func run(_ app: Application, today: String? = nil, dryRun: Bool = false) async throws -> Outcome {
        let actor = AuditActor.commandLine()
        let day = today ?? app.clock.today().description
        let due = try await WBSReport.query(on: app.db).filter(\.$purgedOn == nil).filter(\.$purgeOn <= day).all()
        var attachments = 0
        for report in due {
            let reportID = report.id!
            let hashes = try await WBSAttachment.query(on: app.db).filter(\.$report.$id == reportID).all(\.$blobHash)
            attachments += hashes.count
            if dryRun { continue }
            let unit = try await UnitVisibility.unit(report.$unit.id, on: app.db)
            try await app.write { db in
                try await WBSAttachment.query(on: db).filter(\.$report.$id == reportID).delete()
                try await WBSEntry.query(on: db).filter(\.$report.$id == reportID).filter(\.$kind != .status).delete()
                report.sealedReport = nil
                report.keyring = nil
                report.lookupID = nil
                report.purgedOn = day
                report.awaitingHandler = false
                try await report.save(on: db)
                try await AuditLog.record(
                    "wbs_report", id: reportID, action: "purged", unit: unit, after: ["attachments": String(hashes.count)],
                    by: actor, on: db)
            }
            // After the commit, outside the transaction (the database blob store writes in its own).
            await WBSAttachmentRecords.removeBlobs(hashes, store: app.evidence.store)
        }
        return Outcome(reports: due.count, attachments: attachments)
    }
}
