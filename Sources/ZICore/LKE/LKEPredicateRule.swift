/// A predicate a unit can be awarded (e.g. Menuju WBK) and the conditions it requires,
/// as stated in the framework file (PermenPANRB 90/2021 Lampiran II, Tabel 6).
public struct LKEPredicateRule: Codable, Sendable, Equatable {
    /// Stable id, e.g. `wbk`, `wbbm`.
    public var id: String
    /// Human name, e.g. `Menuju WBK`.
    public var name: String
    /// Every condition must hold for the predicate.
    public var conditions: [LKECondition]
}

/// One condition of a predicate. Which fields are required depends on ``scope``:
/// `total` and `node` need ``min`` (a score), `node` also ``node``; `eachArea` needs
/// ``minPercent``; `heldPredicate` needs ``predicate``.
public struct LKECondition: Codable, Sendable, Equatable {
    /// Stable machine code, e.g. `nilai-per-area`.
    public var code: String
    /// Human (Indonesian) label, as worded in the regulation.
    public var label: String
    public var scope: LKEConditionScope
    /// For scope `node`: the node whose score is checked.
    public var node: String?
    /// For scopes `total` and `node`: the minimum score.
    public var min: Double?
    /// For scope `eachArea`: the minimum score of every area, in percent of its weight.
    public var minPercent: Double?
    /// For scope `heldPredicate`: the predicate the unit must already hold.
    public var predicate: String?
    /// For scope `node`: the same threshold expressed as a raw survey value; meeting either suffices.
    public var survey: LKESurveyAlternative?

    public init(
        code: String, label: String, scope: LKEConditionScope, node: String? = nil, min: Double? = nil,
        minPercent: Double? = nil, predicate: String? = nil, survey: LKESurveyAlternative? = nil
    ) {
        self.code = code
        self.label = label
        self.scope = scope
        self.node = node
        self.min = min
        self.minPercent = minPercent
        self.predicate = predicate
        self.survey = survey
    }
}

/// What a condition measures.
public enum LKEConditionScope: String, Codable, Sendable {
    /// The total score.
    case total
    /// The score of one node.
    case node
    /// Every area's score relative to its weight (area = all its parts across kriteria).
    case eachArea
    /// A predicate the unit must already hold (Menuju WBBM requires Menuju WBK).
    case heldPredicate
}

/// A survey-value form of a score threshold, e.g. IPAK ≥ 3.60 for a score ≥ 15.75.
public struct LKESurveyAlternative: Codable, Sendable, Equatable {
    /// The survey question (answer type `Nilai (0-4)`).
    public var question: String
    /// The minimum raw survey value.
    public var min: Double
}
