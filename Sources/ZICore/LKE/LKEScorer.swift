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
    let index: LKETreeIndex
    private let scale: LKEOptionScale
    private let areaPartIds: [(area: LKEAreaDefinition, parts: [String])]
    private let formulas: [String: LKEFormula]
    private let weights: [String: Decimal]
    /// A sub-indikator's number of questions, for the mean (weight × sum ÷ count: the division
    /// last, so that 1 × (0.67 × 3) ÷ 3 is exactly 0.67).
    private let questionCounts: [String: Int]
    /// Each area's weight as a decimal, by area id.
    private let areaWeights: [String: Decimal]
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
        questionCounts = framework.allNodes.reduce(into: [:]) { counts, node in
            if case .group(let group) = node, group.scoresByMean, !group.children.isEmpty { counts[group.id] = group.children.count }
        }
        areaWeights = framework.areas.reduce(into: [:]) { weights, area in
            if area.weight > 0 { weights[area.id] = Decimal(shortest: area.weight) }
        }
        pengungkitId = framework.component(withRole: .pengungkit)?.id
        hasilId = framework.component(withRole: .hasil)?.id
    }

    /// Scores `answers` (question id → answer). Throws ``LKEAnswerError`` for an unknown id
    /// or an answer that does not fit its question, naming the question.
    public func score(_ answers: [String: LKEAnswer]) throws -> LKEScore {
        var values: [String: (exact: Decimal, shown: Double)] = [:]
        var surveys: [String: Double] = [:]
        for (id, answer) in answers.sorted(by: { $0.key < $1.key }) {
            guard let question = index.questionsById[id] else { throw LKEAnswerError.unknownQuestion(id) }
            values[id] = try question.exactValue(for: answer, formula: formulas[id], scale: scale)
            if question.answerType == .survey, case .number(let raw) = answer { surveys[id] = raw }
        }
        var exactScores: [String: Decimal] = [:]
        var shownScores: [String: Double] = [:]
        var total: Decimal = 0
        var shownTotal = 0.0
        for node in framework.children {
            let (exact, shown) = score(node, values: values, exact: &exactScores, shown: &shownScores)
            total += exact
            shownTotal += shown
        }
        var areaScores: [String: Decimal] = [:]
        var areaPercents: [String: Decimal] = [:]
        var areas: [LKEAreaScore] = []
        for (area, parts) in areaPartIds {
            let areaScore = parts.map { exactScores[$0] ?? 0 }.reduce(0, +)
            let shown = parts.map { shownScores[$0] ?? 0 }.reduce(0, +)
            areaScores[area.id] = areaScore
            areaPercents[area.id] = areaWeights[area.id].map { areaScore * 100 / $0 } ?? 0
            areas.append(LKEAreaScore(id: area.id, name: area.name, weight: area.weight, score: shown))
        }
        return LKEScore(
            frameworkId: framework.id, total: shownTotal, nodeScores: shownScores, questionValues: values.mapValues(\.shown),
            surveyValues: surveys, unanswered: index.questions.map(\.id).filter { values[$0] == nil }, areas: areas,
            pengungkit: pengungkitId.flatMap { shownScores[$0] } ?? 0, hasil: hasilId.flatMap { shownScores[$0] } ?? 0,
            exact: LKEExactScore(total: total, nodeScores: exactScores, areaScores: areaScores, areaPercents: areaPercents))
    }

    /// Scores `node` exactly and for display, recording every group's and weighted question's score.
    private func score(
        _ node: LKENode, values: [String: (exact: Decimal, shown: Double)], exact: inout [String: Decimal], shown: inout [String: Double]
    ) -> (Decimal, Double) {
        switch node {
        case .question(let question):
            guard let weight = weights[question.id], let own = question.weight else { return (0, 0) }
            let value = values[question.id]
            let result = (weight * (value?.exact ?? 0), own * (value?.shown ?? 0))
            exact[question.id] = result.0
            shown[question.id] = result.1
            return result
        case .group(let group):
            var result: (Decimal, Double) = (0, 0)
            if let count = questionCounts[group.id] {
                var sum: Decimal = 0
                var shownSum = 0.0
                for child in group.children {
                    if let value = values[child.id] {
                        sum += value.exact
                        shownSum += value.shown
                    }
                }
                let weight = weights[group.id] ?? 0
                result = (sum.isZero ? 0 : weight * sum / Decimal(count), group.weight * shownSum / Double(count))
            } else if group.scoresByMean {
                result = (0, 0)
            } else {
                for child in group.children {
                    let (childExact, childShown) = score(child, values: values, exact: &exact, shown: &shown)
                    result.0 += childExact
                    result.1 += childShown
                }
            }
            exact[group.id] = result.0
            shown[group.id] = result.1
            return result
        }
    }
}
