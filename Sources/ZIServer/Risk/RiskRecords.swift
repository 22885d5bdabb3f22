import Fluent
import Foundation

/// A risk of a unit's SPIP register (manajemen risiko) for one year: the objective it threatens,
/// what may happen, why and with what effect, its rating before controls and — once the existing
/// controls and planned actions are weighed — after them. Deleted softly (`deleted_at`), audited.
///
/// Scores are stored with the ratings so the register filters by level (a band of scores) and
/// sorts by score in SQL; the level itself is always read from the matrix.
package final class Risk: Model, @unchecked Sendable {
    package static let schema = "risks"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "unit_id") var unit: WorkUnit
    @Field(key: "year") var year: Int
    /// The objective (sasaran) the risk threatens.
    @Field(key: "objective") var objective: String
    /// The risk event (pernyataan risiko).
    @Field(key: "statement") var statement: String
    @Field(key: "cause") var cause: String
    @Field(key: "effect") var effect: String
    @Field(key: "likelihood") var likelihood: Int
    @Field(key: "impact") var impact: Int
    @Field(key: "score") var score: Int
    /// The controls already in place (pengendalian yang ada).
    @OptionalField(key: "existing_controls") var existingControls: String?
    @OptionalField(key: "residual_likelihood") var residualLikelihood: Int?
    @OptionalField(key: "residual_impact") var residualImpact: Int?
    @OptionalField(key: "residual_score") var residualScore: Int?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Timestamp(key: "deleted_at", on: .delete) var deletedAt: Date?

    package init() {}
}

/// A planned control action (rencana tindak pengendalian) of a risk: what will be done, by whom
/// (a user of the unit or a name as written) and by when.
final class RiskControlAction: Model, @unchecked Sendable {
    static let schema = "risk_control_actions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "risk_id") var risk: Risk
    @Field(key: "description") var description: String
    @OptionalParent(key: "owner_id") var owner: User?
    @OptionalField(key: "owner_name") var ownerName: String?
    /// `YYYY-MM-DD`.
    @OptionalField(key: "due_on") var dueOn: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}

/// The monitoring of a risk in one quarter (Triwulan I–IV of the register's year): the status of
/// each control action, a note, and the residual rating at that time.
final class RiskMonitoring: Model, @unchecked Sendable {
    static let schema = "risk_monitorings"

    @ID(key: .id) var id: UUID?
    @Parent(key: "risk_id") var risk: Risk
    /// 1 … 4.
    @Field(key: "quarter") var quarter: Int
    @OptionalField(key: "note") var note: String?
    @Field(key: "residual_likelihood") var residualLikelihood: Int
    @Field(key: "residual_impact") var residualImpact: Int
    /// Control action id → `FollowUpStatus` raw value, as JSON text.
    @Field(key: "action_statuses") var actionStatusesJSON: String
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}

    /// The status of each control action, by its id.
    var actionStatuses: [UUID: String] {
        get {
            let decoded = (try? JSONDecoder().decode([String: String].self, from: Data(actionStatusesJSON.utf8))) ?? [:]
            return Dictionary(uniqueKeysWithValues: decoded.compactMap { key, value in UUID(uuidString: key).map { ($0, value) } })
        }
        set {
            let text = Dictionary(uniqueKeysWithValues: newValue.map { ($0.key.uuidString, $0.value) })
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            actionStatusesJSON = String(decoding: (try? encoder.encode(text)) ?? Data("{}".utf8), as: UTF8.self)
        }
    }
}
