import Foundation
import XCTest
@testable import ZICore

final class LKEFrameworkTests: XCTestCase {
    // MARK: - The bundled PermenPANRB 90/2021 framework

    func testBundledRegistryListsTheRegulation() throws {
        let registry = try LKEFrameworkRegistry.bundled()
        XCTAssertEqual(registry.ids, ["lke-zi-2026", LKEFixtures.realId])
        let framework = try registry.framework(id: LKEFixtures.realId)
        XCTAssertEqual(framework.regulation.shortName, "PermenPANRB 90/2021")
        XCTAssertEqual(framework.maxScore, 100)
        XCTAssertTrue(LKEFrameworkValidator.issues(in: framework).isEmpty)
    }

    func testUnknownFrameworkIdNamesTheAvailableOnes() throws {
        let registry = try LKEFrameworkRegistry.bundled()
        XCTAssertThrowsError(try registry.framework(id: "permenpanrb-52-2014")) { error in
            XCTAssertEqual(
                error as? LKEFrameworkError, .unknownFramework(id: "permenpanrb-52-2014", available: ["lke-zi-2026", LKEFixtures.realId]))
        }
    }

    func testRealFrameworkWeightsFollowTheRegulation() throws {
        let framework = try LKEFixtures.real()
        let weight = { (id: String) in framework.node(withId: id)?.weight }
        XCTAssertEqual(weight("A"), 60)
        XCTAssertEqual(weight("B"), 40)
        XCTAssertEqual(weight("A.I"), 30)
        XCTAssertEqual(weight("A.II"), 30)
        XCTAssertEqual(weight("B.I"), 22.5)
        XCTAssertEqual(weight("B.I.a"), 17.5)
        XCTAssertEqual(weight("B.I.b"), 5)
        XCTAssertEqual(weight("B.II"), 17.5)
        XCTAssertEqual(framework.areas.map(\.weight), [8, 7, 10, 10, 15, 10])
        for area in framework.areas {
            XCTAssertEqual(framework.areaParts(of: area.id).map(\.id), ["A.I.\(area.id)", "A.II.\(area.id)"])
            XCTAssertEqual(framework.areaParts(of: area.id).map(\.weight), [area.weight / 2, area.weight / 2], "area \(area.id)")
        }
    }

    /// Counted by hand from Lampiran III (and cross-checked against the answer-type column).
    func testRealFrameworkHasEveryQuestionOfTheRegulation() throws {
        let framework = try LKEFixtures.real()
        let expected: [String: Int] = [
            "A.I.1": 12, "A.I.2": 9, "A.I.3": 18, "A.I.4": 11, "A.I.5": 18, "A.I.6": 19,
            "A.II.1": 4, "A.II.2": 6, "A.II.3": 3, "A.II.4": 3, "A.II.5": 4, "A.II.6": 3,
            "B.I": 2, "B.II": 1,
        ]
        for (node, count) in expected {
            XCTAssertEqual(LKEFixtures.questions(under: node, in: framework).count, count, node)
        }
        XCTAssertEqual(framework.questions.count, 113)
        let byType = Dictionary(grouping: framework.questions, by: \.answerType).mapValues(\.count)
        XCTAssertEqual(byType, [.yaTidak: 17, .abc: 36, .abcd: 33, .abcde: 17, .percentage: 8, .survey: 2])
    }

