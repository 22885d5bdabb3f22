/// Computes the internal forecast of a perception index from a unit's own survey:
///
/// - aspect mean = the aspect's total score ÷ (respondents × its questions);
/// - score = the mean of the aspect means (every aspect weighs the same), on the 0–4 scale
///   (answers are 1–4, so in practice 1–4);
/// - rounded score = the score rounded half up to two decimals.
///
/// The score is kept as one fraction of integers (Σ total × (L ÷ questions) over
/// aspects × respondents × L, with L the least common multiple of the aspects' question
/// counts), so the rounding is done exactly: a score of exactly 3,595 gives 3,60, never 3,59
/// from a binary value a hair below.
public enum PerceptionEstimateCalculator {
    /// The estimate of `index` from `responses`; `nil` when there is no response. Throws for
    /// the first response, in the order given, with an answer to a question the questionnaire
    /// lacks (the smallest such id), a question unanswered or a score outside 1–4 (in
    /// question order).
    public static func compute(_ responses: [PerceptionResponse], index: PerceptionIndex) throws(PerceptionSurveyError)
        -> PerceptionEstimate?
    {
        let aspects = index.aspects
        let questionIDs = Set(index.questions.map(\.id))
        var totals = Array(repeating: 0, count: aspects.count)
        for response in responses {
            if let unknown = response.answers.keys.filter({ !questionIDs.contains($0) }).min() {
                throw .unknownQuestion(respondent: response.respondent, question: unknown)
            }
            for (position, aspect) in aspects.enumerated() {
                for question in aspect.questions {
                    guard let score = response.answers[question.id] else {
                        throw .unanswered(respondent: response.respondent, question: question.id)
                    }
                    guard PerceptionQuestion.scoreRange.contains(score) else {
                        throw .outOfRange(respondent: response.respondent, question: question.id, value: score)
                    }
                    totals[position] += score
                }
            }
        }
        guard !responses.isEmpty else { return nil }
        let count = responses.count
        let common = aspects.map(\.questions.count).reduce(1, leastCommonMultiple)
        let numerator = zip(aspects, totals).map { aspect, total in total * (common / aspect.questions.count) }.reduce(0, +)
        let denominator = aspects.count * count * common
        return PerceptionEstimate(
            index: index, respondents: count,
            aspectMeans: zip(aspects, totals).map { aspect, total in
                PerceptionEstimate.AspectMean(aspect: aspect, mean: Double(total) / Double(count * aspect.questions.count))
            },
            score: Double(numerator) / Double(denominator),
            hundredths: (200 * numerator + denominator) / (2 * denominator)
        )
    }

    private static func leastCommonMultiple(_ a: Int, _ b: Int) -> Int {
        var (x, y) = (a, b)
        while y != 0 { (x, y) = (y, x % y) }
        return a / x * b
    }
}
