/// One question of a perception survey, answered on a four-point scale where 4 is best.
public struct PerceptionQuestion: Sendable, Equatable {
    /// The scores a question may be answered with: 1 (worst) to 4 (best).
    public static let scoreRange = 1...4

    /// A stable id within its questionnaire: the aspect's number and a letter (`1a`, `2b`);
    /// responses key their answers by it.
    public let id: String
    /// The question as asked.
    public let text: String
    /// The four answers, for the scores 1 to 4 in that order.
    public let answers: [String]
}
