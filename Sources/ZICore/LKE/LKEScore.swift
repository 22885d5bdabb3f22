import Foundation

/// The scored result of one assessment against a framework.
///
/// The scorer works in exact decimals (see ``LKEExactResult``); the predicates are decided on
/// those exact numbers. The `Double` properties are the same sums in binary floating point, for
/// display and storage (rounded to six decimals where they are reported).
public struct LKEScore: Sendable, Equatable {
    /// The framework the answers were scored against.
    public let frameworkId: String
    /// The total score (0 … the framework's maxScore).
    public let total: Double
    /// The score of every group node and every weighted question, by id.
    public let nodeScores: [String: Double]
    /// The value (0…1) of every answered question, by id.
    public let questionValues: [String: Double]
    /// The raw value (0…4) of every answered survey question, by id.
    public let surveyValues: [String: Double]
    /// The ids of the questions without an answer (they count 0), in document order.
    public let unanswered: [String]
    /// The score of each change area (all its parts across kriteria), in declaration order.
    public let areas: [LKEAreaScore]
    /// The score of the pengungkit komponen.
    public let pengungkit: Double
    /// The score of the hasil komponen.
    public let hasil: Double
    /// The exact numbers the predicates are decided on.
    let exact: LKEExactScore

    init(
        frameworkId: String, total: Double, nodeScores: [String: Double], questionValues: [String: Double],
        surveyValues: [String: Double], unanswered: [String], areas: [LKEAreaScore], pengungkit: Double, hasil: Double,
        exact: LKEExactScore
    ) {
        self.frameworkId = frameworkId
        self.total = total
        self.nodeScores = nodeScores
        self.questionValues = questionValues
        self.surveyValues = surveyValues
        self.unanswered = unanswered
        self.areas = areas
        self.pengungkit = pengungkit
        self.hasil = hasil
        self.exact = exact
    }

    /// The score of a node (group or weighted question), if it exists.
    public func score(of nodeId: String) -> Double? {
        nodeScores[nodeId]
    }
}

/// The exact decimal scores behind an ``LKEScore``.
struct LKEExactScore: Sendable, Equatable {
    let total: Decimal
    let nodeScores: [String: Decimal]
    /// Area scores by area id.
    let areaScores: [String: Decimal]
    /// Area scores in percent of the area's weight, by area id.
    let areaPercents: [String: Decimal]
}

/// The score of one change area: the sum of its parts (pemenuhan + reform).
public struct LKEAreaScore: Codable, Sendable, Equatable {
    public let id: String
    public let name: String
    public let weight: Double
    public let score: Double
    /// The score in percent of the area's weight.
    public let percent: Double

    public init(id: String, name: String, weight: Double, score: Double) {
        self.init(id: id, name: name, weight: weight, score: score, percent: weight > 0 ? score / weight * 100 : 0)
    }

    private init(id: String, name: String, weight: Double, score: Double, percent: Double) {
        self.id = id
        self.name = name
        self.weight = weight
        self.score = score
        self.percent = percent
    }

    /// The same area score with score and percent rounded for reporting.
    func reported() -> LKEAreaScore {
        LKEAreaScore(
            id: id, name: name, weight: weight,
            score: LKEPrecision.reported(score), percent: LKEPrecision.reported(percent))
    }
}
