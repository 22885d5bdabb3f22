import XCTest
@testable import ZICore

/// Aspect means, score, rounding, respondent minimum and LKE forecast of internal perception surveys.
final class PerceptionEstimateTests: XCTestCase {
    private typealias F = PerceptionFixtures

    /// Three IPAK respondents (questions 1a 2a 2b 3a 3b 4a 5a):
    ///
    /// ```text
    /// R-01   4 4 3 4 4 3 4
    /// R-02   3 2 3 4 3 4 4
    /// R-03   4 3 4 2 4 4 1
    /// aspect 1: 11/3; 2: 19/6; 3: 21/6 = 3,5; 4: 11/3; 5: 9/3 = 3
    /// score = (22 + 19 + 21 + 22 + 18) / 6 / 5 = 102 / 30 = 3,40
    /// ```
    ///
    /// LKE B.I.a: 3,40 ÷ 4 × 17,5 = 14,875; below the 3,60 of Menuju WBK and WBBM.
    func testHandComputedIPAKExample() throws {
        let responses = [
            F.response("R-01", .ipak, 4, 4, 3, 4, 4, 3, 4),
            F.response("R-02", .ipak, 3, 2, 3, 4, 3, 4, 4),
            F.response("R-03", .ipak, 4, 3, 4, 2, 4, 4, 1),
        ]
        let estimate = try XCTUnwrap(PerceptionEstimateCalculator.compute(responses, index: .ipak))
        XCTAssertEqual(estimate.respondents, 3)
        XCTAssertEqual(estimate.aspectMeans.map(\.aspect.name), PerceptionIndex.ipak.aspects.map(\.name))
        XCTAssertEqual(estimate.aspectMeans.map(\.mean), [11.0 / 3, 19.0 / 6, 3.5, 11.0 / 3, 3])
        XCTAssertEqual(estimate.score, 3.4)
        XCTAssertEqual(estimate.roundedScore, 3.4)
        XCTAssertFalse(estimate.meetsMinimumRespondents)
        XCTAssertEqual(
            estimate.summary, "Perkiraan internal IPAK 3,40 dari 3 responden (kurang dari minimal 30 responden); bukan nilai resmi TPN.")

        let forecast = try XCTUnwrap(estimate.forecast(in: try LKEFixtures.real()))
        XCTAssertEqual(forecast.questionID, "B.I.a")
        XCTAssertEqual(forecast.weight, 17.5)
        XCTAssertEqual(forecast.lkeScore, 14.875, accuracy: 1e-9)
        XCTAssertEqual(forecast.thresholds.map(\.predicateID), ["wbk", "wbbm"])
        XCTAssertEqual(forecast.thresholds.map(\.predicateName), ["Menuju WBK", "Menuju WBBM"])
        XCTAssertEqual(forecast.thresholds.map(\.minimum), [3.6, 3.6])
        XCTAssertEqual(forecast.thresholds.map(\.isReached), [false, false])
    }

    /// 40 respondents, all 4 except: every 1a and 4a answer is 3 (aspects 1 and 4: 3,0) and two
    /// 2b answers are 3 (aspect 2: 318/80 = 3,975). Score = (3 + 3,975 + 4 + 3 + 4) / 5 = 3,595
    /// exactly, rounded half up to 3,60: the IPAK threshold is reached, B.I.a = 15,75. The mean
    /// of all 280 answers would be 1038/280 = 3,707: the aspects weigh equally, not the answers.
    func testAScoreOfExactly3595RoundsUpAndReachesTheThreshold() throws {
        let responses = F.mostlyFour(count: 40, .ipak, threes: ["1a": 40, "4a": 40, "2b": 2])
        let estimate = try XCTUnwrap(PerceptionEstimateCalculator.compute(responses, index: .ipak))
        XCTAssertEqual(estimate.aspectMeans.map(\.mean), [3, 3.975, 4, 3, 4])
        XCTAssertEqual(estimate.score, 3.595)
        XCTAssertEqual(estimate.roundedScore, 3.6)
        XCTAssertTrue(estimate.meetsMinimumRespondents)
        let forecast = try XCTUnwrap(estimate.forecast(in: try LKEFixtures.real()))
        XCTAssertEqual(forecast.lkeScore, 15.75, accuracy: 1e-9)
        XCTAssertEqual(forecast.thresholds.map(\.isReached), [true, true])
    }

    /// One more 2b answer of 3: aspect 2 = 317/80 = 3,9625, score 3,5925 → 3,59, below 3,60;
    /// B.I.a = 3,59 ÷ 4 × 17,5 = 15,70625.
    func testAScoreJustBelow3595RoundsDownAndMissesTheThreshold() throws {
        let responses = F.mostlyFour(count: 40, .ipak, threes: ["1a": 40, "4a": 40, "2b": 3])
        let estimate = try XCTUnwrap(PerceptionEstimateCalculator.compute(responses, index: .ipak))
        XCTAssertEqual(estimate.score, 3.5925, accuracy: 1e-12)
        XCTAssertEqual(estimate.roundedScore, 3.59)
        let forecast = try XCTUnwrap(estimate.forecast(in: try LKEFixtures.real()))
        XCTAssertEqual(forecast.lkeScore, 15.70625, accuracy: 1e-9)
        XCTAssertEqual(forecast.thresholds.map(\.isReached), [false, false])
    }

