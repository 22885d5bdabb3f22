import Foundation
import XCTest
@testable import ZICore

/// A respondent's answers: complete, each 1–4.
final class SKMResponseTests: XCTestCase {
    private var complete: [SKMElement: Int] {
        Dictionary(uniqueKeysWithValues: SKMElement.allCases.map { ($0, 3) })
    }

    func testCompleteResponseKeepsItsScores() throws {
        XCTAssertEqual(try SKMResponse(scores: complete).scores, complete)
    }

    func testMissingElementIsNamed() {
        var scores = complete
        scores[.u7] = nil
        XCTAssertThrowsError(try SKMResponse(scores: scores)) { error in
            XCTAssertEqual(error as? SKMResponseError, .missing(.u7))
            XCTAssertEqual(String(describing: error), "Unsur U7 (Perilaku Pelaksana) belum dijawab.")
        }
    }

    func testZeroAndFiveAreRefusedWithElementAndValue() {
        for (element, value) in [(SKMElement.u1, 0), (.u9, 5), (.u4, -1)] {
            var scores = complete
            scores[element] = value
            XCTAssertThrowsError(try SKMResponse(scores: scores)) { error in
                XCTAssertEqual(error as? SKMResponseError, .outOfRange(element, value: value))
            }
        }
        XCTAssertEqual(
            SKMResponseError.outOfRange(.u3, value: 5).description,
            "Unsur U3 (Waktu Penyelesaian): 5 bukan nilai 1–4.")
    }

    func testFirstProblemInElementOrderIsReported() {
        var scores = complete
        scores[.u8] = nil
        scores[.u2] = 7
        XCTAssertThrowsError(try SKMResponse(scores: scores)) { error in
            XCTAssertEqual(error as? SKMResponseError, .outOfRange(.u2, value: 7))
        }
    }

    func testJSONRoundTripAndDecodingIsChecked() throws {
        let response = try SKMFixtures.response(4, 3, 2, 1, 4, 3, 2, 1, 4)
        let json = try JSONEncoder().encode(response)
        XCTAssertEqual(try JSONDecoder().decode(SKMResponse.self, from: json), response)

        let incomplete = Data(#"{"scores":{"u1":4,"u2":4}}"#.utf8)
        XCTAssertThrowsError(try JSONDecoder().decode(SKMResponse.self, from: incomplete)) { error in
            guard case DecodingError.dataCorrupted(let context) = error else { return XCTFail("\(error)") }
            XCTAssertTrue(context.debugDescription.contains("U3"), context.debugDescription)
        }
    }
}
