import Fluent
import Foundation

/// One LKE evaluation of a unit for a year on one framework: the team's self-assessment,
/// then the TPI's review, then the TPI's conclusion (which locks it).
///
/// The score columns are a cache of the official answers (the TPI's where given, the
/// unit's otherwise), rewritten on every change, so that agency roll-ups read one row
/// per unit instead of scoring every answer again.
package final class Assessment: Model, @unchecked Sendable {
    package static let schema = "assessments"

    /// Where an assessment stands.
    enum Status: String, Codable, CaseIterable, Sendable {
        /// The unit's team is answering.
        case draft
        /// Handed to the TPI, who review question by question.
        case submitted
        /// The TPI concluded; nothing can change until it is re-opened.
        case concluded
    }

    /// The TPI's conclusion.
    enum Recommendation: String, Codable, CaseIterable, Sendable {
        /// Propose the unit to TPN.
        case usulkanTPN = "usulkan_tpn"
        /// The unit must improve first.
        case perluPerbaikan = "perlu_perbaikan"
    }

    @ID(key: .id) package var id: UUID?
    @Parent(key: "unit_id") var unit: WorkUnit
    @Field(key: "year") var year: Int
    @Field(key: "framework_id") var frameworkID: String
    @Enum(key: "status") var status: Status
    /// Whether the unit already holds Menuju WBK (needed for WBBM).
    @Field(key: "holds_wbk") var holdsWBK: Bool
    @OptionalEnum(key: "recommendation") var recommendation: Recommendation?
    @OptionalField(key: "conclusion_note") var conclusionNote: String?
    @OptionalField(key: "submitted_at") var submittedAt: Date?
    @OptionalField(key: "concluded_at") var concludedAt: Date?
    @Field(key: "score_total") var scoreTotal: Double
    @Field(key: "score_pengungkit") var scorePengungkit: Double
    @Field(key: "score_hasil") var scoreHasil: Double
    /// Per-area percentages of the official score, as JSON `{"1": 62.5, …}`.
    @Field(key: "area_percents") var areaPercentsJSON: String
    @Field(key: "eligible_wbk") var eligibleWBK: Bool
    @Field(key: "eligible_wbbm") var eligibleWBBM: Bool
    @Field(key: "answered_count") var answeredCount: Int
    @Field(key: "reviewed_count") var reviewedCount: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    package init() {}

    /// The per-area percentages.
    var areaPercents: [String: Double] { Self.areaPercents(from: areaPercentsJSON) }

    /// The per-area percentages stored as `area_percents`.
    static func areaPercents(from json: String) -> [String: Double] {
        (try? JSONDecoder().decode([String: Double].self, from: Data(json.utf8))) ?? [:]
    }
}

extension Assessment {
    /// Fluent's properties listed by hand: Fluent otherwise finds them by reflection on every row
    /// it reads or writes (``ModelPropertyListTests`` checks the list against reflection).
    package var properties: [any AnyProperty] {
        [
            $id, $unit, $year, $frameworkID, $status, $holdsWBK, $recommendation, $conclusionNote, $submittedAt, $concludedAt, $scoreTotal,
            $scorePengungkit, $scoreHasil, $areaPercentsJSON, $eligibleWBK, $eligibleWBBM, $answeredCount, $reviewedCount, $createdAt,
            $updatedAt,
        ]
    }
}

/// The unit's and the TPI's answer to one question of an assessment, with their notes.
final class AssessmentAnswer: Model, @unchecked Sendable {
    static let schema = "assessment_answers"

    @ID(key: .id) var id: UUID?
    @Parent(key: "assessment_id") var assessment: Assessment
    @Field(key: "question_id") var questionID: String
    /// The unit's answer as JSON (see `LKEAnswer`), nil while unanswered.
    @OptionalField(key: "self_answer") var selfAnswer: String?
    @OptionalField(key: "self_note") var selfNote: String?
    /// Where the evidence is (a placeholder until the evidence module links files).
    @OptionalField(key: "evidence_note") var evidenceNote: String?
    @OptionalField(key: "tpi_answer") var tpiAnswer: String?
    @OptionalField(key: "tpi_note") var tpiNote: String?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}

extension AssessmentAnswer {
    /// Fluent's properties listed by hand: Fluent otherwise finds them by reflection on every row
    /// it reads or writes (``ModelPropertyListTests`` checks the list against reflection).
    var properties: [any AnyProperty] {
        [$id, $assessment, $questionID, $selfAnswer, $selfNote, $evidenceNote, $tpiAnswer, $tpiNote, $updatedAt]
    }
}
