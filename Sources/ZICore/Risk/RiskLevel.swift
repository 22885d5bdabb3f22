/// A level of risk (Sangat Rendah … Sangat Tinggi), as data: the band of matrix scores it
/// covers and the colour the heat map paints it.
public struct RiskLevel: Sendable, Codable, Equatable {
    /// A stable id, e.g. `sangat-tinggi`.
    public let id: String
    /// The Indonesian name, e.g. `Sangat Tinggi`.
    public let label: String
    /// The lowest score of the band.
    public let minScore: Int
    /// The highest score of the band.
    public let maxScore: Int
    /// The fill colour, `#RRGGBB`.
    public let color: String

    /// A level with every field given.
    public init(id: String, label: String, minScore: Int, maxScore: Int, color: String) {
        self.id = id
        self.label = label
        self.minScore = minScore
        self.maxScore = maxScore
        self.color = color
    }
}
