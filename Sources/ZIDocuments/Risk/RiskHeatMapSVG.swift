import ZICore

/// Draws a risk heat map as an SVG image: the cells of a ``RiskMatrix`` (likelihood rising
/// upward, impact rising to the right) painted in their level's colour, each showing how many
/// risks sit in it and its score, with the scale labels, the axis names and a legend of levels.
///
/// Accessible: the image has `role="img"`, a `<title>` and a `<desc>` that states the totals per
/// level and every cell holding risks; each cell has its own `<title>` (shown as a tooltip);
/// text is drawn as text, black or white, whichever contrasts more with the fill. All text from
/// the caller and the matrix is escaped.
public enum RiskHeatMapSVG {
    private static let cellWidth = 100
    private static let cellHeight = 60
    private static let gridLeft = 210
    private static let gridTop = 52
    private static let legendGap = 28
    private static let legendWidth = 180
    private static let bottomArea = 96
    private static let labelCharactersPerLine = 15

    /// The SVG document of `counts` (risks per cell; absent cells hold none) on `matrix`, titled `title`.
    public static func render(counts: [RiskCell: Int], matrix: RiskMatrix, title: String) -> String {
        let columns = matrix.impact.points.count
        let rows = matrix.likelihood.points.count
        let gridWidth = columns * cellWidth
        let gridHeight = rows * cellHeight
        let width = gridLeft + gridWidth + legendGap + legendWidth
        let height = gridTop + max(gridHeight, legendHeight(matrix)) + bottomArea
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"\(width)\" height=\"\(height)\" "
            + "viewBox=\"0 0 \(width) \(height)\" font-family=\"sans-serif\" font-size=\"12\">\n"
        svg +=
            "<title>\(XMLEscaping.escape(title))</title>\n<desc>\(XMLEscaping.escape(description(counts: counts, matrix: matrix)))</desc>\n"
        svg += "<rect width=\"\(width)\" height=\"\(height)\" fill=\"#FFFFFF\"/>\n"
        svg += "<text x=\"12\" y=\"28\" font-size=\"16\" font-weight=\"bold\">\(XMLEscaping.escape(title))</text>\n"
        for cell in matrix.cells {
            svg += cellElement(cell, count: counts[cell] ?? 0, matrix: matrix)
        }
        svg += likelihoodLabels(matrix) + impactLabels(matrix, below: gridTop + gridHeight)
        svg += legend(matrix, left: gridLeft + gridWidth + legendGap)
        return svg + "</svg>\n"
    }

    /// The top-left corner of `cell`: highest likelihood in the top row, impact 1 in the left column.
    private static func origin(of cell: RiskCell, matrix: RiskMatrix) -> (x: Int, y: Int) {
        (gridLeft + (cell.impact - 1) * cellWidth, gridTop + (matrix.likelihood.points.count - cell.likelihood) * cellHeight)
    }

    private static func cellElement(_ cell: RiskCell, count: Int, matrix: RiskMatrix) -> String {
        let (x, y) = origin(of: cell, matrix: matrix)
        let fill = matrix.level(cell)?.color ?? "#FFFFFF"
        let ink = ContrastingTextColor.on(fill)
        return "<g>\n<title>\(XMLEscaping.escape(cellSummary(cell, count: count, matrix: matrix)))</title>\n"
            + "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(cellWidth)\" height=\"\(cellHeight)\" fill=\"\(XMLEscaping.escape(fill))\" stroke=\"#FFFFFF\" stroke-width=\"2\"/>\n"
            + "<text x=\"\(x + 6)\" y=\"\(y + 14)\" font-size=\"10\" fill=\"\(ink)\">\(matrix.score(cell) ?? 0)</text>\n"
            + "<text x=\"\(x + cellWidth / 2)\" y=\"\(y + cellHeight / 2 + 8)\" text-anchor=\"middle\" font-size=\"22\" "
            + "font-weight=\"bold\" fill=\"\(ink)\">\(count)</text>\n</g>\n"
    }

    /// Each likelihood point left of its row, and the scale's name turned upright along the rows.
    private static func likelihoodLabels(_ matrix: RiskMatrix) -> String {
        var svg = ""
        for point in matrix.likelihood.points {
            let y = origin(of: RiskCell(likelihood: point.value, impact: 1), matrix: matrix).y + cellHeight / 2 + 4
            svg += "<text x=\"\(gridLeft - 8)\" y=\"\(y)\" text-anchor=\"end\">\(point.value) – \(XMLEscaping.escape(point.label))</text>\n"
        }
        let middle = gridTop + matrix.likelihood.points.count * cellHeight / 2
        return svg + "<text x=\"20\" y=\"\(middle)\" transform=\"rotate(-90 20 \(middle))\" text-anchor=\"middle\" "
            + "font-weight=\"bold\">\(XMLEscaping.escape(matrix.likelihood.name))</text>\n"
    }

    /// Each impact point under its column, wrapped, and the scale's name under the grid.
    private static func impactLabels(_ matrix: RiskMatrix, below top: Int) -> String {
        var svg = ""
        for point in matrix.impact.points {
            let x = gridLeft + (point.value - 1) * cellWidth + cellWidth / 2
            let lines = ["\(point.value)"] + wrapped(point.label)
            svg +=
                "<text text-anchor=\"middle\">"
                + lines.enumerated().map {
                    "<tspan x=\"\(x)\" y=\"\(top + 18 + $0.offset * 14)\">\(XMLEscaping.escape($0.element))</tspan>"
                }.joined()
                + "</text>\n"
        }
        let middle = gridLeft + matrix.impact.points.count * cellWidth / 2
        return svg + "<text x=\"\(middle)\" y=\"\(top + bottomArea - 12)\" text-anchor=\"middle\" font-weight=\"bold\">"
            + "\(XMLEscaping.escape(matrix.impact.name))</text>\n"
    }

    /// The levels from the highest down, each a swatch and its name with its band of scores.
    private static func legend(_ matrix: RiskMatrix, left: Int) -> String {
        var svg = "<text x=\"\(left)\" y=\"\(gridTop + 12)\" font-weight=\"bold\">Level risiko</text>\n"
        for (index, level) in matrix.levels.reversed().enumerated() {
            let y = gridTop + 24 + index * 24
            svg +=
                "<rect x=\"\(left)\" y=\"\(y)\" width=\"16\" height=\"16\" fill=\"\(XMLEscaping.escape(level.color))\" stroke=\"#404040\"/>\n"
                + "<text x=\"\(left + 24)\" y=\"\(y + 12)\">\(XMLEscaping.escape(level.label)) (\(level.minScore)–\(level.maxScore))</text>\n"
        }
        return svg
    }

    private static func legendHeight(_ matrix: RiskMatrix) -> Int {
        24 + matrix.levels.count * 24
    }

    /// `label` in lines of at most ``labelCharactersPerLine`` characters, broken between words
    /// (a longer word stands alone on its line).
    private static func wrapped(_ label: String) -> [String] {
        var lines: [String] = []
        for word in label.split(separator: " ") {
            if let last = lines.last, last.count + 1 + word.count <= labelCharactersPerLine {
                lines[lines.count - 1] = last + " " + word
            } else {
                lines.append(String(word))
            }
        }
        return lines
    }
}
