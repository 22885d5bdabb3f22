/// The role a komponen plays in reports and predicates.
public enum LKEComponentRole: String, Codable, Sendable {
    /// The enablers (komponen pengungkit).
    case pengungkit
    /// The results (komponen hasil).
    case hasil
}

/// A weighted group node: komponen, kriteria, area or sub-indikator.
///
/// Its score is the sum of its children's scores when the children carry weights,
/// or its weight × the mean of its questions' values when they do not.
public struct LKEGroup: Codable, Sendable, Equatable {
    public var level: LKELevel
    public var id: String
    /// For level `area`: the id of the ``LKEAreaDefinition`` this part belongs to.
    public var area: String?
    /// For a komponen: its role (pengungkit or hasil).
    public var role: LKEComponentRole?
    /// The name as printed in the regulation.
    public var name: String
    public var weight: Double
    /// An editorial note by SIZI (not regulation text).
    public var note: String?
    public var children: [LKENode]

    /// Whether the score is weight × mean of the questions (children carry no weights).
    public var scoresByMean: Bool {
        children.allSatisfy { $0.weight == nil }
    }
}
