/// The outcome of a unit's own perception survey: an internal forecast of IPAK or IPKP,
/// never the official value, which only TPN's survey gives. Computed by
/// ``PerceptionEstimateCalculator/compute(_:index:)``.
public struct PerceptionEstimate: Sendable, Equatable {
    /// The mean score of one aspect.
    public struct AspectMean: Sendable, Equatable {
        /// The aspect.
        public let aspect: PerceptionAspect
        /// The mean of all its answers, 1 … 4.
        public let mean: Double
    }

    /// The index forecast.
    public let index: PerceptionIndex
    /// How many responses were counted.
    public let respondents: Int
    /// The mean per aspect, in questionnaire order.
    public let aspectMeans: [AspectMean]
    /// The index on the 0–4 scale: the mean of the aspect means, unrounded.
    public let score: Double
    /// ``score`` in hundredths, rounded half up (359,5 → 360).
    let hundredths: Int

    /// ``score`` rounded half up to two decimals (3,595 → 3,60), as the LKE's `Nilai (0-4)`
    /// is filled in; the forecast is made on it.
    public var roundedScore: Double { Double(hundredths) / 100 }

    /// Whether the survey has at least ``PerceptionIndex/minimumRespondents`` respondents.
    public var meetsMinimumRespondents: Bool { respondents >= PerceptionIndex.minimumRespondents }

    /// The estimate in one Indonesian sentence:
    /// `Perkiraan internal IPAK 3,40 dari 3 responden (kurang dari minimal 30 responden); bukan nilai resmi TPN.`
    public var summary: String {
        let shortfall = meetsMinimumRespondents ? "" : " (kurang dari minimal \(PerceptionIndex.minimumRespondents) responden)"
        return "Perkiraan internal \(index.code) \(DecimalText.text(scaled: hundredths, decimals: 2)) dari \(respondents) responden"
            + "\(shortfall); bukan nilai resmi TPN."
    }
}
