/// Computes the IKM (indeks kepuasan masyarakat) of SKM responses, PermenPANRB 14/2017:
///
/// - NRR per element = the element's total score ÷ respondents;
/// - IKM = Σ NRR × weight (1/9 with ``SKMWeight/exact``), on the 1–4 scale;
/// - converted IKM = IKM × ``conversionFactor`` (25 … 100);
/// - grade: ``SKMGrade`` of the converted IKM rounded half up to two decimals.
///
/// Scores are summed as integers, and each value is one division of those sums, so that
/// 117 points from 4 respondents give IKM 117 ÷ 36 = 3,25 and not a value off in the last bit;
/// the rounding that decides the grade is done on the integers too (see ``SKMWeight``).
public enum SKMCalculator {
    /// The factor from the 1–4 scale of the IKM to the 25–100 scale of the converted IKM.
    public static let conversionFactor = 25

    /// The result of `responses` weighted by `weight`; `nil` when there is no response.
    public static func compute(_ responses: [SKMResponse], weight: SKMWeight = .exact) -> SKMResult? {
        guard !responses.isEmpty else { return nil }
        let count = responses.count
        var totals = [SKMElement: Int]()
        for response in responses {
            totals.merge(response.scores, uniquingKeysWith: +)
        }
        let grandTotal = totals.values.reduce(0, +)
        let lowestTotal = totals.values.min()
        let hundredths = weight.weightedRounded(grandTotal * conversionFactor * 100, respondents: count)
        return SKMResult(
            respondents: count,
            weight: weight,
            nrr: totals.mapValues { Double($0) / Double(count) },
            weightedNRR: totals.mapValues { weight.weighted($0, respondents: count) },
            ikm: weight.weighted(grandTotal, respondents: count),
            converted: weight.weighted(grandTotal * conversionFactor, respondents: count),
            publishedConverted: hundredths / 100,
            grade: SKMGrade.of(hundredths: hundredths),
            lowestElements: SKMElement.allCases.filter { totals[$0] == lowestTotal }
        )
    }
}
