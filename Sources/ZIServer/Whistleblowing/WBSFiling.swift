import Fluent
import Vapor
import ZICore

/// Files a whistleblowing report: a new receipt and its slow hash (one scrypt, through the
/// ``ScryptGate``), a new report key wrapped to the receipt and to every ready handler of the
/// unit, the report and its attachments sealed, and the rows written in one transaction. No
/// audit entry is written: the audit trail keeps exact times, and the reporter's moments must
/// not be traceable. Nothing about the reporter is logged.
enum WBSFiling {
    /// Files `report` with `uploads` for `unit`, readable by `handlers`; the receipt to show once.
    static func file(
        _ report: WhistleblowingReport, uploads: [EvidenceStorage.CheckedUpload], unit: WorkUnit,
        handlers: [WBSHandlerDirectory.Ready], app: Application
    ) async throws -> Receipt {
        let sealing = WBSAttachmentSealing(storage: app.evidence, threadPool: app.threadPool)
        guard !handlers.isEmpty else {
            uploads.forEach { PlaintextShredder.shred($0.file.url) }
            throw WBSError.notReady
        }
        let receipt = Receipt.generate()
        let secrets: ReceiptSecrets
        do {
            secrets = try await WBSReceiptSecrets.derive(receipt, app: app)
        } catch {
            uploads.forEach { PlaintextShredder.shred($0.file.url) }
            throw error
        }
        let reportKey = ReportKey.generate()
        let keyring = try StoredJSON.encode(ReportKeyring(reportKey: reportKey, receipt: secrets, handlers: handlers.map(\.publicKey)))
        let sealedReport = try reportKey.seal(report)
        let attachments = try await sealing.seal(uploads, reportKey: reportKey)
        let lookupID = Tokens.hex(secrets.lookupIdentifier)
        let today = AppClock.current.today().description
        let retention = app.settings.whistleblowing.retentionMonths
        do {
            try await app.write { db in
                let row = WBSReport()
                row.$unit.id = unit.id!
                row.lookupID = lookupID
                row.keyring = keyring
                row.sealedReport = sealedReport
                row.status = WhistleblowingStatus.baru.rawValue
                row.submittedOn = today
                row.statusSince = today
                row.retentionMonths = retention
                row.awaitingHandler = true
                try await row.create(on: db)
                for handler in handlers {
                    try await WBSReportHandler(reportID: row.id!, userID: handler.userID, on: today).create(on: db)
                }
                try await WBSAttachmentRecords.add(attachments, to: row.id!, entryID: nil, on: today, db: db)
            }
        } catch {
            await WBSAttachmentRecords.removeBlobs(attachments.map(\.blobHash), store: app.evidence.store)
            throw error
        }
        return receipt
    }
}
