import Vapor

/// The work of `sizi audit verify` and `sizi audit head`.
public enum AuditAdmin {
    /// The outcome of a verification, as the command prints it.
    public struct Report: Sendable {
        public let intact: Bool
        public let message: String
    }

    /// Verifies the chain; `anchor` is a `SEQ:HASH` printed earlier by ``head(_:)``.
    public static func verify(_ app: Application, anchor: String? = nil) async throws -> Report {
        var parsed: AuditVerifier.Anchor?
        if let anchor {
            guard let value = AuditVerifier.Anchor(anchor) else {
                throw CommandLineError("--anchor harus berbentuk SEQ:HASH seperti dicetak `sizi audit head` / must be SEQ:HASH")
            }
            parsed = value
        }
        switch try await AuditVerifier.verify(on: app.db, anchor: parsed) {
        case .intact(let entries):
            return Report(intact: true, message: "Jejak audit utuh / audit trail intact: \(entries) entries")
        case .broken(let seq, let reason):
            return Report(intact: false, message: "Jejak audit RUSAK pada baris / audit trail BROKEN at seq \(seq): \(reason)")
        }
    }

    /// The newest entry as `SEQ:HASH`, to keep outside the database (e.g. in the operator's log book).
    public static func head(_ app: Application) async throws -> String {
        guard let head = try await AuditVerifier.head(on: app.db) else { return "0:" + AuditLog.genesis }
        return "\(head.seq):\(head.hash)"
    }
}
