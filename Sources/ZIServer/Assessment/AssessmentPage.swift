import Foundation
import Vapor
import ZICore

/// What the assessment page shows for one part of the worksheet (an area or the hasil).
struct AssessmentPage: Encodable {
    /// A choice in a select.
    struct Choice: Encodable {
        let value: String
        let label: String
        let selected: Bool
    }

    /// A named `Jumlah` input of a `%` question with the unit's figure.
    struct Input: Encodable {
        let id: String
        let label: String
        let value: String
    }

    /// One question with both parties' answers.
    struct Question: Encodable {
        let id: String
        let text: String
        let type: String
        let explanation: String?
        let isOption: Bool
        let isInputs: Bool
        let selfOptions: [Choice]
        let selfNumber: String
        let inputs: [Input]
        let selfNote: String?
        let evidenceNote: String?
        let selfDisplay: String
        let tpiOptions: [Choice]
        let tpiNumber: String
        let tpiNote: String?
        let tpiDisplay: String
        let canFill: Bool
        let error: String?
        /// The answer the unit's own records suggest (only a suggestion; the assessor decides).
        var suggestion: AssessmentSuggestions.Suggestion? = nil
    }

    /// A sub-indikator (or hasil item) heading with its questions.
    struct Section: Encodable {
        let title: String
        let weight: String
        let questions: [Question]
    }

    /// A tab: one part of the worksheet with its progress.
    struct Tab: Encodable {
        let part: String
        let label: String
        let progress: String
        let active: Bool
    }

    let summary: AssessmentSummary
    /// The scores with two decimals, as the regulation prints them.
    let scores: [String: String]
    let statusLabel: String
    /// The short name of the assessment's LKE framework (`LKE ZI 2026`).
    let frameworkName: String
    let part: String
    let tabs: [Tab]
    let sections: [Section]
    let canFillAny: Bool
    let canSubmit: Bool
    let canReview: Bool
    let canReopen: Bool
    /// The frameworks the assessment can be carried to (empty when the user may not).
    let carryTargets: [ZIServer.Choice]
    let failures: [String]
    let upgrades: [String]
    let gapBlockers: [String]
    let recommendationLabel: String?
    /// The outcome of an XLSX import just made, if any.
    let importReport: AssessmentWorkbook.Report?
    let form: FormState

    /// The questions of `part` grouped by sub-indikator, walking the framework tree.
    static func sections(of part: String, catalog: LKECatalog.Entry, make: (LKEQuestion) -> Question) -> [Section] {
        var sections: [Section] = []
        func walk(_ node: LKENode) {
            guard case .group(let group) = node else { return }
            let questions = group.children.compactMap { child -> LKEQuestion? in
                if case .question(let question) = child { question } else { nil }
            }.filter { (catalog.areaOf[$0.id].map(String.init) ?? "hasil") == part }
            if !questions.isEmpty {
                sections.append(
                    Section(
                        title: "\(group.id) \(group.name)", weight: String(format: "%.2f", group.weight),
                        questions: questions.map(make)))
            }
            group.children.forEach(walk)
        }
        catalog.framework.children.forEach(walk)
        return sections
    }

    /// An answer in words: the option, the percentage with its inputs, or the survey value.
    static func display(_ answer: LKEAnswer?, question: LKEQuestion) -> String {
        switch answer {
        case nil: return "—"
        case .option(let code): return code
        case .number(let number): return String(format: question.answerType == .survey ? "%.2f" : "%.2f%%", number)
        case .inputs(let inputs):
            let figures = question.inputs.map { "\($0.label): \(inputs[$0.id].map { String(format: "%g", $0) } ?? "—")" }
            let percent = (try? question.percentage(from: inputs)).map { String(format: " → %.2f%%", min(max($0, 0), 100)) } ?? ""
            return figures.joined(separator: "; ") + percent
        }
    }

    static func choices(_ question: LKEQuestion, selected: LKEAnswer?) -> [Choice] {
        let current: String? = if case .option(let code) = selected { code } else { nil }
        return question.options.map { option in
            Choice(
                value: option.code, label: option.text.map { "\(option.code) — \($0)" } ?? option.code,
                selected: option.code.lowercased() == current?.lowercased())
        }
    }

    static func number(_ answer: LKEAnswer?) -> String {
        if case .number(let value) = answer { return String(format: "%g", value) }
        return ""
    }
}
