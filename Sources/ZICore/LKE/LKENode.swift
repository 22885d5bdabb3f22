/// A node of the LKE tree: either a weighted group or a question (leaf).
///
/// In the JSON file both are objects with a `level` field; `pertanyaan` marks a question.
public enum LKENode: Codable, Sendable, Equatable {
    case group(LKEGroup)
    case question(LKEQuestion)

    /// The node's dot-separated id following the regulation's numbering, e.g. `A.I.1.i`.
    public var id: String {
        switch self {
        case .group(let group): group.id
        case .question(let question): question.id
        }
    }

    /// The node's weight; `nil` for a question that shares its sub-indikator's weight.
    public var weight: Double? {
        switch self {
        case .group(let group): group.weight
        case .question(let question): question.weight
        }
    }

    /// The node's level in the tree.
    public var level: LKELevel {
        switch self {
        case .group(let group): group.level
        case .question: .pertanyaan
        }
    }

    /// The questions at or below this node, in document order.
    public var questions: [LKEQuestion] {
        switch self {
        case .group(let group): group.children.flatMap(\.questions)
        case .question(let question): [question]
        }
    }

    /// This node followed by all nodes below it, in document order.
    public var descendantsAndSelf: [LKENode] {
        switch self {
        case .group(let group): [self] + group.children.flatMap(\.descendantsAndSelf)
        case .question: [self]
        }
    }

    private enum CodingKeys: String, CodingKey { case level }

    public init(from decoder: any Decoder) throws {
        let level = try decoder.container(keyedBy: CodingKeys.self).decode(LKELevel.self, forKey: .level)
        self = level == .pertanyaan ? .question(try LKEQuestion(from: decoder)) : .group(try LKEGroup(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .group(let group): try group.encode(to: encoder)
        case .question(let question): try question.encode(to: encoder)
        }
    }
}

/// The level of a node in the LKE tree, from the root down.
public enum LKELevel: String, Codable, Sendable, CaseIterable {
    case komponen
    case kriteria
    case area
    case subIndikator
    case pertanyaan

    /// Depth order: a child's level must rank below its parent's
    /// (a sub-indikator may also contain sub-indikator, e.g. LHKPN/LHKASN).
    var rank: Int {
        switch self {
        case .komponen: 0
        case .kriteria: 1
        case .area: 2
        case .subIndikator: 3
        case .pertanyaan: 4
        }
    }
}
