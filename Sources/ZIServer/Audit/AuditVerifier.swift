import Fluent

/// Walks the audit chain and reports the first row whose hash or link does not hold.
///
/// The chain alone cannot show that its newest rows were cut off. An operator who keeps
/// the head (`sizi audit head`) somewhere else can pass it back as an anchor: the row must
/// still be there with the same hash.
enum AuditVerifier {
    /// A chain position recorded outside the database: `SEQ:HASH`.
    struct Anchor: Equatable, Sendable {
        let seq: Int
        let hash: String

        init(seq: Int, hash: String) {
            self.seq = seq
            self.hash = hash
        }

        /// Parses `SEQ:HASH` as printed by `sizi audit head`.
        init?(_ text: String) {
            let parts = text.split(separator: ":")
            guard parts.count == 2, let seq = Int(parts[0]), seq > 0, parts[1].count == 64 else { return nil }
            self.init(seq: seq, hash: String(parts[1]).lowercased())
        }
    }

    /// The outcome of a verification.
    enum Result: Equatable, Sendable {
        case intact(entries: Int)
        case broken(seq: Int, reason: String)
    }

    static func verify(on db: any Database, anchor: Anchor? = nil, batchSize: Int = 1000) async throws -> Result {
        var previousHash = AuditLog.genesis
        var expectedSeq = 1
        while true {
            let batch = try await AuditEntry.query(on: db)
                .filter(\.$seq >= expectedSeq)
                .sort(\.$seq)
                .limit(batchSize)
                .all()
            if batch.isEmpty {
                if let anchor, anchor.seq >= expectedSeq {
                    return .broken(seq: anchor.seq, reason: "anchored entry is gone: the newest entries were removed")
                }
                return .intact(entries: expectedSeq - 1)
            }
            for entry in batch {
                if let anchor, entry.seq == anchor.seq, entry.hash != anchor.hash {
                    return .broken(seq: entry.seq, reason: "entry differs from the anchor kept outside the database")
                }
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

    /// The newest entry's position, to keep outside the database as an anchor.
    static func head(on db: any Database) async throws -> Anchor? {
        try await AuditEntry.query(on: db).sort(\.$seq, .descending).first().map { Anchor(seq: $0.seq, hash: $0.hash) }
    }
}
