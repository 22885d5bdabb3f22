@testable import ZICore

/// Builders of perception-survey responses for the tests.
enum PerceptionFixtures {
    /// A response of `respondent` with the scores of the questionnaire's questions in order.
    static func response(_ respondent: String, _ index: PerceptionIndex, _ scores: Int...) -> PerceptionResponse {
        PerceptionResponse(respondent: respondent, answers: Dictionary(uniqueKeysWithValues: zip(index.questions.map(\.id), scores)))
    }

    /// `count` responses answering every question with 4, except that for each entry of
    /// `threes` the first so many responses answer that question with 3.
    static func mostlyFour(count: Int, _ index: PerceptionIndex, threes: [String: Int] = [:]) -> [PerceptionResponse] {
        (0..<count).map { position in
            PerceptionResponse(
                respondent: "R-\(position + 1)",
                answers: Dictionary(
                    uniqueKeysWithValues: index.questions.map { question in
                        (question.id, position < threes[question.id, default: 0] ? 3 : 4)
                    }))
        }
    }
}
