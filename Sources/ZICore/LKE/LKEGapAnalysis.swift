import Foundation

/// Finds the fewest answer upgrades that make an assessment eligible for a predicate.
///
/// **What can change.** Only option answers (`Ya/Tidak`, `A/B/C…`) are upgraded, one option
/// step at a time (C → B is one step; an unanswered question counts as its worst option).
/// `%` and survey answers are measured facts — counts from registers, external survey
/// results — so they stay as they are; a condition that only they could meet (e.g. IPAK too
/// low) or a predicate not yet held is reported as a blocker.
///
/// **Why it is exact.** Every step of a question adds the same score (its share of the
/// sub-indikator's weight × the value step), so within a set of questions the best use of
/// `k` steps is the `k` largest step gains. Each condition asks for a minimum score gain
/// within its question set (the total, pengungkit, each area, hasil items); these sets nest
/// (area ⊂ pengungkit ⊂ total). For each set, bottom-up, the analysis computes the largest
/// gain reachable with exactly `k` steps while meeting every condition inside it — a max-plus
/// combination of the nested sets and the set's own remaining questions — and discards `k`
/// that miss the set's own minimum. The answer is the smallest `k` left at the top, which by
/// construction also has the largest gain among plans of that size. With the real LKE
/// (≈ 250 possible steps, 9 nested sets) this takes well under 100 ms.
///
/// **Uneven option values.** Where a framework's options are not evenly spaced (LKE ZI 2026:
/// A–D are 1, 0.67, 0.33, 0, so the middle step is worth 0.34), the search counts every step
/// at the question's smallest step. The plan it returns therefore always reaches the
/// predicate; its reported gains are the real ones, and in a rare tie it may take one step
/// more than strictly needed.
public enum LKEGapAnalysis {
    /// The cheapest plan that makes `answers` eligible for the predicate `predicateId`;
    /// `held` lists the predicates the unit already holds. Throws ``LKEAnswerError`` for
    /// answers that do not fit the framework.
    public static func plan(
        framework: LKEFramework, answers: [String: LKEAnswer], predicate predicateId: String, held: Set<String> = []
    ) throws -> LKEGapPlan {
        let scorer = LKEScorer(framework: framework)
        return try plan(scorer: scorer, answers: answers, score: try scorer.score(answers), predicate: predicateId, held: held)
    }

    /// The same plan with a prepared `scorer` and the `score` it gave `answers`: what a server
    /// that scores the answers anyway calls, so that neither the tree nor the score is built twice.
    public static func plan(
        scorer: LKEScorer, answers: [String: LKEAnswer], score: LKEScore, predicate predicateId: String, held: Set<String> = []
    ) throws -> LKEGapPlan {
        let framework = scorer.framework
        guard let rule = framework.predicates.first(where: { $0.id == predicateId }) else {
            throw LKEGapAnalysisError.unknownPredicate(predicateId)
        }
        let index = scorer.index
        let items = try upgradeItems(index: index, answers: answers, scale: framework.optionScale)

        var requirements: [Requirement] = []
        var blockers: [LKEConditionFailure] = []
        for condition in rule.conditions {
            let failures = LKEPredicateEvaluator.conditionFailures(of: condition, score: score, framework: framework, held: held)
            for failure in failures {
                guard let requirement = requirement(for: condition, failure: failure, score: score, index: index, items: items),
                    requirement.need <= requirement.maxGain(items) + LKEPrecision.epsilon
                else {
                    blockers.append(failure)
                    continue
                }
                requirements.append(requirement)
            }
        }
        guard blockers.isEmpty else {
            return LKEGapPlan(
                predicate: rule.id, reachable: false, upgrades: [], steps: 0, gain: 0,
                projectedTotal: LKEPrecision.reported(score.total), blockers: blockers)
        }
        var solver = try Solver(items: items, requirements: requirements)
        let stepsPerItem = solver.solve()
        let upgrades = items.indices.compactMap { i -> LKEAnswerUpgrade? in
            let item = items[i], steps = stepsPerItem[i]
            guard steps > 0 else { return nil }
            return LKEAnswerUpgrade(
                question: item.question, from: item.currentCode,
                to: item.codes[item.currentIndex - steps], steps: steps,
                gain: LKEPrecision.reported(item.gain(steps: steps)))
        }
        let gain = items.indices.map { items[$0].gain(steps: stepsPerItem[$0]) }.reduce(0, +)
        return LKEGapPlan(
            predicate: rule.id, reachable: true, upgrades: upgrades, steps: stepsPerItem.reduce(0, +),
            gain: LKEPrecision.reported(gain), projectedTotal: LKEPrecision.reported(score.total + gain), blockers: [])
    }

