/// What an internal perception estimate would mean in the LKE if TPN's survey found the same
/// score: the score of the `Nilai (0-4)` question and, per predicate, whether the survey
/// threshold is reached. An internal forecast for planning, never the official TPN value.
public struct PerceptionForecast: Sendable, Equatable {
    /// A predicate's survey threshold on the index (Menuju WBK: IPAK ≥ 3,60, IPKP ≥ 3,20).
    public struct Threshold: Sendable, Equatable {
        /// The predicate's id in the framework (`wbk`, `wbbm`).
        public let predicateID: String
        /// The predicate's name (`Menuju WBK`).
        public let predicateName: String
        /// The lowest survey score that meets the condition.
        public let minimum: Double
        /// Whether the estimate's rounded score reaches ``minimum``.
        public let isReached: Bool
    }

    /// The LKE question the index is entered in (`B.I.a`, `B.II.a`).
    public let questionID: String
    /// The question's weight in the framework (17,5 in PermenPANRB 90/2021).
    public let weight: Double
    /// The score the question would get: rounded score ÷ 4 × weight (3,60 → 15,75).
    public let lkeScore: Double
    /// The survey thresholds of the framework's predicates on the question, in predicate order.
    public let thresholds: [Threshold]
}

extension PerceptionEstimate {
    /// The forecast of this estimate in `framework`; `nil` if the framework has no
    /// ``PerceptionIndex/lkeQuestionID`` question of answer type `Nilai (0-4)`. Thresholds are
    /// compared with the rounded score, in hundredths.
    public func forecast(in framework: LKEFramework) -> PerceptionForecast? {
        let questionID = index.lkeQuestionID
        guard let question = framework.question(withId: questionID), question.answerType == .survey,
            let value = try? question.value(for: .number(roundedScore))
        else { return nil }
        let weight = LKETreeIndex(framework).maxContribution(of: questionID)
        let thresholds = framework.predicates.flatMap { rule in
            rule.conditions.compactMap(\.survey).filter { $0.question == questionID }.map { survey in
                PerceptionForecast.Threshold(
                    predicateID: rule.id, predicateName: rule.name, minimum: survey.min,
                    isReached: hundredths >= Int((survey.min * 100).rounded())
                )
            }
        }
        return PerceptionForecast(questionID: questionID, weight: weight, lkeScore: value * weight, thresholds: thresholds)
    }
}
