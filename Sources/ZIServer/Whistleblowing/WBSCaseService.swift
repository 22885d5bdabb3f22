import Fluent
import Vapor
import ZICore

/// What a handler does with a report they opened: move its status (closing needs a reason,
/// which the reporter reads), write to the reporter (a message or a question), keep internal
/// notes, add or remove a handler (re-wrapping the report key), and set its retention. Text is
/// sealed under the report key before it reaches the database; the audit trail records who did
/// what to which report, never the text.
enum WBSCaseService {
    /// The report with everything its handlers may see.
    static func detail(_ opened: WBSCaseAccess.Opened, on db: any Database) async throws -> WBSReportDetailDTO {
        guard let sealed = opened.report.sealedReport, let report = try? opened.key.open(WhistleblowingReport.self, from: sealed) else {
            throw WBSError.damaged
        }
        let conversation = try await WBSConversation.load(opened.report, key: opened.key, for: .handler, on: db)
        let handlers = try await WBSReportHandler.query(on: db).filter(\.$report.$id == opened.report.id!).with(\.$user).all()
        let status = WhistleblowingStatus(rawValue: opened.report.status) ?? .baru
        return WBSReportDetailDTO(
            summary: WBSReportSummaryDTO(opened.report, unit: opened.unit, title: report.title, isRecipient: true),
            content: WBSReportContentDTO(report), attachments: conversation.reportAttachments, entries: conversation.entries,
            handlers: handlers.map(\.user.displayName).sorted(), next: status.next.map(\.rawValue),
            closedOn: opened.report.closedOn.map(WBSDay.text), retentionMonths: opened.report.retentionMonths,
            purgeOn: opened.report.purgeOn.map(WBSDay.text))
    }

    /// Moves the report to `status`; a closing status needs `reason`, sent to the reporter.
    static func move(
        _ opened: WBSCaseAccess.Opened, to status: String?, reason: String?, by current: CurrentUser,
        app: Application
    ) async throws {
        var validator = Validator()
        let target = WhistleblowingStatus(rawValue: status ?? "")
        if target == nil { validator.add("status", "validation.choice") }
        let reason = target?.needsReason == true ? validator.required("reason", reason, max: 5000) : nil
        try validator.check()
        let sealedReason = try reason.map { reason in
            try opened.key.seal(
                WhistleblowingMessage(
                    author: .handler, kind: .message, text: "\(app.documentNames(target!)): \(reason)", sentAt: AppClock.current.now())
            )
        }
        let (unit, reportID) = (opened.unit, opened.report.id!)
        try await app.write { db in
            let report = try await WBSEntries.lockedReport(reportID, on: db)
            let from = WhistleblowingStatus(rawValue: report.status) ?? .baru
            guard from.next.contains(target!) else { throw WBSError.transition(from: from) }
            try await WBSEntries.append(.status, to: report.id!, from: from.rawValue, to: target!.rawValue, author: current.id, on: db)
            if let sealedReason { try await WBSEntries.append(.message, to: report.id!, sealed: sealedReason, author: current.id, on: db) }
            let today = AppClock.current.today()
            report.status = target!.rawValue
            report.statusSince = today.description
            if target!.isClosed {
                report.closedOn = today.description
                report.purgeOn = WhistleblowingRetention.purgeDate(closedOn: today, months: report.retentionMonths).description
            }
            report.awaitingHandler = false
            try await report.save(on: db)
            try await AuditLog.record(
                "wbs_report", id: report.id, action: "status", unit: unit,
                after: ["from": from.rawValue, "to": target!.rawValue], by: current.actor, on: db)
        }
    }

    /// Writes to the reporter: a message, or a question (`kind=question`) they are asked to answer.
    static func write(_ opened: WBSCaseAccess.Opened, text: String?, kind: String?, by current: CurrentUser, app: Application) async throws
    {
        let text = try requiredText(text, field: "text")
        let kind: WhistleblowingMessage.Kind = kind == WhistleblowingMessage.Kind.question.rawValue ? .question : .message
        let sealed = try opened.key.seal(WhistleblowingMessage(author: .handler, kind: kind, text: text, sentAt: AppClock.current.now()))
        try await append(.message, sealed: sealed, action: kind == .question ? "question" : "message", opened, by: current, app: app) {
            report in
            report.awaitingHandler = false
        }
    }

    /// Keeps an internal note, which the reporter's pages never show.
    static func note(_ opened: WBSCaseAccess.Opened, text: String?, by current: CurrentUser, app: Application) async throws {
        let note = WhistleblowingInternalNote(
            text: try requiredText(text, field: "noteText"), author: current.user.displayName, writtenAt: AppClock.current.now())
        try await append(.note, sealed: try opened.key.seal(note), action: "note", opened, by: current, app: app) { _ in }
    }

