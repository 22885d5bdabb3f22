import Foundation

/// Decides whether a scored assessment meets each predicate of its framework.
///
/// Scores are compared on the scorer's decimals (see ``LKEExactResult``), exact to 20 places:
/// 74.99 is not 75, and 0.67 × 2.5 is 1.675, not a binary neighbour of it. A `node` condition
/// with a survey alternative holds when either the score or the raw survey value meets its
/// threshold. An `eachArea` condition is checked for every area and fails once per area.
public enum LKEPredicateEvaluator {
    /// Evaluates every predicate of `framework`; `held` lists the predicates the unit already
    /// holds (e.g. `["wbk"]` when applying for Menuju WBBM).
    public static func evaluate(_ score: LKEScore, framework: LKEFramework, held: Set<String> = []) -> [LKEPredicateResult] {
        framework.predicates.map { evaluate(score, rule: $0, framework: framework, held: held) }
    }

    /// Evaluates one predicate rule.
    public static func evaluate(
        _ score: LKEScore, rule: LKEPredicateRule, framework: LKEFramework, held: Set<String> = []
    ) -> LKEPredicateResult {
        let failures = rule.conditions.flatMap { conditionFailures(of: $0, score: score, framework: framework, held: held) }
        return LKEPredicateResult(predicate: rule.id, name: rule.name, eligible: failures.isEmpty, failures: failures)
    }

    /// The failures of one condition: empty when it holds.
    static func conditionFailures(
        of condition: LKECondition, score: LKEScore, framework: LKEFramework, held: Set<String>
    ) -> [LKEConditionFailure] {
        switch condition.scope {
        case .total:
            let threshold = condition.min ?? 0
            return Self.meets(score.exact.total, threshold)
                ? []
                : [
                    LKEConditionFailure(
                        code: condition.code, label: condition.label, unit: .score,
                        actual: score.total, threshold: threshold)
                ]
        case .node:
            let threshold = condition.min ?? 0
            let actual = condition.node.flatMap(score.score(of:)) ?? 0
            let exactActual = condition.node.flatMap { score.exact.nodeScores[$0] } ?? 0
            if Self.meets(exactActual, threshold) { return [] }
            let survey = condition.survey
            let surveyActual = survey.flatMap { score.surveyValues[$0.question] }
            if let survey, let surveyActual, Self.meets(Decimal(shortest: surveyActual), survey.min) { return [] }
            return [
                LKEConditionFailure(
                    code: condition.code, subject: condition.node, label: condition.label, unit: .score,
                    actual: actual, threshold: threshold, surveyActual: surveyActual, surveyThreshold: survey?.min)
            ]
        case .eachArea:
            let threshold = condition.minPercent ?? 0
            return score.areas.filter { !Self.meets(score.exact.areaPercents[$0.id] ?? 0, threshold) }.map { area in
                LKEConditionFailure(
                    code: condition.code, subject: area.id, label: "\(condition.label): \(area.name)",
                    unit: .percent, actual: area.percent, threshold: threshold)
            }
        case .heldPredicate:
            guard let target = condition.predicate, !held.contains(target) else { return [] }
            return [LKEConditionFailure(code: condition.code, subject: target, label: condition.label, unit: .flag)]
        }
    }

    /// `value ≥ threshold` on 20 decimals; the threshold is read at its decimal spelling (18.25 is
    /// 18.25). `Decimal` keeps 38 digits, so the only error left is the last digit of a repeating
    /// fraction (⅓ + ⅓ + ⅓ = 0.999…9), which rounding to 20 decimals removes.
    private static func meets(_ value: Decimal, _ threshold: Double) -> Bool {
        value.rounded(places: 20) >= Decimal(shortest: threshold)
    }
}
