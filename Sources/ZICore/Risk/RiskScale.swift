/// A scale on which risks are rated, as data: likelihood (kemungkinan) or impact (dampak),
/// from 1 (least) up, each point with an Indonesian label and a description to rate by.
public struct RiskScale: Sendable, Codable, Equatable {
    /// One point of the scale.
    public struct Point: Sendable, Codable, Equatable {
        /// The rating, 1 … the number of points.
        public let value: Int
        /// The short Indonesian name, e.g. `Hampir pasti terjadi`.
        public let label: String
        /// What the point means, in Indonesian, for the person rating a risk.
        public let description: String

        /// A point with its rating, name and meaning.
        public init(value: Int, label: String, description: String) {
            self.value = value
            self.label = label
            self.description = description
        }
    }

    /// The scale's name, e.g. `Kemungkinan`.
    public let name: String
    /// The points, from 1 up.
    public let points: [Point]

    /// A scale with its name and points.
    public init(name: String, points: [Point]) {
        self.name = name
        self.points = points
    }

    /// The point rated `value`, if the scale has it.
    public func point(_ value: Int) -> Point? {
        points.first { $0.value == value }
    }
}
