import Foundation
import XCTest
import ZICore
@testable import ZIDocuments

/// The heat map as SVG: well-formed, accessible, coloured per level, text escaped.
final class RiskHeatMapSVGTests: XCTestCase {
    private func cell(_ likelihood: Int, _ impact: Int) -> RiskCell {
        RiskCell(likelihood: likelihood, impact: impact)
    }

    private func render(_ counts: [RiskCell: Int], title: String = "Peta Risiko 2025") throws -> (
        svg: String, elements: [(name: String, attributes: [String: String])]
    ) {
        let svg = RiskHeatMapSVG.render(counts: counts, matrix: try RiskMatrixLoader.bundled(), title: title)
        let elements = try XCTUnwrap(XMLElementCollector.elements(of: Data(svg.utf8)), "not well-formed XML")
        return (svg, elements)
    }

    func testOneRectPerCellInItsLevelColourWithTheCount() throws {
        let (svg, elements) = try render([cell(4, 3): 2, cell(5, 5): 1])
        XCTAssertEqual(elements.first?.name, "svg")
        XCTAssertEqual(elements.first?.attributes["role"], "img")
        let cells = elements.filter { $0.name == "rect" && $0.attributes["stroke"] == "#FFFFFF" }
        XCTAssertEqual(cells.count, 25)
        XCTAssertEqual(
            Dictionary(grouping: cells) { $0.attributes["fill"] ?? "" }.mapValues(\.count),
            ["#2E75B6": 5, "#70AD47": 6, "#FFD966": 4, "#ED7D31": 4, "#C00000": 6])

        // Likelihood 4 is the second row from the top (y = 52 + 60), impact 3 the third column (x = 210 + 200).
        XCTAssertTrue(svg.contains("<rect x=\"410\" y=\"112\" width=\"100\" height=\"60\" fill=\"#ED7D31\""), svg)
        XCTAssertTrue(
            svg.contains("<text x=\"460\" y=\"150\" text-anchor=\"middle\" font-size=\"22\" font-weight=\"bold\" fill=\"#000000\">2</text>")
        )
        // Likelihood 5 × impact 5: top-right, red, white text.
        XCTAssertTrue(svg.contains("<rect x=\"610\" y=\"52\" width=\"100\" height=\"60\" fill=\"#C00000\""))
        XCTAssertTrue(svg.contains("fill=\"#FFFFFF\">1</text>"))
    }

    func testTitleDescriptionAndCellTitlesForScreenReaders() throws {
        let (svg, _) = try render([cell(4, 3): 2, cell(5, 5): 1])
        XCTAssertTrue(
            svg.contains(
                "<title>Peta Risiko 2025</title>\n<desc>Peta risiko kemungkinan × dampak: 3 risiko. "
                    + "Per level: Sangat Tinggi 1, Tinggi 2, Sedang 0, Rendah 0, Sangat Rendah 0. Sel berisi risiko: "
                    + "Kemungkinan 5 (Hampir pasti terjadi), dampak 5 (Sangat signifikan): skor 25, level Sangat Tinggi, 1 risiko; "
                    + "Kemungkinan 4 (Sering terjadi), dampak 3 (Moderat): skor 16, level Tinggi, 2 risiko.</desc>"), svg)
        XCTAssertTrue(
            svg.contains(
                "<title>Kemungkinan 1 (Hampir tidak terjadi), dampak 1 (Tidak signifikan): skor 1, level Sangat Rendah, 0 risiko</title>"))
    }

    func testScaleLabelsAxisNamesAndLegend() throws {
        let (svg, _) = try render([:])
        XCTAssertTrue(svg.contains(">5 – Hampir pasti terjadi</text>"))
        XCTAssertTrue(
            svg.contains(
                "<tspan x=\"660\" y=\"370\">5</tspan><tspan x=\"660\" y=\"384\">Sangat</tspan><tspan x=\"660\" y=\"398\">signifikan</tspan>"
            ),
            "impact labels wrap between words under their column")
        XCTAssertTrue(svg.contains("font-weight=\"bold\">Kemungkinan</text>"))
        XCTAssertTrue(svg.contains("font-weight=\"bold\">Dampak</text>"))
        XCTAssertTrue(svg.contains(">Sangat Tinggi (20–25)</text>"))
        XCTAssertTrue(svg.contains("0 risiko. Per level: Sangat Tinggi 0"), "an empty map still says so")
    }

    func testTextIsEscaped() throws {
        let (svg, elements) = try render([:], title: "Risiko <Unit> & \"Balai\"")
        XCTAssertTrue(svg.contains("<title>Risiko &lt;Unit&gt; &amp; &quot;Balai&quot;</title>"))
        XCTAssertFalse(svg.contains("<Unit>"))
        XCTAssertFalse(elements.contains { $0.name == "Unit" })
    }

    func testTextColourContrastsWithTheFill() {
        XCTAssertEqual(ContrastingTextColor.on("#FFD966"), "#000000")
        XCTAssertEqual(ContrastingTextColor.on("#ED7D31"), "#000000")
        XCTAssertEqual(ContrastingTextColor.on("#C00000"), "#FFFFFF")
        XCTAssertEqual(ContrastingTextColor.on("#2E75B6"), "#FFFFFF")
    }
}
