import XCTest
@testable import ZICore

/// Shared fixtures for the LKE tests: the bundled PermenPANRB 90/2021 framework, complete
/// best / worst answer sets, and a tiny hand-built framework to break in validation tests.
enum LKEFixtures {
    static let realId = "permenpanrb-90-2021"

    static func real() throws -> LKEFramework {
        try LKEFrameworkRegistry.bundled().framework(id: realId)
    }

    /// The best answer to every question: first option, 100 %, survey 4.
    static func best(_ framework: LKEFramework) -> [String: LKEAnswer] {
        Dictionary(
            uniqueKeysWithValues: framework.questions.map { question in
                switch question.answerType {
                case .percentage: (question.id, .number(100))
                case .survey: (question.id, .number(LKEAnswerType.surveyScaleMax))
                default: (question.id, .option(question.answerType.optionCodes[0]))
                }
            })
    }

    /// The worst answer to every question: last option, 0 %, survey 0.
    static func worst(_ framework: LKEFramework) -> [String: LKEAnswer] {
        Dictionary(
            uniqueKeysWithValues: framework.questions.map { question in
                switch question.answerType {
                case .percentage, .survey: (question.id, .number(0))
                default: (question.id, .option(question.answerType.optionCodes.last!))
                }
            })
    }

    /// The questions at or below `nodeId`.
    static func questions(under nodeId: String, in framework: LKEFramework) -> [LKEQuestion] {
        framework.node(withId: nodeId)?.questions ?? []
    }

    /// `answers` with every question under `nodeId` set to its worst answer.
    static func worsening(_ answers: [String: LKEAnswer], under nodeId: String, in framework: LKEFramework) -> [String: LKEAnswer] {
        let worstAnswers = worst(framework)
        var result = answers
        for question in questions(under: nodeId, in: framework) { result[question.id] = worstAnswers[question.id] }
        return result
    }

    // MARK: - A tiny valid framework (maxScore 10)

    /// A (pengungkit, 6) = A.I (3) + A.II (3), one area "1" split 3/3; B (hasil, 4) = B.I (4) = survey B.I.a.
    static func mini() -> LKEFramework {
        let yaTidak = LKEQuestion(
            id: "A.I.1.i.a", text: "Ada tim?", answerType: .yaTidak,
            options: [LKEOption(code: "Ya", text: "Ya, jika ada."), LKEOption(code: "Tidak")])
        let abc = LKEQuestion(
            id: "A.I.1.i.b", text: "Tim dipilih?", answerType: .abc,
            options: ["A", "B", "C"].map { LKEOption(code: $0, text: "Jika \($0)") })
        let percent = LKEQuestion(
            id: "A.II.1.i.a", text: "Perubahan?", answerType: .percentage,
            inputs: [LKEInput(id: "agen", label: "Jumlah Agen"), LKEInput(id: "perubahan", label: "Jumlah Perubahan")],
            formula: "perubahan / agen * 100", ifZeroOverZero: 0)
        let survey = LKEQuestion(id: "B.I.a", weight: 4, text: "IPAK", answerType: .survey)
        return LKEFramework(
            id: "mini", version: "1", title: "Mini",
            regulation: LKERegulation(name: "Mini", shortName: "Mini", worksheet: "-", thresholds: "-"),
            maxScore: 10, areaSplit: .equal,
            areas: [LKEAreaDefinition(id: "1", name: "Satu", weight: 6)],
            children: [
                group(
                    .komponen, "A", 6, nil, .pengungkit,
                    [
                        group(
                            .kriteria, "A.I", 3, nil, nil,
                            [
                                group(
                                    .area, "A.I.1", 3, "1", nil,
                                    [group(.subIndikator, "A.I.1.i", 3, nil, nil, [.question(yaTidak), .question(abc)])])
                            ]),
                        group(
                            .kriteria, "A.II", 3, nil, nil,
                            [group(.area, "A.II.1", 3, "1", nil, [group(.subIndikator, "A.II.1.i", 3, nil, nil, [.question(percent)])])]),
                    ]),
                group(.komponen, "B", 4, nil, .hasil, [group(.kriteria, "B.I", 4, nil, nil, [.question(survey)])]),
            ],
            predicates: [
                LKEPredicateRule(
                    id: "p", name: "P",
                    conditions: [
                        LKECondition(code: "total", label: "Total", scope: .total, min: 5),
                        LKECondition(code: "area", label: "Area", scope: .eachArea, minPercent: 60),
                        LKECondition(
                            code: "ipak", label: "IPAK", scope: .node, node: "B.I", min: 3.6,
                            survey: LKESurveyAlternative(question: "B.I.a", min: 3.6)),
                    ])
            ]
        )
    }

    static func group(
        _ level: LKELevel, _ id: String, _ weight: Double, _ area: String? = nil, _ role: LKEComponentRole? = nil, _ children: [LKENode]
    ) -> LKENode {
        .group(LKEGroup(level: level, id: id, area: area, role: role, name: id, weight: weight, note: nil, children: children))
    }
}

extension LKEFramework {
    /// A copy with the node `id` replaced by `transform(node)`.
    func replacingNode(_ id: String, _ transform: (LKENode) -> LKENode) -> LKEFramework {
        var copy = self
        copy.children = children.map { $0.replacingNode(id, transform) }
        return copy
    }
}

extension LKENode {
    func replacingNode(_ id: String, _ transform: (LKENode) -> LKENode) -> LKENode {
        if self.id == id { return transform(self) }
        guard case .group(var group) = self else { return self }
        group.children = group.children.map { $0.replacingNode(id, transform) }
        return .group(group)
    }

    /// The question inside, or a test failure.
    var asQuestion: LKEQuestion {
        guard case .question(let question) = self else { preconditionFailure("\(id) is not a question") }
        return question
    }

    /// The group inside, or a test failure.
    var asGroup: LKEGroup {
        guard case .group(let group) = self else { preconditionFailure("\(id) is not a group") }
        return group
    }
}
