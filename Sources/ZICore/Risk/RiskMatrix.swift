/// The risk matrix of a unit, as data: its likelihood and impact scales, the score of every
/// cell and the levels the scores fall in (see `Resources/risk/README.md` for the bundled
/// matrix and its source). Loaded and checked by ``RiskMatrixLoader``.
///
/// `scores[l - 1][i - 1]` is the score of likelihood `l` and impact `i`.
public struct RiskMatrix: Sendable, Codable, Equatable {
    /// A stable id, e.g. `matriks-risiko-5x5`.
    public let id: String
    /// The version of the data; raise it when a score or level changes.
    public let version: String
    /// Where the matrix comes from.
    public let source: String
    /// The likelihood scale (kemungkinan), the rows.
    public let likelihood: RiskScale
    /// The impact scale (dampak), the columns.
    public let impact: RiskScale
    /// The levels, from the lowest band of scores up.
    public let levels: [RiskLevel]
    /// The score of each cell: one row per likelihood point, one entry per impact point.
    public let scores: [[Int]]

    /// A matrix with every field given; check it with ``RiskMatrixValidator`` before use.
    public init(id: String, version: String, source: String, likelihood: RiskScale, impact: RiskScale, levels: [RiskLevel], scores: [[Int]])
    {
        self.id = id
        self.version = version
        self.source = source
        self.likelihood = likelihood
        self.impact = impact
        self.levels = levels
        self.scores = scores
    }

    /// The score of `cell`; `nil` when it lies outside the scales.
    public func score(_ cell: RiskCell) -> Int? {
        guard scores.indices.contains(cell.likelihood - 1), scores[cell.likelihood - 1].indices.contains(cell.impact - 1) else {
            return nil
        }
        return scores[cell.likelihood - 1][cell.impact - 1]
    }

    /// The level of `cell`; `nil` when it lies outside the scales.
    public func level(_ cell: RiskCell) -> RiskLevel? {
        score(cell).flatMap(level(forScore:))
    }

    /// The level of a risk rated `likelihood` × `impact`; `nil` when outside the scales.
    public func level(likelihood: Int, impact: Int) -> RiskLevel? {
        level(RiskCell(likelihood: likelihood, impact: impact))
    }

    /// The level whose band holds `score`.
    public func level(forScore score: Int) -> RiskLevel? {
        levels.first { $0.minScore <= score && score <= $0.maxScore }
    }

    /// Every cell, by likelihood then impact, from 1 × 1.
    public var cells: [RiskCell] {
        likelihood.points.flatMap { row in impact.points.map { RiskCell(likelihood: row.value, impact: $0.value) } }
    }
}
