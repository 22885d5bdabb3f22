import Foundation
import XCTest
@testable import ZICore

/// The bundled 5×5 risk matrix, its levels, and the checks on a unit's own matrix.
final class RiskMatrixTests: XCTestCase {
    func testBundledScalesHaveIndonesianLabels() throws {
        let matrix = try RiskMatrixLoader.bundled()
        XCTAssertEqual(matrix.likelihood.name, "Kemungkinan")
        XCTAssertEqual(
            matrix.likelihood.points.map(\.label),
            ["Hampir tidak terjadi", "Jarang terjadi", "Kadang-kadang terjadi", "Sering terjadi", "Hampir pasti terjadi"])
        XCTAssertEqual(matrix.impact.name, "Dampak")
        XCTAssertEqual(matrix.impact.points.map(\.label), ["Tidak signifikan", "Minor", "Moderat", "Signifikan", "Sangat signifikan"])
        XCTAssertEqual(matrix.levels.map(\.label), ["Sangat Rendah", "Rendah", "Sedang", "Tinggi", "Sangat Tinggi"])
    }

    func testLevelOfACell() throws {
        let matrix = try RiskMatrixLoader.bundled()
        let cases: [(likelihood: Int, impact: Int, score: Int, level: String)] = [
            (1, 1, 1, "Sangat Rendah"), (5, 5, 25, "Sangat Tinggi"), (1, 5, 20, "Sangat Tinggi"), (5, 1, 9, "Rendah"),
            (4, 3, 16, "Tinggi"), (3, 3, 14, "Sedang"), (2, 3, 11, "Rendah"), (4, 1, 6, "Rendah"), (2, 1, 2, "Sangat Rendah"),
            (4, 2, 12, "Sedang"), (4, 4, 19, "Tinggi"),
        ]
        for row in cases {
            let cell = RiskCell(likelihood: row.likelihood, impact: row.impact)
            XCTAssertEqual(matrix.score(cell), row.score, "\(row)")
            XCTAssertEqual(matrix.level(likelihood: row.likelihood, impact: row.impact)?.label, row.level, "\(row)")
        }
        XCTAssertNil(matrix.level(likelihood: 0, impact: 3))
        XCTAssertNil(matrix.level(likelihood: 6, impact: 1))
        XCTAssertNil(matrix.level(likelihood: 3, impact: 6))
    }

    func testEveryScoreFrom1To25OnceAndCellsPerLevel() throws {
        let matrix = try RiskMatrixLoader.bundled()
        XCTAssertEqual(matrix.cells.count, 25)
        XCTAssertEqual(matrix.cells.compactMap(matrix.score).sorted(), Array(1...25))
        let perLevel = Dictionary(grouping: matrix.cells) { matrix.level($0)?.id ?? "" }.mapValues(\.count)
        XCTAssertEqual(perLevel, ["sangat-rendah": 5, "rendah": 6, "sedang": 4, "tinggi": 4, "sangat-tinggi": 6])
    }

    private func matrix(levels: [RiskLevel], scores: [[Int]], likelihoodValues: [Int] = [1, 2]) -> RiskMatrix {
        let point = { (value: Int) in RiskScale.Point(value: value, label: "L\(value)", description: "uraian") }
        return RiskMatrix(
            id: "uji", version: "1", source: "uji", likelihood: RiskScale(name: "Kemungkinan", points: likelihoodValues.map(point)),
            impact: RiskScale(name: "Dampak", points: [1, 2].map(point)), levels: levels, scores: scores)
    }

    private let twoLevels = [
        RiskLevel(id: "rendah", label: "Rendah", minScore: 1, maxScore: 2, color: "#00FF00"),
        RiskLevel(id: "tinggi", label: "Tinggi", minScore: 3, maxScore: 4, color: "#FF0000"),
    ]

    func testAValidSmallMatrix() {
        XCTAssertEqual(RiskMatrixValidator.issues(in: matrix(levels: twoLevels, scores: [[1, 2], [3, 4]])), [])
    }

    func testCellsMustAllBeCovered() {
        XCTAssertEqual(RiskMatrixValidator.issues(in: matrix(levels: twoLevels, scores: [[1, 2]])), [.rowCount(expected: 2, found: 1)])
        XCTAssertEqual(
            RiskMatrixValidator.issues(in: matrix(levels: twoLevels, scores: [[1, 2], [3]])),
            [.cellCount(likelihood: 2, expected: 2, found: 1)])
    }

    func testLevelsMustBeOrderedAndScoresInsideThem() {
        let badLevels = [
            RiskLevel(id: "tinggi", label: "Tinggi", minScore: 3, maxScore: 4, color: "red"),
            RiskLevel(id: "rendah", label: "Rendah", minScore: 1, maxScore: 2, color: "#00FF00"),
        ]
        XCTAssertEqual(
            RiskMatrixValidator.issues(in: matrix(levels: badLevels, scores: [[1, 2], [3, 4]])),
            [
                .invalidColor(level: "tinggi", color: "red"),
                .bandNotContiguous(level: "rendah", expectedMin: 5, found: 1),
            ])
        XCTAssertEqual(
            RiskMatrixValidator.issues(in: matrix(levels: twoLevels, scores: [[1, 2], [3, 7]])),
            [.scoreWithoutLevel(RiskCell(likelihood: 2, impact: 2), score: 7)])
    }

    func testARiskierCellMayNotScoreLower() {
        XCTAssertEqual(
            RiskMatrixValidator.issues(in: matrix(levels: twoLevels, scores: [[1, 3], [2, 2]])),
            [
                .scoreDecreases(RiskCell(likelihood: 2, impact: 2), score: 2, below: RiskCell(likelihood: 1, impact: 2), belowScore: 3)
            ])
    }

    func testScalesMustCountFromOne() {
        XCTAssertEqual(
            RiskMatrixValidator.issues(in: matrix(levels: twoLevels, scores: [[1, 2], [3, 4]], likelihoodValues: [1, 3])),
            [.pointOutOfSequence(scale: "Kemungkinan", position: 1, value: 3)])
    }

    func testLoaderNamesTheFileAndEveryProblemInIndonesian() throws {
        let broken = matrix(levels: twoLevels, scores: [[1, 2], [3, 7]])
        XCTAssertThrowsError(try RiskMatrixLoader.load(data: JSONEncoder().encode(broken), source: "unit.json")) { error in
            XCTAssertEqual(
                String(describing: error),
                "Matriks risiko unit.json tidak sah (1 masalah):\n  - sel kemungkinan 2 × dampak 2: skor 7 tidak masuk rentang level mana pun"
            )
        }
        XCTAssertThrowsError(try RiskMatrixLoader.load(data: Data("{\"id\": \"x\"}".utf8), source: "unit.json")) { error in
            guard case .malformed(let source, _)? = error as? RiskMatrixError else { return XCTFail("\(error)") }
            XCTAssertEqual(source, "unit.json")
        }
        let valid = matrix(levels: twoLevels, scores: [[1, 2], [3, 4]])
        XCTAssertEqual(try RiskMatrixLoader.load(data: JSONEncoder().encode(valid), source: "unit.json"), valid)
    }
}