    func testRealFrameworkKeepsTheRegulationText() throws {
        let framework = try LKEFixtures.real()
        let question = try XCTUnwrap(framework.question(withId: "A.I.1.i.b"))
        XCTAssertEqual(question.text, "Penentuan anggota Tim dipilih melalui prosedur/mekanisme yang jelas")
        XCTAssertEqual(
            question.options.map(\.text),
            [
                "Jika dengan prosedur/mekanisme yang jelas dan mewakili seluruh unsur dalam unit kerja",
                "Jika sebagian menggunakan prosedur yang mewakili sebagian besar unsur dalam unit kerja",
                "Jika tidak di seleksi.",
            ])
        let disiplin = try XCTUnwrap(framework.question(withId: "A.II.3.iii.a"))
        XCTAssertEqual(
            disiplin.inputs.map(\.label),
            [
                "Jumlah pelanggaran tahun sebelumnya", "Jumlah pelanggaran tahun ini",
                "Jumlah pelanggaran yang telah diberikan sanksi/hukuman",
            ])
        XCTAssertEqual(framework.node(withId: "A.II.5.iii.ii")?.questions.map(\.id), ["A.II.5.iii.ii.a"])
        // The regulation prints A.I.6.v's questions in the order a, c, b; ids follow its letters.
        XCTAssertEqual(framework.node(withId: "A.I.6.v")?.questions.map(\.id), ["A.I.6.v.a", "A.I.6.v.c", "A.I.6.v.b"])
    }

    func testRealFrameworkCarriesTabel6AsData() throws {
        let framework = try LKEFixtures.real()
        let rule = { (id: String) in try XCTUnwrap(framework.predicates.first { $0.id == id }) }
        let wbk = try rule("wbk"), wbbm = try rule("wbbm")
        let min = { (rule: LKEPredicateRule, code: String) in rule.conditions.first { $0.code == code }.flatMap { $0.min ?? $0.minPercent }
        }
        XCTAssertEqual(min(wbk, "nilai-total"), 75)
        XCTAssertEqual(min(wbbm, "nilai-total"), 85)
        XCTAssertEqual(min(wbk, "nilai-pengungkit"), 40)
        XCTAssertEqual(min(wbbm, "nilai-pengungkit"), 48)
        XCTAssertEqual(min(wbk, "nilai-per-area"), 60)
        XCTAssertEqual(min(wbbm, "nilai-per-area"), 75)
        XCTAssertEqual(min(wbk, "hasil-bersih-akuntabel"), 18.25)
        XCTAssertEqual(min(wbbm, "hasil-bersih-akuntabel"), 19.5)
        XCTAssertEqual(min(wbk, "survei-persepsi-anti-korupsi"), 15.75)
        XCTAssertEqual(min(wbbm, "survei-persepsi-anti-korupsi"), 15.75)
        XCTAssertEqual(min(wbk, "kinerja-lebih-baik"), 2.5)
        XCTAssertEqual(min(wbbm, "kinerja-lebih-baik"), 3.75)
        XCTAssertEqual(min(wbk, "hasil-pelayanan-prima"), 14)
        XCTAssertEqual(min(wbbm, "hasil-pelayanan-prima"), 15.75)
        XCTAssertEqual(wbbm.conditions.first { $0.scope == .heldPredicate }?.predicate, "wbk")
    }

    func testAFrameworkRoundTripsThroughJSON() throws {
        let framework = try LKEFixtures.real()
        let data = try JSONEncoder().encode(framework)
        XCTAssertEqual(try LKEFrameworkLoader.load(data: data, source: "copy"), framework)
    }

