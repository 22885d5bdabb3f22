/// One problem found in an LKE framework file; ``description`` names the node and the numbers.
public enum LKEFrameworkIssue: Equatable, Sendable, CustomStringConvertible {
    case emptyField(String)
    case duplicateId(String)
    case nonPositiveWeight(node: String, weight: Double)
    case maxScoreMismatch(maxScore: Double, komponenSum: Double)
    case weightMismatch(node: String, weight: Double, childrenSum: Double)
    case emptyGroup(String)
    case mixedChildren(node: String)
    case misplacedLevel(node: String, level: LKELevel, parentLevel: LKELevel?)
    case idOutsideParent(node: String, parent: String)
    case areaReferenceMissing(node: String)
    case areaReferenceOnNonArea(node: String)
    case unknownArea(node: String, area: String)
    case duplicateArea(String)
    case unusedArea(String)
    case areaWeightMismatch(area: String, weight: Double, partsSum: Double)
    case unequalAreaSplit(area: String, parts: [String])
    case componentRoleMissing(LKEComponentRole)
    case duplicateComponentRole(LKEComponentRole)
    case roleOnNonKomponen(node: String)
    case unknownAnswerType(question: String, type: String)
    case optionsMismatch(question: String, answerType: LKEAnswerType, expected: [String], found: [String])
    case missingOptionText(question: String, code: String)
    case missingInputs(question: String)
    case invalidInputId(question: String, input: String)
    case duplicateInput(question: String, input: String)
    case missingFormula(question: String)
    case formulaSyntax(question: String, formula: String, error: LKEFormulaError)
    case formulaUnknownInput(question: String, input: String)
    case missingZeroOverZeroRule(question: String)
    case zeroOverZeroOutOfRange(question: String, value: Double)
    case percentageFieldsOnNonPercentage(question: String)
    case duplicatePredicate(String)
    case duplicateConditionCode(predicate: String, code: String)
    case conditionFieldMissing(predicate: String, code: String, field: String)
    case conditionUnknownNode(predicate: String, code: String, node: String)
    case conditionUnknownPredicate(predicate: String, code: String, target: String)
    case conditionPercentOutOfRange(predicate: String, code: String, value: Double)
    case surveyAlternativeInvalid(predicate: String, code: String, question: String, reason: String)
    case optionValues(type: String, problem: String)
    case duplicateSoalID(Int)

    public var description: String {
        switch self {
        case .emptyField(let field):
            "field \"\(field)\" is empty"
        case .duplicateId(let id):
            "id \"\(id)\" is used more than once"
        case .nonPositiveWeight(let node, let weight):
            "\(node): weight \(weight) must be greater than 0"
        case .maxScoreMismatch(let maxScore, let sum):
            "maxScore is \(maxScore) but the komponen weights add up to \(sum)"
        case .weightMismatch(let node, let weight, let sum):
            "\(node): weight is \(weight) but its children's weights add up to \(sum)"
        case .emptyGroup(let node):
            "\(node): a group needs at least one child"
        case .mixedChildren(let node):
            "\(node): either all children carry a weight (score = sum) or none does (score = weight × mean of questions); found a mix"
        case .misplacedLevel(let node, let level, let parentLevel):
            "\(node): level \(level.rawValue) cannot sit under \(parentLevel.map { "level \($0.rawValue)" } ?? "the root")"
        case .idOutsideParent(let node, let parent):
            "\(node): id must start with its parent's id \"\(parent).\""
        case .areaReferenceMissing(let node):
            "\(node): an area node needs an \"area\" reference"
        case .areaReferenceOnNonArea(let node):
            "\(node): only nodes of level area may carry an \"area\" reference"
        case .unknownArea(let node, let area):
            "\(node): refers to undeclared area \"\(area)\""
        case .duplicateArea(let area):
            "area \"\(area)\" is declared more than once"
        case .unusedArea(let area):
            "area \"\(area)\" is declared but no area node refers to it"
        case .areaWeightMismatch(let area, let weight, let sum):
            "area \"\(area)\": declared weight \(weight) but its parts add up to \(sum)"
        case .unequalAreaSplit(let area, let parts):
            "area \"\(area)\": areaSplit is \"equal\" but its parts carry different weights (\(parts.joined(separator: ", ")))"
        case .componentRoleMissing(let role):
            "no komponen has role \"\(role.rawValue)\""
        case .duplicateComponentRole(let role):
            "more than one komponen has role \"\(role.rawValue)\""
        case .roleOnNonKomponen(let node):
            "\(node): only a komponen may carry a role"
        case .unknownAnswerType(let question, let type):
            "\(question): unknown answer type \"\(type)\" (known: \(LKEAnswerType.allCases.map(\.rawValue).joined(separator: ", ")))"
        case .optionsMismatch(let question, let type, let expected, let found):
            "\(question): answer type \(type.rawValue) needs options [\(expected.joined(separator: ", "))] but has [\(found.joined(separator: ", "))]"
        case .missingOptionText(let question, let code):
            "\(question): option \(code) has no explanation text"
        case .missingInputs(let question):
            "\(question): a % question needs at least one input"
        case .invalidInputId(let question, let input):
            "\(question): input id \"\(input)\" is not a valid name (letters, digits, _; not starting with a digit)"
        case .duplicateInput(let question, let input):
            "\(question): input \"\(input)\" is declared more than once"
        case .missingFormula(let question):
            "\(question): a % question needs a formula"
        case .formulaSyntax(let question, let formula, let error):
            "\(question): formula \"\(formula)\" does not parse: \(error)"
        case .formulaUnknownInput(let question, let input):
            "\(question): formula refers to \"\(input)\", which is not a declared input"
        case .missingZeroOverZeroRule(let question):
            "\(question): a % question needs \"ifZeroOverZero\" (the percentage to use for 0/0)"
        case .zeroOverZeroOutOfRange(let question, let value):
            "\(question): ifZeroOverZero \(value) must lie in 0…100"
        case .percentageFieldsOnNonPercentage(let question):
            "\(question): inputs, formula and ifZeroOverZero belong only to % questions"
        case .duplicatePredicate(let id):
            "predicate \"\(id)\" is declared more than once"
        case .duplicateConditionCode(let predicate, let code):
            "predicate \"\(predicate)\": condition code \"\(code)\" is used more than once"
        case .conditionFieldMissing(let predicate, let code, let field):
            "predicate \"\(predicate)\", condition \"\(code)\": field \"\(field)\" is required for its scope"
        case .conditionUnknownNode(let predicate, let code, let node):
            "predicate \"\(predicate)\", condition \"\(code)\": unknown node \"\(node)\""
        case .conditionUnknownPredicate(let predicate, let code, let target):
            "predicate \"\(predicate)\", condition \"\(code)\": unknown predicate \"\(target)\""
        case .conditionPercentOutOfRange(let predicate, let code, let value):
            "predicate \"\(predicate)\", condition \"\(code)\": minPercent \(value) must lie in 0…100"
        case .surveyAlternativeInvalid(let predicate, let code, let question, let reason):
            "predicate \"\(predicate)\", condition \"\(code)\": survey alternative \"\(question)\" \(reason)"
        case .optionValues(let type, let problem):
            "optionValues \"\(type)\": \(problem)"
        case .duplicateSoalID(let soalID):
            "soalID \(soalID) is used more than once"
        }
    }
}
