/// The weight each element's NRR (nilai rata-rata) carries in the IKM.
///
/// PermenPANRB 14/2017 weighs the nine elements equally, 1/9 each; many published reports
/// write the weight as `0,111` or `0,11` and multiply by that, which makes their IKM slightly
/// low (by 0.1 % with `0,111`, by 1 % with `0,11`). SIZI computes with ``exact``; ``rounded(_:)``
/// only reproduces such an old report and must be labelled as such wherever it is shown.
public enum SKMWeight: Sendable, Codable, Hashable {
    /// Exactly 1/9 per element; the IKM is the mean of all scores.
    case exact
    /// A weight written with few decimals (`0.111`, `0.11`), to reproduce an old report.
    case rounded(Double)

    /// The weight of one element.
    public var value: Double {
        switch self {
        case .exact: 1 / Double(SKMElement.allCases.count)
        case .rounded(let weight): weight
        }
    }

    /// `total`, a sum of scores over `respondents` (> 0) responses, as a weighted mean:
    /// total ÷ respondents × weight. With ``exact`` this is a single division of integers,
    /// total ÷ (9 × respondents), so the result is the nearest `Double` to the exact value.
    func weighted(_ total: Int, respondents: Int) -> Double {
        switch self {
        case .exact: Double(total) / Double(SKMElement.allCases.count * respondents)
        case .rounded(let weight): weight * Double(total) / Double(respondents)
        }
    }

    /// ``weighted(_:respondents:)`` rounded half up to a whole number (`total` ≥ 0). With
    /// ``exact`` it is computed on integers, so a value exactly halfway always rounds up.
    func weightedRounded(_ total: Int, respondents: Int) -> Double {
        switch self {
        case .exact:
            let divisor = SKMElement.allCases.count * respondents
            return Double((2 * total + divisor) / (2 * divisor))
        case .rounded:
            return weighted(total, respondents: respondents).rounded()
        }
    }
}
