import Foundation
import XCTest
@testable import ZICore

final class LKEAnswerSheetTests: XCTestCase {
    private var framework: LKEFramework!

    override func setUpWithError() throws {
        framework = try LKEFixtures.real()
    }

    private func parse(_ answers: String, framework id: String = LKEFixtures.realId) throws -> LKEAnswerSheet {
        try LKEAnswerSheet.parse(Data(#"{"framework": "\#(id)", "answers": {\#(answers)}}"#.utf8), for: framework)
    }

    private func assertFails(_ answers: String, with expected: LKEAnswerError, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try parse(answers), file: file, line: line) { error in
            XCTAssertEqual(error as? LKEAnswerError, expected, file: file, line: line)
        }
    }

    func testParsesEveryKindOfAnswer() throws {
        let sheet = try parse(
            #"""
            "A.I.1.i.a": "Ya", "A.I.1.i.b": "B", "B.I.a": 3.7, "A.II.4.i.a": 87.5,
            "A.II.1.i.a": {"agenPerubahan": 4, "perubahanDibuat": 3}
            """#)
        XCTAssertEqual(sheet.framework, LKEFixtures.realId)
        XCTAssertEqual(
            sheet.answers,
            [
                "A.I.1.i.a": .option("Ya"), "A.I.1.i.b": .option("B"), "B.I.a": .number(3.7), "A.II.4.i.a": .number(87.5),
                "A.II.1.i.a": .inputs(["agenPerubahan": 4, "perubahanDibuat": 3]),
            ])
        let score = try LKEScorer(framework: framework).score(sheet.answers)
        XCTAssertEqual(score.questionValues["A.II.1.i.a"], 0.75)
    }

    func testUnknownIdIsNamed() {
        assertFails(#""A.I.9.i.a": "Ya""#, with: .unknownQuestion("A.I.9.i.a"))
    }

    func testWrongTypeIsNamed() {
        assertFails(#""A.I.1.i.a": 1"#, with: .wrongAnswerType(question: "A.I.1.i.a", answerType: .yaTidak, given: "number"))
        assertFails(#""B.II.a": "A""#, with: .wrongAnswerType(question: "B.II.a", answerType: .survey, given: "option"))
        assertFails(#""A.I.1.i.b": {"x": 1}"#, with: .wrongAnswerType(question: "A.I.1.i.b", answerType: .abc, given: "inputs"))
        assertFails(#""A.I.1.i.b": "F""#, with: .unknownOption(question: "A.I.1.i.b", option: "F", allowed: ["A", "B", "C"]))
    }

    func testValuesThatAreNoAnswerAreNamed() {
        for value in ["true", "null", "[1, 2]", #"{"agenPerubahan": "4"}"#] {
            XCTAssertThrowsError(try parse(#""A.II.1.i.a": \#(value)"#), value) { error in
                guard case .malformedValue(question: "A.II.1.i.a", _)? = error as? LKEAnswerError else {
                    return XCTFail("\(value): unexpected \(error)")
                }
            }
        }
    }

    func testFrameworkMismatchAndMalformedFiles() {
        XCTAssertThrowsError(try parse(#""A.I.1.i.a": "Ya""#, framework: "permenpanrb-52-2014")) { error in
            XCTAssertEqual(error as? LKEAnswerError, .frameworkMismatch(expected: LKEFixtures.realId, found: "permenpanrb-52-2014"))
        }
        XCTAssertThrowsError(try LKEAnswerSheet.parse(Data(#"{"answers": {}}"#.utf8))) { error in
            XCTAssertEqual(error as? LKEAnswerError, .malformedFile(reason: "top level: missing key \"framework\""))
        }
        XCTAssertThrowsError(try LKEAnswerSheet.parse(Data("{".utf8))) { error in
            guard case .malformedFile? = error as? LKEAnswerError else { return XCTFail("unexpected \(error)") }
        }
    }

    func testAnswersEncodeBackToTheFileFormat() throws {
        let answers: [String: LKEAnswer] = ["a": .option("Ya"), "b": .number(3.5), "c": .inputs(["x": 1])]
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        XCTAssertEqual(String(decoding: try encoder.encode(answers), as: UTF8.self), #"{"a":"Ya","b":3.5,"c":{"x":1}}"#)
    }
}
