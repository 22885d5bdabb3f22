import Crypto
import Fluent
import FluentPostgresDriver
import Foundation
import SQLKit

/// Who made a change: a logged-in user, the command line, or the system itself.
package struct AuditActor: Sendable {
    let id: UUID?
    let name: String

    static let system = AuditActor(id: nil, name: "system")
    package static func commandLine() -> AuditActor {
        AuditActor(id: nil, name: "cli:\(ProcessInfo.processInfo.environment["USER"] ?? "unknown")")
    }
}

/// One change to record: what happened to which entity, with its state before and after.
struct AuditChange: Sendable {
    var entity: String
    var entityID: String?
    var action: String
    var instansiID: UUID?
    var unitID: UUID?
    var before: (any Encodable & Sendable)?
    var after: (any Encodable & Sendable)?
}

/// Appends entries to the hash-chained audit trail, inside the caller's transaction.
enum AuditLog {
    /// The hash before the first entry.
    static let genesis = String(repeating: "0", count: 64)

    static func record(_ change: AuditChange, by actor: AuditActor, on db: any Database, at now: Date = AppClock.current.now()) async throws
    {
        if let sql = db as? any SQLDatabase, db is any PostgresDatabase {
            // Serialises chain appends across all SIZI instances until this transaction ends.
            try await sql.raw("SELECT pg_advisory_xact_lock(727274)").run()
        }
        let last = try await tip(on: db)
        let entry = AuditEntry()
        entry.seq = (last?.seq ?? 0) + 1
        entry.atMillis = Int64((now.timeIntervalSince1970 * 1000).rounded(.down))
        entry.actorID = actor.id
        entry.actorName = actor.name
        entry.instansiID = change.instansiID
        entry.unitID = change.unitID
        entry.entity = change.entity
        entry.entityID = change.entityID
        entry.action = change.action
        entry.beforeJSON = try change.before.map(canonicalJSON)
        entry.afterJSON = try change.after.map(canonicalJSON)
        entry.prevHash = last?.hash ?? genesis
        entry.hash = hash(of: entry)
        try await insert(entry, on: db)
    }

    /// The newest entry's number and hash. Every change of every user appends here, so it is
    /// read with plain SQL rather than through the model (which reflects over all its fields).
    private static func tip(on db: any Database) async throws -> (seq: Int, hash: String)? {
        struct Tip: Decodable {
            let seq: Int
            let hash: String
        }
        let row = try await (db as! any SQLDatabase).select().column("seq").column("hash").from(AuditEntry.schema)
            .orderBy("seq", .descending).limit(1).first(decoding: Tip.self)
        return row.map { ($0.seq, $0.hash) }
    }

    /// Inserts `entry` with plain SQL (see ``tip(on:)``).
    private static func insert(_ entry: AuditEntry, on db: any Database) async throws {
        try await (db as! any SQLDatabase).insert(into: AuditEntry.schema)
            .columns(
                "id", "seq", "at_ms", "actor_id", "actor_name", "instansi_id", "unit_id", "entity", "entity_id", "action",
                "before_json", "after_json", "prev_hash", "hash"
            )
            .values(
                SQLBind(UUID()), SQLBind(entry.seq), SQLBind(entry.atMillis), SQLBind(entry.actorID), SQLBind(entry.actorName),
                SQLBind(entry.instansiID), SQLBind(entry.unitID), SQLBind(entry.entity), SQLBind(entry.entityID),
                SQLBind(entry.action), SQLBind(entry.beforeJSON), SQLBind(entry.afterJSON), SQLBind(entry.prevHash),
                SQLBind(entry.hash)
            )
            .run()
    }

    /// The hash of an entry over every field but its own hash and id.
    static func hash(of entry: AuditEntry) -> String {
        let fields: [String] = [
            String(entry.seq), String(entry.atMillis),
            entry.actorID?.uuidString ?? "", entry.actorName,
            entry.instansiID?.uuidString ?? "", entry.unitID?.uuidString ?? "",
            entry.entity, entry.entityID ?? "", entry.action,
            entry.beforeJSON ?? "", entry.afterJSON ?? "", entry.prevHash,
        ]
        // Length-prefixing keeps "ab"+"c" and "a"+"bc" apart.
        let canonical = fields.map { "\($0.utf8.count):\($0)" }.joined(separator: "|")
        return Tokens.hex(SHA256.hash(data: Data(canonical.utf8)))
    }

    private static func canonicalJSON(_ value: any Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
