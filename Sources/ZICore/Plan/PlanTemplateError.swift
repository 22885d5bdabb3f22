/// Why a plan template could not be loaded.
public enum PlanTemplateError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No template file is bundled for the framework.
    case missing(framework: String)
    /// The file could not be read.
    case unreadable(source: String, reason: String)
    /// The file is not the expected JSON shape (missing key, wrong type, …).
    case malformed(source: String, reason: String)
    /// The file parsed but breaks the rules checked by ``PlanTemplateValidator``.
    case invalid(source: String?, issues: [PlanTemplateIssue])

    public var description: String {
        switch self {
        case .missing(let framework):
            return "no plan template is bundled for LKE framework \"\(framework)\""
        case .unreadable(let source, let reason):
            return "cannot read plan template \(source): \(reason)"
        case .malformed(let source, let reason):
            return "malformed plan template \(source): \(reason)"
        case .invalid(let source, let issues):
            let lines = issues.map { "  - \($0)" }.joined(separator: "\n")
            return
                "invalid plan template\(source.map { " \($0)" } ?? "") (\(issues.count) problem\(issues.count == 1 ? "" : "s")):\n\(lines)"
        }
    }
}

/// One problem found in a plan template; ``description`` names the item and the field.
///
/// `field` is a path inside the item, e.g. `indikator`, `actions[0].langkahAksi`,
/// `actions[1].buktiFisik[2]`; top-level fields are named without an item.
public enum PlanTemplateIssue: Equatable, Sendable, CustomStringConvertible {
    /// A top-level field (`framework`, `version`, `source`) is empty.
    case emptyField(String)
    /// The template names another framework than the one it is checked against.
    case frameworkMismatch(template: String, framework: String)
    /// The item's questionID is not a question of the framework.
    case unknownQuestion(item: String)
    /// The item's question belongs to the hasil component (outcomes, not actions).
    case notPengungkit(item: String)
    /// Two items name the same question.
    case duplicateItem(String)
    /// A pengungkit question has no item.
    case missingItem(question: String)
    /// The item comes after an item whose question the framework lists later.
    case outOfOrder(item: String, after: String)
    /// The item has no action.
    case noActions(item: String)
    /// The action lists no bukti fisik.
    case noBuktiFisik(item: String, action: Int)
    /// A text is empty or only white space.
    case emptyText(item: String, field: String)
    /// A text is longer than ``PlanTemplateValidator/maxTextLength`` characters.
    case textTooLong(item: String, field: String, length: Int)
    /// The target waktu (read with the check year as default year) needs scheduling by hand.
    case targetWaktuUnreadable(item: String, action: Int, text: String, unparsed: [String])
    /// The target waktu names a year of its own; templates leave the year to the plan.
    case targetWaktuNamesYear(item: String, action: Int, text: String)

    public var description: String {
        switch self {
        case .emptyField(let field):
            "field \"\(field)\" is empty"
        case .frameworkMismatch(let template, let framework):
            "the template is for framework \"\(template)\", not \"\(framework)\""
        case .unknownQuestion(let item):
            "\(item): not a question of the framework"
        case .notPengungkit(let item):
            "\(item): a hasil question; the template covers only the pengungkit questions"
        case .duplicateItem(let item):
            "\(item): more than one item for this question"
        case .missingItem(let question):
            "\(question): pengungkit question without an item"
        case .outOfOrder(let item, let after):
            "\(item): out of order, comes after \(after) but the framework lists it earlier"
        case .noActions(let item):
            "\(item): needs at least one action"
        case .noBuktiFisik(let item, let action):
            "\(item), actions[\(action)]: needs at least one bukti fisik"
        case .emptyText(let item, let field):
            "\(item), \(field): empty text"
        case .textTooLong(let item, let field, let length):
            "\(item), \(field): \(length) characters, at most \(PlanTemplateValidator.maxTextLength) allowed"
        case .targetWaktuUnreadable(let item, let action, let text, let unparsed):
            "\(item), actions[\(action)].targetWaktu: \"\(text)\" cannot be scheduled"
                + (unparsed.isEmpty ? "" : " (unreadable: \(unparsed.map { "\"\($0)\"" }.joined(separator: ", ")))")
        case .targetWaktuNamesYear(let item, let action, let text):
            "\(item), actions[\(action)].targetWaktu: \"\(text)\" names a year; leave the year to the plan"
        }
    }
}
