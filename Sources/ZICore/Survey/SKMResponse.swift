/// One respondent's answers to the SKM questionnaire: a score 1 … 4 for each of the nine
/// elements. Its initialiser (and decoding from JSON) refuses incomplete or out-of-range answers,
/// so every response counts in full.
public struct SKMResponse: Sendable, Codable, Equatable {
    /// The scores a question may be answered with: 1 (worst) to 4 (best).
    public static let scoreRange = 1...4

    /// The score of every element.
    public let scores: [SKMElement: Int]

    /// A response; throws for the first element, in element order, that has no score or a
    /// score outside ``scoreRange``.
    public init(scores: [SKMElement: Int]) throws(SKMResponseError) {
        for element in SKMElement.allCases {
            guard let score = scores[element] else { throw .missing(element) }
            guard Self.scoreRange.contains(score) else { throw .outOfRange(element, value: score) }
        }
        self.scores = scores
    }

    private enum CodingKeys: String, CodingKey { case scores }

    /// Decodes `{"scores": {"u1": 4, …, "u9": 3}}`, checked like ``init(scores:)``.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let scores = try container.decode([SKMElement: Int].self, forKey: .scores)
        do {
            try self.init(scores: scores)
        } catch {
            throw DecodingError.dataCorruptedError(forKey: .scores, in: container, debugDescription: error.description)
        }
    }
}
