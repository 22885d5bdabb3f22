import Foundation
import ZIDocuments
import ZICore

/// A server-rendered SVG bar chart of the nine elements' NRR (scale 1–4), the lowest
/// highlighted.
enum SKMChart {
    static func svg(_ result: SKMResult) -> String {
        let barHeight = 18, gap = 6, labelWidth = 260, chartWidth = 300
        let height = SKMElement.allCases.count * (barHeight + gap) + 8
        var parts = [
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" viewBox=\"0 0 \(labelWidth + chartWidth + 50) \(height)\" role=\"img\" aria-label=\"NRR per unsur\">"
        ]
        for (index, element) in SKMElement.allCases.enumerated() {
            let nrr = result.nrr[element] ?? 0
            let y = index * (barHeight + gap)
            let width = Int(nrr / 4 * Double(chartWidth))
            let kind = result.lowestElements.contains(element) ? "bar lowest" : "bar"
            parts.append(
                "<text x=\"\(labelWidth - 6)\" y=\"\(y + 13)\" text-anchor=\"end\">\(XMLEscaping.escape("\(element.code) \(element.name)".prefix(40).description))</text>"
            )
            parts.append("<rect class=\"\(kind)\" x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(width)\" height=\"\(barHeight)\"/>")
            parts.append("<text x=\"\(labelWidth + width + 4)\" y=\"\(y + 13)\">\(String(format: "%.2f", nrr))</text>")
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }
}
