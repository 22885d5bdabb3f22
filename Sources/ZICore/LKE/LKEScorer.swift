/// Scores answers against an LKE framework.
///
/// A question's value comes from ``LKEQuestion/value(for:)``. A sub-indikator scores its
/// weight × the mean of its questions' values; a question with its own weight (hasil items)
/// scores weight × value; every other group sums its children. Unanswered questions count 0
/// and are listed in ``LKEScore/unanswered``.
///
/// Everything that depends only on the framework (the tree index, area parts, parsed `%`
/// formulas) is prepared once in `init`, so one scorer can score many answer sets quickly.
public struct LKEScorer: Sendable {
    public let framework: LKEFramework
    private let index: LKETreeIndex
    private let areaPartIds: [(area: LKEAreaDefinition, parts: [String])]
    private let formulas: [String: LKEFormula]
    private let pengungkitId: String?
    private let hasilId: String?

    public init(framework: LKEFramework) {
        self.framework = framework
        index = LKETreeIndex(framework)
        areaPartIds = framework.areas.map { ($0, framework.areaParts(of: $0.id).map(\.id)) }
        formulas = index.questions.reduce(into: [:]) { formulas, question in
            if let source = question.formula, let parsed = try? LKEFormula(source) { formulas[question.id] = parsed }
        }
        pengungkitId = framework.component(withRole: .pengungkit)?.id
        hasilId = framework.component(withRole: .hasil)?.id
    }

    /// Scores `answers` (question id → answer). Throws ``LKEAnswerError`` for an unknown id
    /// or an answer that does not fit its question, naming the question.
    public func score(_ answers: [String: LKEAnswer]) throws -> LKEScore {
        var values: [String: Double] = [:]
        var surveys: [String: Double] = [:]
        for (id, answer) in answers.sorted(by: { $0.key < $1.key }) {
            guard let question = index.questionsById[id] else { throw LKEAnswerError.unknownQuestion(id) }
            values[id] = try question.value(for: answer, formula: formulas[id])
            if question.answerType == .survey, case .number(let raw) = answer { surveys[id] = raw }
        }
        var nodeScores: [String: Double] = [:]
        let total = framework.children.map { Self.score($0, values: values, into: &nodeScores) }.reduce(0, +)
        let areas = areaPartIds.map { area, parts in
            LKEAreaScore(
                id: area.id, name: area.name, weight: area.weight,
                score: parts.map { nodeScores[$0] ?? 0 }.reduce(0, +))
        }
        return LKEScore(
            frameworkId: framework.id,
            total: total,
            nodeScores: nodeScores,
            questionValues: values,
            surveyValues: surveys,
            unanswered: index.questions.map(\.id).filter { values[$0] == nil },
            areas: areas,
            pengungkit: pengungkitId.flatMap { nodeScores[$0] } ?? 0,
            hasil: hasilId.flatMap { nodeScores[$0] } ?? 0
        )
    }

    /// Scores `node`, recording every group's and weighted question's score.
    private static func score(_ node: LKENode, values: [String: Double], into scores: inout [String: Double]) -> Double {
        switch node {
        case .question(let question):
            let score = (question.weight ?? 0) * (values[question.id] ?? 0)
            if question.weight != nil { scores[question.id] = score }
            return score
        case .group(let group):
            let score: Double
            if group.scoresByMean {
                let sum = group.children.map { values[$0.id] ?? 0 }.reduce(0, +)
                score = group.weight * sum / Double(group.children.count)
            } else {
                score = group.children.map { Self.score($0, values: values, into: &scores) }.reduce(0, +)
            }
            scores[group.id] = score
            return score
        }
    }
}