    func testASecondFrameworkFileIsPickedUpWithoutCodeChanges() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lke-registry-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var other = LKEFixtures.mini()
        other.id = "mini-2"
        for framework in [LKEFixtures.mini(), other] {
            try JSONEncoder().encode(framework).write(to: directory.appendingPathComponent("\(framework.id).json"))
        }
        try Data("not a framework".utf8).write(to: directory.appendingPathComponent("README.md"))
        let registry = try LKEFrameworkRegistry(directory: directory)
        XCTAssertEqual(registry.ids, ["mini", "mini-2"])
        XCTAssertEqual(try registry.framework(id: "mini-2").title, "Mini")
    }

    func testDuplicateFrameworkIdsAreRejected() {
        XCTAssertThrowsError(try LKEFrameworkRegistry(frameworks: [LKEFixtures.mini(), LKEFixtures.mini()])) { error in
            XCTAssertEqual(error as? LKEFrameworkError, .duplicateFrameworkId(id: "mini"))
        }
    }

    // MARK: - Validation catches every kind of bad file

    private func issues(_ framework: LKEFramework) -> [LKEFrameworkIssue] {
        LKEFrameworkValidator.issues(in: framework)
    }

    private func changingQuestion(_ id: String, _ change: (inout LKEQuestion) -> Void) -> LKEFramework {
        LKEFixtures.mini().replacingNode(id) { node in
            var question = node.asQuestion
            change(&question)
            return .question(question)
        }
    }

    private func changingGroup(_ id: String, _ change: (inout LKEGroup) -> Void) -> LKEFramework {
        LKEFixtures.mini().replacingNode(id) { node in
            var group = node.asGroup
            change(&group)
            return .group(group)
        }
    }

    func testMiniFrameworkIsValid() {
        XCTAssertEqual(issues(LKEFixtures.mini()), [])
    }

    func testChildrenMustAddUpToTheirParent() {
        let framework = changingGroup("A.I.1.i") { $0.weight = 2.5 }
        XCTAssertTrue(issues(framework).contains(.weightMismatch(node: "A.I.1", weight: 3, childrenSum: 2.5)))
    }

    func testKomponenMustAddUpToMaxScore() {
        var framework = LKEFixtures.mini()
        framework.maxScore = 12
        XCTAssertEqual(issues(framework), [.maxScoreMismatch(maxScore: 12, komponenSum: 10)])
    }

    func testAreaPartsMustAddUpToTheAreaAndSplitEqually() {
        var framework = LKEFixtures.mini()
        framework.areas[0].weight = 8
        XCTAssertEqual(issues(framework), [.areaWeightMismatch(area: "1", weight: 8, partsSum: 6)])

        let unequal = LKEFixtures.mini()
            .replacingNode("A.I") { node in
                var g = node.asGroup
                g.weight = 4
                return .group(g)
            }
            .replacingNode("A.I.1") { node in
                var g = node.asGroup
                g.weight = 4
                return .group(g)
            }
            .replacingNode("A.I.1.i") { node in
                var g = node.asGroup
                g.weight = 4
                return .group(g)
            }
            .replacingNode("A.II") { node in
                var g = node.asGroup
                g.weight = 2
                return .group(g)
            }
            .replacingNode("A.II.1") { node in
                var g = node.asGroup
                g.weight = 2
                return .group(g)
            }
            .replacingNode("A.II.1.i") { node in
                var g = node.asGroup
                g.weight = 2
                return .group(g)
            }
        XCTAssertEqual(issues(unequal), [.unequalAreaSplit(area: "1", parts: ["A.I.1 = 4.0", "A.II.1 = 2.0"])])
        var free = unequal
        free.areaSplit = .free
        XCTAssertEqual(issues(free), [])
    }

    func testAreaReferencesMustBeDeclared() {
        let framework = changingGroup("A.II.1") { $0.area = "9" }
        XCTAssertTrue(issues(framework).contains(.unknownArea(node: "A.II.1", area: "9")))
        XCTAssertTrue(issues(changingGroup("A.I.1") { $0.area = nil }).contains(.areaReferenceMissing(node: "A.I.1")))
    }

    func testIdsMustBeUniqueAndFollowTheirParent() {
        let duplicate = changingQuestion("A.I.1.i.b") { $0.id = "A.I.1.i.a" }
        XCTAssertTrue(issues(duplicate).contains(.duplicateId("A.I.1.i.a")))
        let outside = changingQuestion("A.I.1.i.b") { $0.id = "A.I.2.i.b" }
        XCTAssertEqual(issues(outside), [.idOutsideParent(node: "A.I.2.i.b", parent: "A.I.1.i")])
    }

    func testLevelsMustDescend() {
        let framework = changingGroup("A.I.1") { $0.level = .komponen }
        XCTAssertTrue(issues(framework).contains(.misplacedLevel(node: "A.I.1", level: .komponen, parentLevel: .kriteria)))
    }

    func testUnknownAnswerTypeFailsLoadingWithTheQuestionId() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .withoutEscapingSlashes
        let text = String(decoding: try encoder.encode(LKEFixtures.mini()), as: UTF8.self)
            .replacingOccurrences(of: "\"A/B/C\"", with: "\"A/B\"")
        XCTAssertThrowsError(try LKEFrameworkLoader.load(data: Data(text.utf8), source: "mini.json")) { error in
            XCTAssertEqual(
                error as? LKEFrameworkError,
                .invalid(source: "mini.json", issues: [.unknownAnswerType(question: "A.I.1.i.b", type: "A/B")]))
            XCTAssertTrue("\(error)".contains("A.I.1.i.b: unknown answer type \"A/B\""))
        }
    }

    func testOptionsMustMatchTheAnswerType() {
        let framework = changingQuestion("A.I.1.i.b") { $0.options.removeLast() }
        XCTAssertEqual(
            issues(framework), [.optionsMismatch(question: "A.I.1.i.b", answerType: .abc, expected: ["A", "B", "C"], found: ["A", "B"])])
        let noText = changingQuestion("A.I.1.i.b") { $0.options[1].text = nil }
        XCTAssertEqual(issues(noText), [.missingOptionText(question: "A.I.1.i.b", code: "B")])
        let optionsOnPercentage = changingQuestion("A.II.1.i.a") { $0.options = [LKEOption(code: "A", text: "x")] }
        XCTAssertEqual(
            issues(optionsOnPercentage), [.optionsMismatch(question: "A.II.1.i.a", answerType: .percentage, expected: [], found: ["A"])])
    }

    func testPercentageQuestionsNeedInputsAndAFormulaOverThem() {
        XCTAssertEqual(
            issues(changingQuestion("A.II.1.i.a") { $0.inputs = [] }),
            [
                .missingInputs(question: "A.II.1.i.a"),
                .formulaUnknownInput(question: "A.II.1.i.a", input: "agen"),
                .formulaUnknownInput(question: "A.II.1.i.a", input: "perubahan"),
            ])
        XCTAssertEqual(issues(changingQuestion("A.II.1.i.a") { $0.formula = nil }), [.missingFormula(question: "A.II.1.i.a")])
        XCTAssertEqual(
            issues(changingQuestion("A.II.1.i.a") { $0.formula = "perubahan / jumlahAgen * 100" }),
            [.formulaUnknownInput(question: "A.II.1.i.a", input: "jumlahAgen")])
        let syntax = issues(changingQuestion("A.II.1.i.a") { $0.formula = "perubahan / (agen * 100" })
        XCTAssertEqual(
            syntax,
            [
                .formulaSyntax(
                    question: "A.II.1.i.a", formula: "perubahan / (agen * 100",
                    error: LKEFormulaError(message: "missing \")\"", offset: 23))
            ])
        XCTAssertEqual(
            issues(changingQuestion("A.II.1.i.a") { $0.ifZeroOverZero = nil }), [.missingZeroOverZeroRule(question: "A.II.1.i.a")])
        XCTAssertEqual(
            issues(changingQuestion("A.II.1.i.a") { $0.ifZeroOverZero = 150 }),
            [.zeroOverZeroOutOfRange(question: "A.II.1.i.a", value: 150)])
        XCTAssertEqual(
            issues(changingQuestion("A.II.1.i.a") { $0.inputs.append(LKEInput(id: "2x", label: "x")) }),
            [.invalidInputId(question: "A.II.1.i.a", input: "2x")])
        XCTAssertEqual(
            issues(changingQuestion("A.I.1.i.b") { $0.formula = "1" }), [.percentageFieldsOnNonPercentage(question: "A.I.1.i.b")])
    }

    func testWeightedAndUnweightedChildrenCannotMix() {
        let framework = changingQuestion("A.I.1.i.a") { $0.weight = 1 }
        XCTAssertTrue(issues(framework).contains(.mixedChildren(node: "A.I.1.i")))
    }

    func testPredicateRulesMustReferToRealNodesAndAgreeWithTheirSurveyForm() {
        var framework = LKEFixtures.mini()
        framework.predicates[0].conditions += [
            LKECondition(code: "ghost", label: "Ghost", scope: .node, node: "Z.9", min: 1),
            LKECondition(code: "held", label: "Held", scope: .heldPredicate, predicate: "wbk"),
            LKECondition(code: "no-min", label: "No min", scope: .total),
        ]
        framework.predicates[0].conditions[2].survey?.min = 3.2
        XCTAssertEqual(
            issues(framework),
            [
                .surveyAlternativeInvalid(
                    predicate: "p", code: "ipak", question: "B.I.a", reason: "threshold 3.2 implies a score of 3.2, not 3.6"),
                .conditionUnknownNode(predicate: "p", code: "ghost", node: "Z.9"),
                .conditionUnknownPredicate(predicate: "p", code: "held", target: "wbk"),
                .conditionFieldMissing(predicate: "p", code: "no-min", field: "min"),
            ])
    }

    func testMalformedFileNamesThePath() {
        let text = #"{"id": "x", "version": "1", "title": "t", "maxScore": 1}"#
        XCTAssertThrowsError(try LKEFrameworkLoader.load(data: Data(text.utf8), source: "x.json")) { error in
            XCTAssertEqual(error as? LKEFrameworkError, .malformed(source: "x.json", reason: "top level: missing key \"regulation\""))
        }
    }

    func testAllProblemsAreReportedTogether() {
        var framework = changingQuestion("A.I.1.i.b") { $0.options.removeLast() }
        framework.maxScore = 11
        framework.id = " "
        XCTAssertThrowsError(try LKEFrameworkValidator.validate(framework, source: "bad.json")) { error in
            let message = "\(error)"
            XCTAssertTrue(message.hasPrefix("invalid LKE framework bad.json (3 problems):"), message)
            XCTAssertTrue(message.contains("field \"id\" is empty"))
            XCTAssertTrue(message.contains("maxScore is 11.0 but the komponen weights add up to 10.0"))
            XCTAssertTrue(message.contains("A.I.1.i.b: answer type A/B/C needs options [A, B, C] but has [A, B]"))
        }
    }

    // MARK: - Formula

    func testFormulaParsesAndEvaluatesWithPrecedence() throws {
        let formula = try LKEFormula("(a - b) / a * 100 + -2 * (1 + 0.5)")
        XCTAssertEqual(formula.identifiers, ["a", "b"])
        XCTAssertEqual(formula.evaluate(["a": 4, "b": 1]), 72)
        XCTAssertTrue(formula.evaluate(["a": 0, "b": 0]).isNaN)
        XCTAssertEqual(try LKEFormula("x / 0").evaluate(["x": 3]), .infinity)
        XCTAssertEqual(try LKEFormula("(0 - x) / 0").evaluate(["x": 3]), -.infinity)
    }

    func testFormulaSyntaxErrorsCarryThePosition() {
        let cases: [(String, LKEFormulaError)] = [
            ("", LKEFormulaError(message: "empty formula", offset: 0)),
            ("a +", LKEFormulaError(message: "unexpected end of formula", offset: 3)),
            ("a b", LKEFormulaError(message: "unexpected token", offset: 2)),
            ("a % b", LKEFormulaError(message: "unexpected character \"%\"", offset: 2)),
            ("1..2", LKEFormulaError(message: "malformed number \"1..2\"", offset: 0)),
            (")", LKEFormulaError(message: "unexpected token", offset: 0)),
        ]
        for (source, expected) in cases {
            XCTAssertThrowsError(try LKEFormula(source), source) { XCTAssertEqual($0 as? LKEFormulaError, expected, source) }
        }
    }
}
