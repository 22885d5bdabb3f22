import Fluent
import Foundation

/// One row of the append-only audit trail, hash-chained to the row before it.
final class AuditEntry: Model, @unchecked Sendable {
    static let schema = "audit_entries"

    @ID(key: .id) var id: UUID?
    /// Position in the chain, 1-based, without gaps.
    @Field(key: "seq") var seq: Int
    /// When, in milliseconds since 1970 (an integer, so it hashes the same on every database).
    @Field(key: "at_ms") var atMillis: Int64
    @OptionalField(key: "actor_id") var actorID: UUID?
    @Field(key: "actor_name") var actorName: String
    @OptionalField(key: "instansi_id") var instansiID: UUID?
    @OptionalField(key: "unit_id") var unitID: UUID?
    @Field(key: "entity") var entity: String
    @OptionalField(key: "entity_id") var entityID: String?
    @Field(key: "action") var action: String
    @OptionalField(key: "before_json") var beforeJSON: String?
    @OptionalField(key: "after_json") var afterJSON: String?
    @Field(key: "prev_hash") var prevHash: String
    @Field(key: "hash") var hash: String

    init() {}
}
