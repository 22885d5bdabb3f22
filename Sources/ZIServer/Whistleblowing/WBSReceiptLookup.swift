import Fluent
import Vapor
import ZICore

/// Opens a report with the receipt its reporter typed. Every attempt does the same work — one
/// scrypt and one database lookup — and every failure ends in the same
/// ``WBSError/unknownReceipt``: a malformed receipt is derived as a placeholder and looked up
/// like any other, a wrong one finds nothing, and a purged report has no lookup identifier left.
enum WBSReceiptLookup {
    /// A report opened by its reporter.
    struct Opened {
        let report: WBSReport
        let key: ReportKey
    }

    /// The longest text accepted as a receipt (longer is malformed, but still costs the same).
    static let maxTypedLength = 64

    /// Stands in for a malformed receipt, so it costs the same; whatever it finds is ignored.
    private static let placeholder = try! Receipt("0000 0000 0000 0000")

    static func open(_ typed: String, app: Application) async throws -> Opened {
        let parsed = typed.count <= maxTypedLength ? try? Receipt(typed) : nil
        let secrets = try await WBSReceiptSecrets.derive(parsed ?? placeholder, app: app)
        let report = try await WBSReport.query(on: app.db).filter(\.$lookupID == Tokens.hex(secrets.lookupIdentifier)).first()
        guard parsed != nil, let report, let stored = report.keyring,
            let key = try? StoredJSON.decode(ReportKeyring.self, from: stored).reportKey(receipt: secrets)
        else {
            throw WBSError.unknownReceipt
        }
        return Opened(report: report, key: key)
    }
}
