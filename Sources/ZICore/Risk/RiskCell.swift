/// A rating of a risk: its likelihood and its impact, a cell of the ``RiskMatrix``.
public struct RiskCell: Hashable, Sendable, Codable {
    /// The likelihood (kemungkinan), 1 … the scale's top.
    public let likelihood: Int
    /// The impact (dampak), 1 … the scale's top.
    public let impact: Int

    /// The cell rated `likelihood` × `impact`.
    public init(likelihood: Int, impact: Int) {
        self.likelihood = likelihood
        self.impact = impact
    }
}
