/// Decides whether a scored assessment meets each predicate of its framework.
///
/// Scores are compared with a tolerance of 1e-9 (see ``LKEPrecision``). A `node` condition
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
            return LKEPrecision.meets(score.total, threshold)
                ? []
                : [
                    LKEConditionFailure(
                        code: condition.code, label: condition.label, unit: .score,
                        actual: score.total, threshold: threshold)
                ]
        case .node:
            let threshold = condition.min ?? 0
            let actual = condition.node.flatMap(score.score(of:)) ?? 0
            if LKEPrecision.meets(actual, threshold) { return [] }
            let survey = condition.survey
            let surveyActual = survey.flatMap { score.surveyValues[$0.question] }
            if let survey, let surveyActual, LKEPrecision.meets(surveyActual, survey.min) { return [] }
            return [
                LKEConditionFailure(
                    code: condition.code, subject: condition.node, label: condition.label, unit: .score,
                    actual: actual, threshold: threshold, surveyActual: surveyActual, surveyThreshold: survey?.min)
            ]
        case .eachArea:
            let threshold = condition.minPercent ?? 0
            return score.areas.filter { !LKEPrecision.meets($0.percent, threshold) }.map { area in
                LKEConditionFailure(
                    code: condition.code, subject: area.id, label: "\(condition.label): \(area.name)",
                    unit: .percent, actual: area.percent, threshold: threshold)
            }
        case .heldPredicate:
            guard let target = condition.predicate, !held.contains(target) else { return [] }
            return [LKEConditionFailure(code: condition.code, subject: target, label: condition.label, unit: .flag)]
        }
    }
}
