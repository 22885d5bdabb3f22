import Foundation
import XCTest
@testable import ZICore

final class LKEPredicateTests: XCTestCase {
    private var framework: LKEFramework!

    override func setUpWithError() throws {
        framework = try LKEFixtures.real()
    }

    private func verdicts(_ answers: [String: LKEAnswer], held: Set<String> = []) throws -> [String: LKEPredicateResult] {
        let score = try LKEScorer(framework: framework).score(answers)
        let results = LKEPredicateEvaluator.evaluate(score, framework: framework, held: held)
        return Dictionary(uniqueKeysWithValues: results.map { ($0.predicate, $0) })
    }

    private func codes(_ result: LKEPredicateResult?) -> [String] {
        result?.failures.map { [$0.code, $0.subject].compactMap { $0 }.joined(separator: ":") } ?? []
    }

    func testBestAnswersAreEligibleForWBKAndForWBBMOnlyWithWBK() throws {
        let without = try verdicts(LKEFixtures.best(framework))
        XCTAssertEqual(without["wbk"]?.eligible, true)
        XCTAssertEqual(without["wbk"]?.failures, [])
        XCTAssertEqual(without["wbbm"]?.eligible, false)
        XCTAssertEqual(
            without["wbbm"]?.failures,
            [
                LKEConditionFailure(code: "predikat-wbk", subject: "wbk", label: "Telah mendapatkan predikat Menuju WBK", unit: .flag)
            ])
        let with = try verdicts(LKEFixtures.best(framework), held: ["wbk"])
        XCTAssertEqual(with["wbbm"]?.eligible, true)
    }

    func testWorstAnswersFailEveryCondition() throws {
        let results = try verdicts(LKEFixtures.worst(framework))
        XCTAssertEqual(
            codes(results["wbk"]),
            [
                "nilai-total", "nilai-pengungkit:A",
                "nilai-per-area:1", "nilai-per-area:2", "nilai-per-area:3", "nilai-per-area:4", "nilai-per-area:5", "nilai-per-area:6",
                "hasil-bersih-akuntabel:B.I", "survei-persepsi-anti-korupsi:B.I.a", "kinerja-lebih-baik:B.I.b",
                "hasil-pelayanan-prima:B.II",
            ])
        let total = try XCTUnwrap(results["wbk"]?.failures.first)
        XCTAssertEqual(total.label, "Nilai Total")
        XCTAssertEqual(total.actual, 0)
        XCTAssertEqual(total.threshold, 75)
    }

    /// The rule a naive total check misses: total ≥ 75 but one area below 60 % of its weight.
    func testHighTotalWithOneWeakAreaIsNotEligible() throws {
        // Area 1 (Manajemen Perubahan, 8): pemenuhan part best (4), reform part worst (0) → 50 %.
        let answers = LKEFixtures.worsening(LKEFixtures.best(framework), under: "A.II.1", in: framework)
        let score = try LKEScorer(framework: framework).score(answers)
        XCTAssertEqual(score.total, 96)
        XCTAssertEqual(score.pengungkit, 56)
        let wbk = try XCTUnwrap(try verdicts(answers)["wbk"])
        XCTAssertFalse(wbk.eligible)
        XCTAssertEqual(
            wbk.failures,
            [
                LKEConditionFailure(
                    code: "nilai-per-area", subject: "1", label: "Bobot nilai minimal per area pengungkit: Manajemen Perubahan",
                    unit: .percent, actual: 50, threshold: 60)
            ])
    }

    func testAreaThresholdIsMetExactlyAtTheBoundary() throws {
        // Area 6 (10): pemenuhan best (5) + reform: i.a D (0), i.b 80 % → 2.5 × 0.8 / 2 = 1, ii.a D (0) → 6 = 60 %.
        var answers = LKEFixtures.worsening(LKEFixtures.best(framework), under: "A.II.6", in: framework)
        answers["A.II.6.i.b"] = .number(80)
        let score = try LKEScorer(framework: framework).score(answers)
        XCTAssertEqual(score.areas[5].percent, 60, accuracy: 1e-9)
        XCTAssertEqual(try verdicts(answers)["wbk"]?.eligible, true)
        XCTAssertEqual(codes(try verdicts(answers, held: ["wbk"])["wbbm"]), ["nilai-per-area:6"])
    }

