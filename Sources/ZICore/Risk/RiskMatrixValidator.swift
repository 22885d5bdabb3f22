/// Checks a risk matrix before use; every problem is reported, not just the first:
///
/// - `id`, `version`, `source` and the scales' names are filled in;
/// - each scale has at least two points rated 1, 2, 3 … in order, each with a label and a description;
/// - every cell is covered: one row of scores per likelihood point, one score per impact point;
/// - levels are ordered: unique ids, labels, bands `minScore…maxScore` that follow each other
///   without gap or overlap from the lowest up, colours `#RRGGBB`;
/// - every score lies in a level's band, and no cell scores lower than the cell one step less
///   likely or one step less severe, so a riskier cell never has a lower level.
public enum RiskMatrixValidator {
    /// Every problem in `matrix`; empty when it is valid.
    public static func issues(in matrix: RiskMatrix) -> [RiskMatrixIssue] {
        var issues: [RiskMatrixIssue] = []
        let texts = [
            ("id", matrix.id), ("version", matrix.version), ("source", matrix.source),
            ("likelihood.name", matrix.likelihood.name), ("impact.name", matrix.impact.name),
        ]
        for (field, value) in texts where isBlank(value) {
            issues.append(.emptyField(field))
        }
        issues += scaleIssues(matrix.likelihood) + scaleIssues(matrix.impact) + levelIssues(matrix.levels)
        let shape = shapeIssues(matrix)
        return issues + (shape.isEmpty ? scoreIssues(matrix) : shape)
    }

    private static func scaleIssues(_ scale: RiskScale) -> [RiskMatrixIssue] {
        var issues: [RiskMatrixIssue] = scale.points.count < 2 ? [.scaleTooShort(scale: scale.name)] : []
        for (position, point) in scale.points.enumerated() {
            if point.value != position + 1 { issues.append(.pointOutOfSequence(scale: scale.name, position: position, value: point.value)) }
            if isBlank(point.label) || isBlank(point.description) { issues.append(.emptyPointText(scale: scale.name, value: point.value)) }
        }
        return issues
    }

    private static func levelIssues(_ levels: [RiskLevel]) -> [RiskMatrixIssue] {
        guard !levels.isEmpty else { return [.noLevels] }
        var issues: [RiskMatrixIssue] = []
        var seen = Set<String>()
        for (index, level) in levels.enumerated() {
            if isBlank(level.id) || isBlank(level.label) { issues.append(.emptyLevelText(level: level.id)) }
            if !seen.insert(level.id).inserted { issues.append(.duplicateLevel(level.id)) }
            if level.minScore > level.maxScore { issues.append(.reversedBand(level: level.id)) }
            if index > 0, level.minScore != levels[index - 1].maxScore + 1 {
                issues.append(.bandNotContiguous(level: level.id, expectedMin: levels[index - 1].maxScore + 1, found: level.minScore))
            }
            if !isHexColor(level.color) { issues.append(.invalidColor(level: level.id, color: level.color)) }
        }
        return issues
    }

    /// One row per likelihood point, one score per impact point.
    private static func shapeIssues(_ matrix: RiskMatrix) -> [RiskMatrixIssue] {
        guard matrix.scores.count == matrix.likelihood.points.count else {
            return [.rowCount(expected: matrix.likelihood.points.count, found: matrix.scores.count)]
        }
        return matrix.scores.enumerated().compactMap { index, row in
            row.count == matrix.impact.points.count
                ? nil
                : .cellCount(likelihood: index + 1, expected: matrix.impact.points.count, found: row.count)
        }
    }

    /// Scores inside a band, never lower than the cell one step down either axis.
    private static func scoreIssues(_ matrix: RiskMatrix) -> [RiskMatrixIssue] {
        var issues: [RiskMatrixIssue] = []
        for (row, scores) in matrix.scores.enumerated() {
            for (column, score) in scores.enumerated() {
                let cell = RiskCell(likelihood: row + 1, impact: column + 1)
                if matrix.level(forScore: score) == nil { issues.append(.scoreWithoutLevel(cell, score: score)) }
                for below in [RiskCell(likelihood: row, impact: column + 1), RiskCell(likelihood: row + 1, impact: column)] {
                    if let belowScore = matrix.score(below), belowScore > score {
                        issues.append(.scoreDecreases(cell, score: score, below: below, belowScore: belowScore))
                    }
                }
            }
        }
        return issues
    }

    private static func isHexColor(_ text: String) -> Bool {
        text.count == 7 && text.hasPrefix("#") && text.dropFirst().allSatisfy { $0.isASCII && $0.isHexDigit }
    }

    private static func isBlank(_ text: String) -> Bool {
        text.allSatisfy(\.isWhitespace)
    }
}
