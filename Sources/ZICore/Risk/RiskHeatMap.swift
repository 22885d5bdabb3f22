/// How many risks sit in each cell of a ``RiskMatrix``: what a heat map shows.
public struct RiskHeatMap: Sendable, Equatable {
    /// The number of risks per cell; cells without risks are absent.
    public let counts: [RiskCell: Int]
    /// Risks without a rating (a residual rating not yet assessed).
    public let notRated: Int
    /// Ratings outside the matrix's scales, left out of ``counts`` (data to correct).
    public let outsideMatrix: Int

    /// The heat map of `ratings` on `matrix`; a `nil` rating counts as not rated.
    public init(ratings: [RiskCell?], matrix: RiskMatrix) {
        var counts: [RiskCell: Int] = [:]
        var notRated = 0
        var outside = 0
        for rating in ratings {
            guard let rating else {
                notRated += 1
                continue
            }
            if matrix.score(rating) == nil {
                outside += 1
            } else {
                counts[rating, default: 0] += 1
            }
        }
        self.counts = counts
        self.notRated = notRated
        self.outsideMatrix = outside
    }

    /// The heat maps of `risks` before controls (inherent ratings) and after them (residual ratings).
    public static func beforeAndAfterControls(_ risks: [RatedRisk], matrix: RiskMatrix) -> (before: RiskHeatMap, after: RiskHeatMap) {
        (RiskHeatMap(ratings: risks.map(\.inherent), matrix: matrix), RiskHeatMap(ratings: risks.map(\.residual), matrix: matrix))
    }

    /// The number of risks in `cell`.
    public func count(_ cell: RiskCell) -> Int {
        counts[cell] ?? 0
    }
}
