import Vapor

/// The `sizi audit verify` command's work.
public enum AuditAdmin {
    /// The outcome of a verification, as the command prints it.
    public struct Report: Sendable {
        public let intact: Bool
        public let message: String
    }

    public static func verify(_ app: Application) async throws -> Report {
        switch try await AuditVerifier.verify(on: app.db) {
        case .intact(let entries):
            return Report(intact: true, message: "Jejak audit utuh / audit trail intact: \(entries) entries")
        case .broken(let seq, let reason):
            return Report(intact: false, message: "Jejak audit RUSAK pada baris / audit trail BROKEN at seq \(seq): \(reason)")
        }
    }
}
