/// Checks a plan template against its LKE framework before use. Every problem is reported,
/// not just the first, each naming the item (question id) and the field:
///
/// - `framework`, `version`, `source` are filled in and `framework` is the framework's id;
/// - every item's questionID is a question of the pengungkit component (not a group,
///   not a hasil question), no question has two items, every pengungkit question has one,
///   and the items follow the framework's question order;
/// - every item has at least one action, every action at least one bukti fisik;
/// - no text is empty or longer than ``maxTextLength`` characters;
/// - every target waktu names no year and is read by ``PeriodParser`` without needing
///   scheduling by hand: `PeriodParser.parse(text, defaultYear: checkYear)`, where every part
///   without a year takes the default year (a bare `Setiap bulan` repeats within it).
public enum PlanTemplateValidator {
    /// The longest text allowed in any field.
    public static let maxTextLength = 2000
    /// The plan year target waktu texts are read with.
    public static let checkYear = 2025

    /// Throws ``PlanTemplateError/invalid(source:issues:)`` listing every problem found.
    public static func validate(_ template: PlanTemplate, against framework: LKEFramework, source: String? = nil) throws {
        let found = issues(in: template, against: framework)
        if !found.isEmpty { throw PlanTemplateError.invalid(source: source, issues: found) }
    }

    /// Every problem in `template`; empty when it is valid.
    public static func issues(in template: PlanTemplate, against framework: LKEFramework) -> [PlanTemplateIssue] {
        var issues: [PlanTemplateIssue] = []
        for (name, value) in [("framework", template.framework), ("version", template.version), ("source", template.source)]
        where isBlank(value) {
            issues.append(.emptyField(name))
        }
        if !isBlank(template.framework), template.framework != framework.id {
            issues.append(.frameworkMismatch(template: template.framework, framework: framework.id))
        }
        issues += coverageIssues(template, framework)
        for item in template.items { issues += contentIssues(item) }
        return issues
    }

    // MARK: Questions: existence, component, duplicates, coverage, order

    private static func coverageIssues(_ template: PlanTemplate, _ framework: LKEFramework) -> [PlanTemplateIssue] {
        let allQuestions = Set(framework.questions.map(\.id))
        let pengungkit = framework.component(withRole: .pengungkit).map { LKENode.group($0).questions.map(\.id) } ?? []
        let position = Dictionary(pengungkit.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })

        var issues: [PlanTemplateIssue] = []
        var seen = Set<String>()
        var latest: (id: String, position: Int)?
        for item in template.items {
            let id = item.questionID
            guard allQuestions.contains(id) else {
                issues.append(.unknownQuestion(item: id))
                continue
            }
            guard let index = position[id] else {
                issues.append(.notPengungkit(item: id))
                continue
            }
            guard seen.insert(id).inserted else {
                issues.append(.duplicateItem(id))
                continue
            }
            if let latest, index < latest.position {
                issues.append(.outOfOrder(item: id, after: latest.id))
            } else {
                latest = (id, index)
            }
        }
        for id in pengungkit where !seen.contains(id) {
            issues.append(.missingItem(question: id))
        }
        return issues
    }

    // MARK: Texts and target waktu

    private static func contentIssues(_ item: PlanTemplate.Item) -> [PlanTemplateIssue] {
        let id = item.questionID
        var issues: [PlanTemplateIssue] = []
        func check(_ text: String, _ field: String) {
            if isBlank(text) {
                issues.append(.emptyText(item: id, field: field))
            } else if text.count > maxTextLength {
                issues.append(.textTooLong(item: id, field: field, length: text.count))
            }
        }
        check(id, "questionID")
        check(item.indikator, "indikator")
        if item.actions.isEmpty { issues.append(.noActions(item: id)) }
        for (number, action) in item.actions.enumerated() {
            let prefix = "actions[\(number)]"
            check(action.langkahAksi, "\(prefix).langkahAksi")
            if action.buktiFisik.isEmpty { issues.append(.noBuktiFisik(item: id, action: number)) }
            for (index, bukti) in action.buktiFisik.enumerated() {
                check(bukti, "\(prefix).buktiFisik[\(index)]")
            }
            check(action.targetWaktu, "\(prefix).targetWaktu")
            if !isBlank(action.targetWaktu), action.targetWaktu.count <= maxTextLength,
                let issue = targetWaktuIssue(action.targetWaktu, item: id, action: number)
            {
                issues.append(issue)
            }
        }
        return issues
    }

    private static func targetWaktuIssue(_ text: String, item: String, action: Int) -> PlanTemplateIssue? {
        // With a default year outside 1900–2199 only parts that name a year are scheduled.
        if !PeriodParser.parse(text, defaultYear: 0).dueDates.isEmpty {
            return .targetWaktuNamesYear(item: item, action: action, text: text)
        }
        let schedule = PeriodParser.parse(text, defaultYear: checkYear)
        if schedule.needsScheduling {
            return .targetWaktuUnreadable(item: item, action: action, text: text, unparsed: schedule.unparsed)
        }
        return nil
    }

    private static func isBlank(_ text: String) -> Bool {
        text.allSatisfy(\.isWhitespace)
    }
}