    /// 30 IPKP respondents, 270 answers: 54 of them 4 (1a by all 30, 2a by 24), the rest 3.
    /// Score = (9 × 90 + 54) / 270 = 864 / 270 = 3,20: Menuju WBK's 3,20 is reached, Menuju
    /// WBBM's 3,60 is not; B.II.a = 3,20 ÷ 4 × 17,5 = 14.
    func testIPKPAtTheWBKThresholdButBelowWBBM() throws {
        let threes = Dictionary(uniqueKeysWithValues: PerceptionIndex.ipkp.questions.map { ($0.id, 30) })
            .merging(["1a": 0, "2a": 6]) { $1 }
        let estimate = try XCTUnwrap(PerceptionEstimateCalculator.compute(F.mostlyFour(count: 30, .ipkp, threes: threes), index: .ipkp))
        XCTAssertEqual(estimate.aspectMeans.prefix(3).map(\.mean), [4, 3.8, 3])
        XCTAssertEqual(estimate.score, 3.2)
        XCTAssertEqual(estimate.roundedScore, 3.2)
        let forecast = try XCTUnwrap(estimate.forecast(in: try LKEFixtures.real()))
        XCTAssertEqual(forecast.questionID, "B.II.a")
        XCTAssertEqual(forecast.lkeScore, 14, accuracy: 1e-9)
        XCTAssertEqual(forecast.thresholds.map(\.minimum), [3.2, 3.6])
        XCTAssertEqual(forecast.thresholds.map(\.isReached), [true, false])
    }

    func testThirtyRespondentsAreTheMinimum() throws {
        let twentyNine = try XCTUnwrap(PerceptionEstimateCalculator.compute(F.mostlyFour(count: 29, .ipkp), index: .ipkp))
        let thirty = try XCTUnwrap(PerceptionEstimateCalculator.compute(F.mostlyFour(count: 30, .ipkp), index: .ipkp))
        XCTAssertFalse(twentyNine.meetsMinimumRespondents)
        XCTAssertTrue(thirty.meetsMinimumRespondents)
        XCTAssertEqual(twentyNine.roundedScore, 4)
        XCTAssertEqual(thirty.summary, "Perkiraan internal IPKP 4,00 dari 30 responden; bukan nilai resmi TPN.")
    }

    func testNoResponsesGiveNoEstimate() throws {
        XCTAssertNil(try PerceptionEstimateCalculator.compute([], index: .ipak))
    }

    func testAnAnswerOutsideOneToFourNamesRespondentAndQuestion() {
        var responses = F.mostlyFour(count: 3, .ipak)
        responses[1].answers["2b"] = 5
        responses[2].answers["1a"] = 0
        XCTAssertThrowsError(try PerceptionEstimateCalculator.compute(responses, index: .ipak)) { error in
            XCTAssertEqual(error as? PerceptionSurveyError, .outOfRange(respondent: "R-2", question: "2b", value: 5))
            XCTAssertEqual((error as? PerceptionSurveyError)?.description, "Responden R-2, pertanyaan 2b: jawaban 5 bukan nilai 1–4.")
        }
        responses[1].answers["2b"] = 4
        XCTAssertThrowsError(try PerceptionEstimateCalculator.compute(responses, index: .ipak)) { error in
            XCTAssertEqual(error as? PerceptionSurveyError, .outOfRange(respondent: "R-3", question: "1a", value: 0))
        }
    }

    func testAMissingOrUnknownAnswerNamesRespondentAndQuestion() {
        var responses = F.mostlyFour(count: 2, .ipak)
        responses[0].answers["3b"] = nil
        XCTAssertThrowsError(try PerceptionEstimateCalculator.compute(responses, index: .ipak)) { error in
            XCTAssertEqual((error as? PerceptionSurveyError)?.description, "Responden R-1 belum menjawab pertanyaan 3b.")
        }
        responses[0].answers["3b"] = 4
        responses[1].answers["6a"] = 4
        responses[1].answers["9z"] = 4
        XCTAssertThrowsError(try PerceptionEstimateCalculator.compute(responses, index: .ipak)) { error in
            XCTAssertEqual(error as? PerceptionSurveyError, .unknownQuestion(respondent: "R-2", question: "6a"))
            XCTAssertEqual(
                (error as? PerceptionSurveyError)?.description,
                "Responden R-2 menjawab pertanyaan 6a, yang tidak ada pada kuesioner.")
        }
    }

    func testAFrameworkWithoutTheSurveyQuestionGivesNoForecast() throws {
        var framework = try LKEFixtures.real()
        framework.children.removeAll { $0.id == "B" }
        let estimate = try XCTUnwrap(PerceptionEstimateCalculator.compute(F.mostlyFour(count: 30, .ipak), index: .ipak))
        XCTAssertNil(estimate.forecast(in: framework))
    }
}
