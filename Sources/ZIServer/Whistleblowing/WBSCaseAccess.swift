import Fluent
import Vapor
import ZICore

/// Checks, on every handler route, that the requester may read the report named by the route:
/// the report's unit grants them `handleWhistleblowing` (403 otherwise — an administrator
/// included), their keys are made (409), their key is unlocked in this session, which needed a
/// TOTP code (423), the content was not purged (410), and the report's key is wrapped for them
/// (403). Only then is the report key opened, in memory.
enum WBSCaseAccess {
    /// A report opened by one of its handlers.
    struct Opened {
        let report: WBSReport
        let unit: WorkUnit
        let keyring: ReportKeyring
        let key: ReportKey
        let handlerKey: HandlerPrivateKey
    }

    /// The requester's unlocked private key, once they hold the permission somewhere.
    static func handlerKey(_ req: Request) async throws -> HandlerPrivateKey {
        let current = try req.currentUser()
        guard let keys = try await WBSKeyService.keys(of: current.id, on: req.db), keys.totpConfirmed else { throw WBSError.keysMissing }
        guard let key = req.application.wbsKeyVault.key(for: current) else { throw WBSError.locked }
        return key
    }

    /// The report of the route's `reportID`, opened for the requester.
    static func open(_ req: Request) async throws -> Opened {
        let (report, unit) = try await req.unitRecord(WBSReport.self, "reportID", requiring: .handleWhistleblowing)
        let handlerKey = try await handlerKey(req)
        guard report.purgedOn == nil, let stored = report.keyring else { throw WBSError.purged }
        let keyring = try StoredJSON.decode(ReportKeyring.self, from: stored)
        do {
            return Opened(
                report: report, unit: unit, keyring: keyring, key: try keyring.reportKey(handler: handlerKey), handlerKey: handlerKey)
        } catch WhistleblowingError.notARecipient {
            throw WBSError.notRecipient
        } catch {
            throw WBSError.damaged
        }
    }

    /// The units the requester handles (403 when none) and their reports, newest first, with
    /// the title where the requester holds the key.
    static func list(_ req: Request) async throws -> [WBSReportSummaryDTO] {
        let units = try await WBSHandlerDirectory.units(for: req)
        guard !units.isEmpty else { throw AppError.forbidden }
        let handlerKey = try await handlerKey(req)
        let byID = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0) })
        let reports = try await WBSReport.query(on: req.db).filter(\.$unit.$id ~~ Array(byID.keys))
            .sort(\.$submittedOn, .descending).range(0..<500).all()
        return reports.map { report in
            let key = report.keyring.flatMap { try? StoredJSON.decode(ReportKeyring.self, from: $0).reportKey(handler: handlerKey) }
            let title = key.flatMap { key in report.sealedReport.flatMap { try? key.open(WhistleblowingReport.self, from: $0).title } }
            return WBSReportSummaryDTO(report, unit: byID[report.$unit.id]!, title: title, isRecipient: key != nil)
        }
    }
}

extension WBSReport: UnitRecord { var unitID: UUID { $unit.id } }
