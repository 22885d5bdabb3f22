import XCTest
@testable import ZICore

/// Counting risks per cell before and after controls.
final class RiskHeatMapTests: XCTestCase {
    private func cell(_ likelihood: Int, _ impact: Int) -> RiskCell {
        RiskCell(likelihood: likelihood, impact: impact)
    }

    func testBeforeAndAfterControls() throws {
        let matrix = try RiskMatrixLoader.bundled()
        let risks = [
            RatedRisk(id: "R1", inherent: cell(4, 3), residual: cell(2, 3)),
            RatedRisk(id: "R2", inherent: cell(4, 3), residual: cell(2, 2)),
            RatedRisk(id: "R3", inherent: cell(5, 5), residual: nil),
            RatedRisk(id: "R4", inherent: cell(6, 1), residual: cell(1, 1)),
        ]
        let (before, after) = RiskHeatMap.beforeAndAfterControls(risks, matrix: matrix)

        XCTAssertEqual(before.counts, [cell(4, 3): 2, cell(5, 5): 1])
        XCTAssertEqual(before.outsideMatrix, 1, "likelihood 6 is off the 1–5 scale")
        XCTAssertEqual(before.notRated, 0)
        XCTAssertEqual(before.count(cell(4, 3)), 2)
        XCTAssertEqual(before.count(cell(1, 1)), 0)

        XCTAssertEqual(after.counts, [cell(2, 3): 1, cell(2, 2): 1, cell(1, 1): 1])
        XCTAssertEqual(after.notRated, 1)
        XCTAssertEqual(after.outsideMatrix, 0)
    }
}
