import Foundation

/// Scores answers against an LKE framework, in exact decimal arithmetic.
///
/// A question's value comes from ``LKEQuestion/value(for:scale:)`` with the framework's
/// ``LKEOptionScale``. A sub-indikator scores its weight × the mean of its questions' values;
/// a question with its own weight (hasil items) scores weight × value; every other group sums
/// its children. Unanswered questions count 0 and are listed in ``LKEScore/unanswered``.
///
/// Everything that depends only on the framework (the tree index, area parts, parsed `%`
/// formulas, weights as decimals) is prepared once in `init`, so one scorer can score many
/// answer sets quickly.
public struct LKEScorer: Sendable {
    public let framework: LKEFramework
    private let index: LKETreeIndex
    private let scale: LKEOptionScale
    private let areaPartIds: [(area: LKEAreaDefinition, parts: [String])]
    private let formulas: [String: LKEFormula]
    private let weights: [String: Decimal]
    private let pengungkitId: String?
    private let hasilId: String?

    public init(framework: LKEFramework) {
        self.framework = framework
        index = LKETreeIndex(framework)
        scale = framework.optionScale
        areaPartIds = framework.areas.map { ($0, framework.areaParts(of: $0.id).map(\.id)) }
        formulas = index.questions.reduce(into: [:]) { formulas, question in
            if let source = question.formula, let parsed = try? LKEFormula(source) { formulas[question.id] = parsed }
        }
        weights = framework.allNodes.reduce(into: [:]) { weights, node in
            if let weight = node.weight { weights[node.id] = Decimal(shortest: weight) }
        }
        pengungkitId = framework.component(withRole: .pengungkit)?.id
        hasilId = framework.component(withRole: .hasil)?.id
    }

    /// Scores `answers` (question id → answer). Throws ``LKEAnswerError`` for an unknown id
    /// or an answer that does not fit its question, naming the question.
    public func score(_ answers: [String: LKEAnswer]) throws -> LKEScore {
        var values: [String: Decimal] = [:]
        var surveys: [String: Double] = [:]
        for (id, answer) in answers.sorted(by: { $0.key < $1.key }) {
            guard let question = index.questionsById[id] else { throw LKEAnswerError.unknownQuestion(id) }
            values[id] = try question.exactValue(for: answer, formula: formulas[id], scale: scale)
            if question.answerType == .survey, case .number(let raw) = answer { surveys[id] = raw }
        }
        var nodeScores: [String: Decimal] = [:]
        let total = framework.children.map { score($0, values: values, into: &nodeScores) }.reduce(0, +)
        var areaScores: [String: Decimal] = [:]
        var areaPercents: [String: Decimal] = [:]
        for (area, parts) in areaPartIds {
            let areaScore = parts.map { nodeScores[$0] ?? 0 }.reduce(0, +)
            let weight = Decimal(shortest: area.weight)
            areaScores[area.id] = areaScore
            areaPercents[area.id] = weight > 0 ? areaScore / weight * 100 : 0
        }
        return LKEScore(
            frameworkId: framework.id,
            exact: LKEExactScore(total: total, nodeScores: nodeScores, areaScores: areaScores, areaPercents: areaPercents),
            questionValues: values,
            surveyValues: surveys,
            unanswered: index.questions.map(\.id).filter { values[$0] == nil },
            areas: framework.areas,
            pengungkitId: pengungkitId,
            hasilId: hasilId
        )
    }

    /// Scores `node`, recording every group's and weighted question's score.
    private func score(_ node: LKENode, values: [String: Decimal], into scores: inout [String: Decimal]) -> Decimal {
        switch node {
        case .question(let question):
            guard let weight = weights[question.id] else { return 0 }
            let score = weight * (values[question.id] ?? 0)
            scores[question.id] = score
            return score
        case .group(let group):
            let weight = weights[group.id] ?? 0
            let score: Decimal
            if group.scoresByMean {
                let sum = group.children.map { values[$0.id] ?? 0 }.reduce(0, +)
                score = weight * sum / Decimal(group.children.count)
            } else {
                score = group.children.map { self.score($0, values: values, into: &scores) }.reduce(0, +)
            }
            scores[group.id] = score
            return score
        }
    }
}
