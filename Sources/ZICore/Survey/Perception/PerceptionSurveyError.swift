/// Why the responses of a perception survey cannot be counted.
public enum PerceptionSurveyError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The respondent did not answer the question (by id).
    case unanswered(respondent: String, question: String)
    /// The respondent's answer to the question is not one of ``PerceptionQuestion/scoreRange``.
    case outOfRange(respondent: String, question: String, value: Int)
    /// The respondent answered a question id the questionnaire does not have.
    case unknownQuestion(respondent: String, question: String)

    /// The explanation, in Indonesian.
    public var description: String {
        switch self {
        case .unanswered(let respondent, let question):
            "Responden \(respondent) belum menjawab pertanyaan \(question)."
        case .outOfRange(let respondent, let question, let value):
            "Responden \(respondent), pertanyaan \(question): jawaban \(value) bukan nilai "
                + "\(PerceptionQuestion.scoreRange.lowerBound)–\(PerceptionQuestion.scoreRange.upperBound)."
        case .unknownQuestion(let respondent, let question):
            "Responden \(respondent) menjawab pertanyaan \(question), yang tidak ada pada kuesioner."
        }
    }
}
