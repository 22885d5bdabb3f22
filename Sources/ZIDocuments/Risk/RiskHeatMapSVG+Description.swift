import ZICore

/// The texts a screen reader reads from the heat map, in Indonesian.
extension RiskHeatMapSVG {
    /// The whole map in words: the total, the count per level from the highest, and every cell
    /// holding risks from the highest score down.
    static func description(counts: [RiskCell: Int], matrix: RiskMatrix) -> String {
        let filled = matrix.cells.filter { (counts[$0] ?? 0) > 0 }
        let total = filled.map { counts[$0] ?? 0 }.reduce(0, +)
        let perLevel = matrix.levels.reversed().map { level in
            let count = filled.filter { matrix.level($0) == level }.map { counts[$0] ?? 0 }.reduce(0, +)
            return "\(level.label) \(count)"
        }
        var text =
            "Peta risiko \(matrix.likelihood.name.lowercased()) × \(matrix.impact.name.lowercased()): \(total) risiko. "
            + "Per level: \(perLevel.joined(separator: ", "))."
        let sortedCells = filled.sorted { (matrix.score($0) ?? 0) > (matrix.score($1) ?? 0) }
        if !sortedCells.isEmpty {
            text +=
                " Sel berisi risiko: " + sortedCells.map { cellSummary($0, count: counts[$0] ?? 0, matrix: matrix) }.joined(separator: "; ")
                + "."
        }
        return text
    }

    /// One cell in words: `Kemungkinan 4 (Sering terjadi), dampak 3 (Moderat): skor 16, level Tinggi, 2 risiko`.
    static func cellSummary(_ cell: RiskCell, count: Int, matrix: RiskMatrix) -> String {
        let likelihood = matrix.likelihood.point(cell.likelihood)?.label ?? ""
        let impact = matrix.impact.point(cell.impact)?.label ?? ""
        return
            "\(matrix.likelihood.name) \(cell.likelihood) (\(likelihood)), \(matrix.impact.name.lowercased()) \(cell.impact) (\(impact)): "
            + "skor \(matrix.score(cell) ?? 0), level \(matrix.level(cell)?.label ?? "-"), \(count) risiko"
    }
}
