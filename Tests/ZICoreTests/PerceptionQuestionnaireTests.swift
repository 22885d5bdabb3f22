import XCTest
@testable import ZICore

/// The questionnaires of the internal IPAK and IPKP surveys, and their link to the LKE.
final class PerceptionQuestionnaireTests: XCTestCase {
    func testIPAKHasTheFiveAspectsOfTheRegulationAskedAsFrequencies() {
        let aspects = PerceptionIndex.ipak.aspects
        XCTAssertEqual(
            aspects.map(\.name),
            [
                "Diskriminasi Pelayanan", "Kecurangan Pelayanan", "Menerima Imbalan dan/atau Gratifikasi",
                "Percaloan", "Pungutan Liar",
            ])
        XCTAssertEqual(aspects.map(\.number), [1, 2, 3, 4, 5])
        XCTAssertEqual(PerceptionIndex.ipak.questions.map(\.id), ["1a", "2a", "2b", "3a", "3b", "4a", "5a"])
        for question in PerceptionIndex.ipak.questions {
            XCTAssertEqual(question.answers, ["Selalu", "Sering", "Jarang", "Tidak pernah"], "4 = never, for \(question.id)")
            XCTAssertTrue(question.text.hasPrefix("Seberapa sering"), question.id)
        }
    }

    func testIPKPAsksTheNineSKMThemes() {
        let aspects = PerceptionIndex.ipkp.aspects
        XCTAssertEqual(aspects.map(\.name), SKMElement.allCases.map(\.name))
        XCTAssertEqual(PerceptionIndex.ipkp.questions.map(\.id), (1...9).map { "\($0)a" })
        XCTAssertEqual(aspects[3].questions[0].text, SKMElement.u4.question)
        XCTAssertEqual(aspects[3].questions[0].answers, ["Sangat mahal", "Cukup mahal", "Murah", "Gratis"])
        XCTAssertTrue(aspects[8].purpose.contains("U9"))
    }

    func testEveryQuestionHasFourAnswersAndAUniqueID() {
        for index in PerceptionIndex.allCases {
            let ids = index.questions.map(\.id)
            XCTAssertEqual(Set(ids).count, ids.count, index.code)
            XCTAssertTrue(index.questions.allSatisfy { $0.answers.count == PerceptionQuestion.scoreRange.count }, index.code)
            XCTAssertTrue(index.aspects.allSatisfy { !$0.questions.isEmpty && !$0.purpose.isEmpty }, index.code)
        }
    }

    func testEachIndexFeedsASurveyQuestionOfTheFramework() throws {
        let framework = try LKEFixtures.real()
        XCTAssertEqual(PerceptionIndex.allCases.map(\.lkeQuestionID), ["B.I.a", "B.II.a"])
        for index in PerceptionIndex.allCases {
            let question = try XCTUnwrap(framework.question(withId: index.lkeQuestionID))
            XCTAssertEqual(question.answerType, .survey)
            XCTAssertEqual(question.weight, 17.5)
        }
        XCTAssertEqual(LocaleNames.indonesian(PerceptionIndex.ipak), "Indeks Persepsi Anti Korupsi")
        XCTAssertEqual(LocaleNames.english(PerceptionIndex.ipak), "Anti-Corruption Perception Index")
        XCTAssertEqual(PerceptionIndex.ipkp.code, "IPKP")
    }
}
