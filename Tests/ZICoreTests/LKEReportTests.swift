import Foundation
import XCTest
@testable import ZICore

final class LKEReportTests: XCTestCase {
    func testReportEncodesTheAgreedShape() throws {
        let framework = try LKEFixtures.real()
        var answers = LKEFixtures.best(framework)
        answers["A.I.1.iii.a"] = .option("B")
        answers["A.I.1.i.a"] = nil
        let report = try LKEScoreReport(framework: framework, answers: answers)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: encoder.encode(report)) as? [String: Any])

        XCTAssertEqual(json["framework"] as? String, LKEFixtures.realId)
        XCTAssertEqual(json["total"] as? Double, 99.638889, "rounded to six decimals")
        XCTAssertEqual(json["pengungkit"] as? Double, 59.638889)
        XCTAssertEqual(json["hasil"] as? Double, 40)
        XCTAssertEqual(json["unanswered"] as? [String], ["A.I.1.i.a"])
        let area = try XCTUnwrap((json["areas"] as? [[String: Any]])?.first)
        XCTAssertEqual(area["id"] as? String, "1")
        XCTAssertEqual(area["name"] as? String, "Manajemen Perubahan")
        XCTAssertEqual(area["weight"] as? Double, 8)
        XCTAssertEqual(area["score"] as? Double, 7.638889)
        XCTAssertEqual(area["percent"] as? Double, 95.486111)
        let predicates = try XCTUnwrap(json["predicates"] as? [String: [String: Any]])
        XCTAssertEqual(predicates["wbk"]?["eligible"] as? Bool, true)
        XCTAssertEqual(predicates["wbbm"]?["eligible"] as? Bool, false)
        let failure = try XCTUnwrap((predicates["wbbm"]?["failures"] as? [[String: Any]])?.first)
        XCTAssertEqual(failure["code"] as? String, "predikat-wbk")
        XCTAssertEqual(failure["label"] as? String, "Telah mendapatkan predikat Menuju WBK")
        XCTAssertEqual(failure["unit"] as? String, "flag")
    }

    func testReportRoundTrips() throws {
        let framework = try LKEFixtures.real()
        let report = try LKEScoreReport(framework: framework, answers: LKEFixtures.worst(framework), held: ["wbk"])
        XCTAssertEqual(try JSONDecoder().decode(LKEScoreReport.self, from: JSONEncoder().encode(report)), report)
    }
}
