import Foundation

/// A score as indented text: the tree down to the areas (or deeper), then each predicate's
/// verdict with every failed condition. Used by `sizi lke score` without `--json`.
public enum LKEScoreText {
    /// Renders the groups down to `depth` levels (komponen = 1, kriteria = 2, area = 3, sub-indikator = 4).
    public static func render(
        _ score: LKEScore, framework: LKEFramework, predicates: [LKEPredicateResult],
        depth: Int = 3
    ) -> String {
        var lines = ["\(framework.title)", String(format: "Nilai total: %.2f / %.2f", score.total, framework.maxScore)]
        func walk(_ node: LKENode, level: Int) {
            guard case .group(let group) = node, level <= depth else { return }
            let value = score.nodeScores[group.id] ?? 0
            let percent = group.weight > 0 ? 100 * value / group.weight : 0
            lines.append(
                String(repeating: "  ", count: level)
                    + String(format: "%@ %@  %.2f / %.2f (%.1f%%)", group.id, group.name, value, group.weight, percent))
            for child in group.children { walk(child, level: level + 1) }
        }
        for node in framework.children { walk(node, level: 1) }
        lines.append("Belum dijawab: \(score.unanswered.count)")
        for result in predicates {
            lines.append("\(result.name): \(result.eligible ? "MEMENUHI" : "BELUM MEMENUHI")")
            for failure in result.failures {
                lines.append("  - " + describe(failure))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// One failed condition in words, with the value and the threshold.
    public static func describe(_ failure: LKEConditionFailure) -> String {
        let subject = failure.subject.map { " [\($0)]" } ?? ""
        switch failure.unit {
        case .flag:
            return "\(failure.label)\(subject)"
        case .score, .percent:
            let suffix = failure.unit == .percent ? "%" : ""
            var text = "\(failure.label)\(subject): \(number(failure.actual))\(suffix) < \(number(failure.threshold))\(suffix)"
            if let survey = failure.surveyThreshold {
                text += " (atau survei ≥ \(number(survey)); survei: \(number(failure.surveyActual)))"
            }
            return text
        }
    }

    private static func number(_ value: Double?) -> String {
        value.map { String(format: "%.2f", $0) } ?? "—"
    }
}