    /// Wraps the report key for another ready handler of the unit.
    static func addHandler(_ opened: WBSCaseAccess.Opened, userID: UUID?, by current: CurrentUser, app: Application) async throws {
        let ready = try await WBSHandlerDirectory.ready(for: opened.unit, on: app.db)
        guard let handler = ready.first(where: { $0.userID == userID }) else {
            throw AppError.validation([FieldError(field: "userID", key: "validation.wbs_handler")])
        }
        let (grantor, reportID) = (CryptoBox(opened.handlerKey), opened.report.id!)
        try await changeKeyring(opened, action: "handler_added", userID: handler.userID, by: current, app: app) { keyring, db in
            try keyring.addHandler(handler.publicKey, grantedBy: grantor.value)
            if try await WBSReportHandler.query(on: db).filter(\.$report.$id == reportID).filter(\.$user.$id == handler.userID).first()
                == nil
            {
                try await WBSReportHandler(reportID: reportID, userID: handler.userID, on: WBSDay.today()).create(on: db)
            }
        }
    }

    /// Removes a handler's copy of the report key (a reassignment); never the last one.
    static func removeHandler(_ opened: WBSCaseAccess.Opened, userID: UUID?, by current: CurrentUser, app: Application) async throws {
        guard let userID, let keys = try await WBSKeyService.keys(of: userID, on: app.db),
            let publicKey = try? HandlerPublicKey(rawRepresentation: keys.publicKey)
        else {
            throw AppError.validation([FieldError(field: "removeUserID", key: "validation.wbs_handler")])
        }
        let reportID = opened.report.id!
        try await changeKeyring(opened, action: "handler_removed", userID: userID, by: current, app: app) { keyring, db in
            do {
                try keyring.removeHandler(publicKey)
            } catch {
                throw WBSError.lastHandler
            }
            try await WBSReportHandler.query(on: db).filter(\.$report.$id == reportID).filter(\.$user.$id == userID).delete()
        }
    }

    /// Sets how many months the content is kept after closing (1–120).
    static func setRetention(_ opened: WBSCaseAccess.Opened, months text: String?, by current: CurrentUser, app: Application) async throws {
        guard let months = text.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }), WhistleblowingRetention.months.contains(months)
        else {
            throw AppError.validation([
                FieldError(
                    field: "months", key: "validation.wbs_retention",
                    arguments: [
                        String(WhistleblowingRetention.months.lowerBound),
                        String(WhistleblowingRetention.months.upperBound),
                    ])
            ])
        }
        let (unit, reportID) = (opened.unit, opened.report.id!)
        try await app.write { db in
            let report = try await WBSEntries.lockedReport(reportID, on: db)
            report.retentionMonths = months
            report.purgeOn = report.closedOn.flatMap(CalendarDate.init(iso:))
                .map { WhistleblowingRetention.purgeDate(closedOn: $0, months: months).description }
            try await report.save(on: db)
            try await AuditLog.record(
                "wbs_report", id: report.id, action: "retention", unit: unit, after: ["months": String(months)],
                by: current.actor, on: db)
        }
    }

    private static func requiredText(_ text: String?, field: String) throws -> String {
        var validator = Validator()
        let checked = validator.required(field, text, max: 10_000)
        try validator.check()
        return checked!
    }

    /// Appends one sealed entry, lets `change` adjust the report, and audits `action`.
    private static func append(
        _ kind: WBSEntry.Kind, sealed: Data, action: String, _ opened: WBSCaseAccess.Opened, by current: CurrentUser,
        app: Application, change: @escaping @Sendable (WBSReport) -> Void
    ) async throws {
        let (unit, reportID) = (opened.unit, opened.report.id!)
        try await app.write { db in
            let report = try await WBSEntries.lockedReport(reportID, on: db)
            try await WBSEntries.append(kind, to: report.id!, sealed: sealed, author: current.id, on: db)
            change(report)
            try await report.save(on: db)
            try await AuditLog.record("wbs_report", id: report.id, action: action, unit: unit, after: [:], by: current.actor, on: db)
        }
    }

    /// Changes the stored keyring (read afresh under the report's lock) and audits `action` for `userID`.
    private static func changeKeyring(
        _ opened: WBSCaseAccess.Opened, action: String, userID: UUID, by current: CurrentUser, app: Application,
        _ change: @escaping @Sendable (inout ReportKeyring, any Database) async throws -> Void
    ) async throws {
        let (unit, reportID) = (opened.unit, opened.report.id!)
        try await app.write { db in
            let report = try await WBSEntries.lockedReport(reportID, on: db)
            guard let stored = report.keyring else { throw WBSError.purged }
            var keyring = try StoredJSON.decode(ReportKeyring.self, from: stored)
            try await change(&keyring, db)
            report.keyring = try StoredJSON.encode(keyring)
            try await report.save(on: db)
            try await AuditLog.record(
                "wbs_report", id: report.id, action: action, unit: unit, after: ["user": userID.uuidString],
                by: current.actor, on: db)
        }
    }
}
