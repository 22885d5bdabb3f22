/// An answer to one LKE question suggested from the unit's own data, with the numbers
/// behind it, for a person to accept or overrule.
public struct LKESuggestion: Sendable, Codable, Equatable, Hashable {
    /// The question, e.g. `A.I.1.iii.a`.
    public var questionID: String
    /// The suggested option code, e.g. `A` or `Ya`.
    public var answer: String
    /// Why, in Indonesian, with the numbers and the rule applied, e.g.
    /// `38 dari 40 langkah aksi yang jatuh tempo terlaksana sesuai jadwal (95%), yaitu sebagian besar (lebih dari 50%).`
    public var basis: String

    /// A suggestion.
    public init(questionID: String, answer: String, basis: String) {
        self.questionID = questionID
        self.answer = answer
        self.basis = basis
    }
}
