/// An answer to one LKE question suggested from the unit's registers, for a person to accept
/// or overrule: the answer itself (the `Jumlah` inputs of a `%` question, or an option), the
/// reason with its numbers, and the register rows it was counted from.
public struct LKERegisterSuggestion: Sendable, Codable, Equatable {
    /// The question, e.g. `A.II.5.iii.i.a`.
    public let questionID: String
    /// The suggested answer: `.inputs` for a `%` question, `.option` for an option question.
    public let answer: LKEAnswer
    /// Why, in Indonesian, with the numbers, e.g.
    /// `3 dari 4 wajib LHKPN telah menyampaikan LHKPN (75%): kepala satuan kerja 1, …`.
    public let basis: String
    /// The register rows behind every number.
    public let sources: [RegisterReference]

    /// A suggestion with every field given.
    public init(questionID: String, answer: LKEAnswer, basis: String, sources: [RegisterReference]) {
        self.questionID = questionID
        self.answer = answer
        self.basis = basis
        self.sources = sources
    }

    /// Checks the suggestion against `framework`: the question exists and the answer fits it
    /// (for a `%` question every input is declared and every input of the formula is given).
    /// Throws ``LKEAnswerError`` naming the question.
    public func check(against framework: LKEFramework) throws {
        guard let question = framework.question(withId: questionID) else { throw LKEAnswerError.unknownQuestion(questionID) }
        _ = try question.value(for: answer)
    }
}