    /// An option question that can still move up.
    struct UpgradeItem {
        let question: String
        let codes: [String]
        let currentIndex: Int
        let currentCode: String?
        /// The score one step adds at least (the question's share × the smallest option step).
        let gainPerStep: Double
        /// The question's share of its sub-indikator's weight (or its own weight).
        let contribution: Double
        /// The option values, best first.
        let values: [Double]
        var maxSteps: Int { currentIndex }

        /// The score `steps` upgrades from the current answer really add.
        func gain(steps: Int) -> Double {
            contribution * (values[currentIndex - steps] - values[currentIndex])
        }
    }

    /// A minimum score gain within a set of upgrade items (indices into the item list).
    struct Requirement {
        let name: String
        let items: Set<Int>
        let need: Double

        func maxGain(_ all: [UpgradeItem]) -> Double {
            items.map { Double(all[$0].maxSteps) * all[$0].gainPerStep }.reduce(0, +)
        }
    }

    private static func upgradeItems(index: LKETreeIndex, answers: [String: LKEAnswer], scale: LKEOptionScale) throws -> [UpgradeItem] {
        try index.questions.compactMap { question in
            guard question.answerType.isOptionBased else { return nil }
            var current = question.answerType.optionCodes.count - 1
            var code: String?
            if case .option(let given)? = answers[question.id] {
                current = try question.optionIndex(of: given)
                code = question.answerType.optionCodes[current]
            }
            guard current > 0 else { return nil }
            let contribution = index.maxContribution(of: question.id)
            return UpgradeItem(
                question: question.id, codes: question.answerType.optionCodes, currentIndex: current,
                currentCode: code, gainPerStep: contribution * scale.smallestStep(of: question.answerType).double,
                contribution: contribution, values: scale.values(for: question.answerType).map(\.double))
        }
    }

    /// The requirement behind a failed condition, or `nil` when answers cannot help (held predicate).
    private static func requirement(
        for condition: LKECondition, failure: LKEConditionFailure, score: LKEScore, index: LKETreeIndex, items: [UpgradeItem]
    ) -> Requirement? {
        let questionIds: [String]
        let need: Double
        switch condition.scope {
        case .heldPredicate:
            return nil
        case .total:
            questionIds = index.questions.map(\.id)
            need = (condition.min ?? 0) - score.total
        case .node:
            guard let node = condition.node else { return nil }
            questionIds = index.questionIdsUnder[node] ?? []
            need = (condition.min ?? 0) - (score.score(of: node) ?? 0)
        case .eachArea:
            guard let area = score.areas.first(where: { $0.id == failure.subject }) else { return nil }
            questionIds = index.questions.map(\.id).filter { index.areaOf[$0] == area.id }
            need = (condition.minPercent ?? 0) / 100 * area.weight - area.score
        }
        let wanted = Set(questionIds)
        return Requirement(
            name: [condition.code, failure.subject].compactMap { $0 }.joined(separator: ":"),
            items: Set(items.indices.filter { wanted.contains(items[$0].question) }), need: need)
    }

    /// The exact search over nested requirements (see ``LKEGapAnalysis``).
    private struct Solver {
        let items: [UpgradeItem]
        /// Requirement sets, merged when equal; index 0 is the root (all items).
        private var nodes: [Node] = []

        private struct Node {
            var items: Set<Int>
            var need: Double
            var name: String
            var children: [Int] = []
            /// Step units of the items not covered by a child, best gain first.
            var ownUnits: [Int] = []
            /// For each combined part, how many steps went to it for each total.
            var splits: [[Int]] = []
            var frontier: [Double] = []
        }

