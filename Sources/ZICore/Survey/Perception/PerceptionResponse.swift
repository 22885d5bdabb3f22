/// One respondent's answers to a perception questionnaire, as the server stores them. They are
/// checked when counted (``PerceptionEstimateCalculator``), so that an error can name the
/// respondent and the question.
public struct PerceptionResponse: Sendable, Codable, Equatable {
    /// How errors name the respondent: a row number or a respondent code (`R-07`).
    public var respondent: String
    /// The score (1–4) per question id (`1a`, `2b`).
    public var answers: [String: Int]

    /// A response of `respondent` with `answers` keyed by question id.
    public init(respondent: String, answers: [String: Int]) {
        self.respondent = respondent
        self.answers = answers
    }
}
