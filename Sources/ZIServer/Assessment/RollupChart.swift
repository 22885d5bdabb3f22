import Foundation
import ZIDocuments

/// A server-rendered SVG bar chart of the units' totals, with the WBK (75) and WBBM (85) lines.
enum RollupChart {
    static func svg(_ rollup: InstansiRollup) -> String {
        let rows = rollup.rows.filter { $0.total != nil }
        guard !rows.isEmpty else { return "" }
        let barHeight = 18, gap = 4, labelWidth = 160, chartWidth = 400
        let height = rows.count * (barHeight + gap) + 24
        func x(_ score: Double) -> Int { labelWidth + Int(score / 100 * Double(chartWidth)) }
        var parts = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(labelWidth + chartWidth + 60) \(height)\" role=\"img\" aria-label=\"Nilai total per unit\">"
        ]
        for (index, row) in rows.enumerated() {
            let y = index * (barHeight + gap)
            let total = row.total ?? 0
            let kind = row.eligibleWBBM ? "wbbm" : row.eligibleWBK ? "wbk" : "none"
            parts.append(
                "<text x=\"\(labelWidth - 6)\" y=\"\(y + 13)\" text-anchor=\"end\">\(XMLEscaping.escape(String(row.code.prefix(20))))</text>"
            )
            parts.append(
                "<rect class=\"bar \(kind)\" x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(x(total) - labelWidth)\" height=\"\(barHeight)\"><title>\(XMLEscaping.escape(row.name)): \(String(format: "%.2f", total))</title></rect>"
            )
            parts.append("<text x=\"\(x(total) + 4)\" y=\"\(y + 13)\">\(String(format: "%.2f", total))</text>")
        }
        for (score, label, anchor) in [(75.0, "WBK 75", "end"), (85.0, "WBBM 85", "start")] {
            parts.append("<line class=\"threshold\" x1=\"\(x(score))\" y1=\"0\" x2=\"\(x(score))\" y2=\"\(height - 16)\"/>")
            parts.append("<text x=\"\(x(score))\" y=\"\(height - 4)\" text-anchor=\"\(anchor)\">\(label)</text>")
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }
}
