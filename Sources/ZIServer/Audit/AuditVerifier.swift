import Fluent

/// Walks the audit chain and reports the first row whose hash or link does not hold.
enum AuditVerifier {
    /// The outcome of a verification.
    enum Result: Equatable, Sendable {
        case intact(entries: Int)
        case broken(seq: Int, reason: String)
    }

    static func verify(on db: any Database, batchSize: Int = 1000) async throws -> Result {
        var previousHash = AuditLog.genesis
        var expectedSeq = 1
        while true {
            let batch = try await AuditEntry.query(on: db)
                .filter(\.$seq >= expectedSeq)
                .sort(\.$seq)
                .limit(batchSize)
                .all()
            if batch.isEmpty { return .intact(entries: expectedSeq - 1) }
            for entry in batch {
                if entry.seq != expectedSeq {
                    return .broken(seq: expectedSeq, reason: "entry missing (next is \(entry.seq))")
                }
                if entry.prevHash != previousHash {
                    return .broken(seq: entry.seq, reason: "link to previous entry does not match")
                }
                if AuditLog.hash(of: entry) != entry.hash {
                    return .broken(seq: entry.seq, reason: "content does not match its hash")
                }
                previousHash = entry.hash
                expectedSeq += 1
            }
        }
    }
}
