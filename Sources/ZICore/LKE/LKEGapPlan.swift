/// The cheapest way to become eligible for a predicate by improving option answers.
public struct LKEGapPlan: Codable, Sendable, Equatable {
    /// The target predicate's id, e.g. `wbk`.
    public let predicate: String
    /// Whether option upgrades can make the assessment eligible; if not, see ``blockers``.
    public let reachable: Bool
    /// The upgrades, in document order; empty when already eligible or unreachable.
    public let upgrades: [LKEAnswerUpgrade]
    /// The total number of option steps (the minimum possible).
    public let steps: Int
    /// The score gained (the largest among all plans with the minimum number of steps).
    public let gain: Double
    /// The total score after the upgrades.
    public let projectedTotal: Double
    /// The conditions no option upgrade can meet (survey too low, predicate not held, …).
    public let blockers: [LKEConditionFailure]
}

/// One answer to improve: from its current option (`nil` = unanswered) to a better one.
public struct LKEAnswerUpgrade: Codable, Sendable, Equatable {
    public let question: String
    public let from: String?
    public let to: String
    /// Option steps taken (C → A is two steps; unanswered counts as the worst option).
    public let steps: Int
    /// The score this upgrade adds.
    public let gain: Double
}

/// Why a gap analysis could not run.
public enum LKEGapAnalysisError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The framework has no predicate with this id.
    case unknownPredicate(String)
    /// Two conditions cover overlapping question sets without one containing the other,
    /// which the exact algorithm does not support.
    case overlappingConditions(String, String)

    public var description: String {
        switch self {
        case .unknownPredicate(let id): "unknown predicate \"\(id)\""
        case .overlappingConditions(let a, let b): "conditions \(a) and \(b) overlap without nesting; gap analysis needs nested conditions"
        }
    }
}