        init(items: [UpgradeItem], requirements: [Requirement]) throws {
            self.items = items
            var merged: [Node] = [Node(items: Set(items.indices), need: 0, name: "total")]
            for requirement in requirements {
                if let i = merged.firstIndex(where: { $0.items == requirement.items }) {
                    merged[i].need = max(merged[i].need, requirement.need)
                } else {
                    merged.append(Node(items: requirement.items, need: requirement.need, name: requirement.name))
                }
            }
            nodes = merged
            try linkNodes()
        }

        /// Makes each set a child of the smallest set strictly containing it.
        private mutating func linkNodes() throws {
            for i in nodes.indices.dropFirst() {
                var parent = 0
                for j in nodes.indices where j != i {
                    let (a, b) = (nodes[i].items, nodes[j].items)
                    if !a.isDisjoint(with: b), !a.isSubset(of: b), !b.isSubset(of: a) {
                        throw LKEGapAnalysisError.overlappingConditions(nodes[i].name, nodes[j].name)
                    }
                    if a.isStrictSubset(of: b), b.count < nodes[parent].items.count { parent = j }
                }
                nodes[parent].children.append(i)
            }
        }

        /// The steps to take per item.
        mutating func solve() -> [Int] {
            compute(0)
            let total = nodes[0].frontier.firstIndex { $0 > -.infinity } ?? 0
            var steps = [Int](repeating: 0, count: items.count)
            assign(0, steps: total, into: &steps)
            return steps
        }

        private mutating func compute(_ n: Int) {
            for child in nodes[n].children { compute(child) }
            let covered = nodes[n].children.reduce(into: Set<Int>()) { $0.formUnion(nodes[$1].items) }
            let own = nodes[n].items.subtracting(covered).sorted()
            let units = own.flatMap { Array(repeating: $0, count: items[$0].maxSteps) }
            nodes[n].ownUnits = units.enumerated().sorted {
                let (a, b) = (items[$0.element].gainPerStep, items[$1.element].gainPerStep)
                return a != b ? a > b : $0.offset < $1.offset
            }.map(\.element)
            var ownFrontier = [0.0]
            for unit in nodes[n].ownUnits { ownFrontier.append(ownFrontier.last! + items[unit].gainPerStep) }

            var frontier = [0.0]
            nodes[n].splits = []
            for part in nodes[n].children.map({ nodes[$0].frontier }) + [ownFrontier] {
                let (combined, split) = Self.maxPlus(frontier, part)
                frontier = combined
                nodes[n].splits.append(split)
            }
            let need = nodes[n].need
            nodes[n].frontier = frontier.map { $0 >= need - LKEPrecision.epsilon ? $0 : -.infinity }
        }

        /// Max-plus convolution: result[k] = max over j of a[k - j] + b[j]; split[k] = the best j.
        private static func maxPlus(_ a: [Double], _ b: [Double]) -> ([Double], [Int]) {
            var result = [Double](repeating: -.infinity, count: a.count + b.count - 1)
            var split = [Int](repeating: 0, count: result.count)
            for i in a.indices where a[i] > -.infinity {
                for j in b.indices where b[j] > -.infinity && a[i] + b[j] > result[i + j] + LKEPrecision.epsilon {
                    result[i + j] = a[i] + b[j]
                    split[i + j] = j
                }
            }
            return (result, split)
        }

        /// Distributes `steps` over node `n`'s parts, following the recorded splits backwards.
        private func assign(_ n: Int, steps: Int, into result: inout [Int]) {
            var remaining = steps
            var shares = [Int](repeating: 0, count: nodes[n].splits.count)
            for part in nodes[n].splits.indices.reversed() {
                shares[part] = nodes[n].splits[part][remaining]
                remaining -= shares[part]
            }
            for (part, child) in nodes[n].children.enumerated() { assign(child, steps: shares[part], into: &result) }
            for unit in nodes[n].ownUnits.prefix(shares.last ?? 0) { result[unit] += 1 }
        }
    }
}