    func testSurveyAlternatives() throws {
        var answers = LKEFixtures.best(framework)
        answers["B.I.a"] = .number(3.6)
        answers["B.II.a"] = .number(3.2)
        let atThreshold = try verdicts(answers, held: ["wbk"])
        XCTAssertEqual(atThreshold["wbk"]?.eligible, true, "IPAK 3.60 and IPKP 3.20 meet Menuju WBK")
        XCTAssertEqual(codes(atThreshold["wbbm"]), ["hasil-pelayanan-prima:B.II"], "Menuju WBBM needs IPKP 3.60")
        let ipkp = try XCTUnwrap(atThreshold["wbbm"]?.failures.first)
        XCTAssertEqual(ipkp.actual, 14)
        XCTAssertEqual(ipkp.threshold, 15.75)
        XCTAssertEqual(ipkp.surveyActual, 3.2)
        XCTAssertEqual(ipkp.surveyThreshold, 3.6)

        answers["B.I.a"] = .number(3.59)
        let below = try verdicts(answers)
        XCTAssertEqual(codes(below["wbk"]), ["survei-persepsi-anti-korupsi:B.I.a"])
        XCTAssertEqual(below["wbk"]?.failures.first?.actual, 15.70625)
    }

    func testCapaianKinerjaSeparatesWBKFromWBBM() throws {
        var answers = LKEFixtures.best(framework)
        answers["B.I.b"] = .option("C") // 2.50
        let results = try verdicts(answers, held: ["wbk"])
        XCTAssertEqual(results["wbk"]?.eligible, true)
        XCTAssertEqual(codes(results["wbbm"]), ["kinerja-lebih-baik:B.I.b"])

        answers["B.I.b"] = .option("D") // 1.25; with IPAK 3.60: B.I = 15.75 + 1.25 = 17.00 < 18.25
        answers["B.I.a"] = .number(3.6)
        XCTAssertEqual(codes(try verdicts(answers)["wbk"]), ["hasil-bersih-akuntabel:B.I", "kinerja-lebih-baik:B.I.b"])
    }

    func testWBBMWithoutWBKFailsEvenWithPerfectScores() throws {
        let result = try verdicts(LKEFixtures.best(framework))["wbbm"]
        XCTAssertEqual(codes(result), ["predikat-wbk:wbk"])
    }

    /// Total ≥ 75 and every area ≥ 60 %, yet pengungkit < 40: the pengungkit minimum catches it.
    func testPengungkitMinimumIsCheckedOnItsOwn() throws {
        var answers = LKEFixtures.worsening(LKEFixtures.best(framework), under: "A.II", in: framework)
        answers["A.II.1.i.a"] = .number(80) // area 1: 4 + 0.8 = 60 %
        answers["A.II.2.i.a"] = .option("A") // area 2: 3.5 + 0.5 …
        answers["A.II.2.ii.a"] = .option("B") //          … + 0.25 = 60.7 %
        answers["A.II.3.iii.a"] = .number(50) // area 3: 5 + 1 = 60 %
        answers["A.II.4.i.a"] = .number(50) // area 4: 5 + 1 = 60 %
        answers["A.II.5.iii.i.a"] = .number(100) // area 5: 7.5 + 1 …
        answers["A.II.5.iii.ii.a"] = .number(50) //          … + 0.5 = 60 %
        answers["A.II.6.i.b"] = .number(80) // area 6: 5 + 1 = 60 %
        let score = try LKEScorer(framework: framework).score(answers)
        XCTAssertEqual(score.pengungkit, 36.05, accuracy: 1e-9)
        XCTAssertEqual(score.total, 76.05, accuracy: 1e-9)
        let wbk = try XCTUnwrap(try verdicts(answers)["wbk"])
        XCTAssertEqual(codes(wbk), ["nilai-pengungkit:A"])
        XCTAssertEqual(wbk.failures.first?.actual, 36.05)
        XCTAssertEqual(wbk.failures.first?.threshold, 40)
    }
}
