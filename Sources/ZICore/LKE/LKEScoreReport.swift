/// A JSON-friendly summary of a scored assessment: totals, areas, unanswered questions and
/// the predicate verdicts. Numbers are rounded to six decimals (see ``LKEPrecision``).
public struct LKEScoreReport: Codable, Sendable, Equatable {
    public let framework: String
    public let total: Double
    public let pengungkit: Double
    public let hasil: Double
    public let areas: [LKEAreaScore]
    public let unanswered: [String]
    /// Verdicts by predicate id, e.g. `predicates["wbk"]`.
    public let predicates: [String: LKEPredicateVerdict]

    public init(score: LKEScore, predicates: [LKEPredicateResult]) {
        framework = score.frameworkId
        total = LKEPrecision.reported(score.total)
        pengungkit = LKEPrecision.reported(score.pengungkit)
        hasil = LKEPrecision.reported(score.hasil)
        areas = score.areas.map { $0.reported() }
        unanswered = score.unanswered
        self.predicates = Dictionary(
            uniqueKeysWithValues: predicates.map {
                ($0.predicate, LKEPredicateVerdict(eligible: $0.eligible, failures: $0.failures))
            })
    }

    /// Scores `answers` against `framework` and evaluates its predicates.
    /// `held` lists the predicates the unit already holds (e.g. `["wbk"]`).
    public init(framework: LKEFramework, answers: [String: LKEAnswer], held: Set<String> = []) throws {
        let score = try LKEScorer(framework: framework).score(answers)
        self.init(score: score, predicates: LKEPredicateEvaluator.evaluate(score, framework: framework, held: held))
    }
}

/// One predicate's verdict in a report.
public struct LKEPredicateVerdict: Codable, Sendable, Equatable {
    public let eligible: Bool
    public let failures: [LKEConditionFailure]
}
