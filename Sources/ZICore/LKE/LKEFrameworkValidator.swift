import Foundation

/// Checks an LKE framework before use: metadata, ids, levels, weights at every level,
/// the area split, questions (answer types, options, `%` inputs and formulas) and the
/// predicate rules. Every problem is reported, not just the first.
public enum LKEFrameworkValidator {
    /// Throws ``LKEFrameworkError/invalid(source:issues:)`` listing every problem found.
    public static func validate(_ framework: LKEFramework, source: String? = nil) throws {
        let found = issues(in: framework)
        if !found.isEmpty { throw LKEFrameworkError.invalid(source: source, issues: found) }
    }

    /// Every problem in `framework`; empty when it is valid.
    public static func issues(in framework: LKEFramework) -> [LKEFrameworkIssue] {
        var check = Check(framework: framework)
        check.run()
        return check.issues
    }

    private struct Check {
        let framework: LKEFramework
        let index: LKETreeIndex
        var issues: [LKEFrameworkIssue] = []

        init(framework: LKEFramework) {
            self.framework = framework
            index = LKETreeIndex(framework)
        }

        mutating func run() {
            checkMetadata()
            checkUniqueIds()
            checkSoalIDs()
            checkOptionValues()
            let komponenSum = framework.children.compactMap(\.weight).reduce(0, +)
            if !LKEPrecision.equal(komponenSum, framework.maxScore) {
                issues.append(.maxScoreMismatch(maxScore: framework.maxScore, komponenSum: komponenSum))
            }
            for node in framework.children { checkNode(node, parent: nil) }
            checkAreas()
            checkRoles()
            checkPredicates()
        }

        private mutating func checkMetadata() {
            let fields = [
                ("id", framework.id), ("version", framework.version), ("title", framework.title),
                ("regulation.name", framework.regulation.name),
            ]
            for (name, value) in fields where value.trimmingCharacters(in: .whitespaces).isEmpty {
                issues.append(.emptyField(name))
            }
        }

        private mutating func checkUniqueIds() {
            var seen = Set<String>()
            for node in framework.allNodes where !seen.insert(node.id).inserted {
                issues.append(.duplicateId(node.id))
            }
        }

        /// The master's `soal_id`s, where the file states them, name one row each.
        private mutating func checkSoalIDs() {
            let soalIDs = index.questions.flatMap { [$0.soalID] + $0.inputs.map(\.soalID) }.compactMap { $0 }
            var seen = Set<Int>()
            for soalID in soalIDs where !seen.insert(soalID).inserted {
                issues.append(.duplicateSoalID(soalID))
            }
        }

        /// Stated option values run from 1 down to 0, one per option, each lower than the one before.
        private mutating func checkOptionValues() {
            for (type, values) in (framework.optionValues?.statedValues ?? [:]).sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                let name = type.rawValue
                if values.count != type.optionCodes.count {
                    issues.append(
                        .optionValues(type: name, problem: "needs \(type.optionCodes.count) values, one per option, found \(values.count)"))
                } else if values.first != 1 || values.last != 0 {
                    issues.append(.optionValues(type: name, problem: "the best option must be worth 1 and the worst 0"))
                } else if zip(values, values.dropFirst()).contains(where: { $0 <= $1 }) {
                    issues.append(.optionValues(type: name, problem: "each option must be worth less than the one before"))
                }
            }
        }

        private mutating func checkNode(_ node: LKENode, parent: LKEGroup?) {
            let levelFits: Bool
            if let parent {
                levelFits = node.level.rank > parent.level.rank || (node.level == .subIndikator && parent.level == .subIndikator)
                if !node.id.hasPrefix(parent.id + ".") { issues.append(.idOutsideParent(node: node.id, parent: parent.id)) }
            } else {
                levelFits = node.level == .komponen
            }
            if !levelFits { issues.append(.misplacedLevel(node: node.id, level: node.level, parentLevel: parent?.level)) }
            if let weight = node.weight, weight <= 0 { issues.append(.nonPositiveWeight(node: node.id, weight: weight)) }
            switch node {
            case .question(let question):
                checkQuestion(question)
            case .group(let group):
                checkGroup(group)
                for child in group.children { checkNode(child, parent: group) }
            }
        }

        private mutating func checkGroup(_ group: LKEGroup) {
            if group.children.isEmpty {
                issues.append(.emptyGroup(group.id))
            } else if !group.scoresByMean {
                let weights = group.children.compactMap(\.weight)
                if weights.count != group.children.count {
                    issues.append(.mixedChildren(node: group.id))
                } else if !LKEPrecision.equal(weights.reduce(0, +), group.weight) {
                    issues.append(.weightMismatch(node: group.id, weight: group.weight, childrenSum: weights.reduce(0, +)))
                }
            }
            if group.level == .area, group.area == nil { issues.append(.areaReferenceMissing(node: group.id)) }
            if group.level != .area, group.area != nil { issues.append(.areaReferenceOnNonArea(node: group.id)) }
            if let area = group.area, !framework.areas.contains(where: { $0.id == area }) {
                issues.append(.unknownArea(node: group.id, area: area))
            }
            if group.role != nil, group.level != .komponen { issues.append(.roleOnNonKomponen(node: group.id)) }
        }

        private mutating func checkQuestion(_ question: LKEQuestion) {
            let type = question.answerType
            let codes = question.options.map(\.code)
            if codes != type.optionCodes {
                issues.append(.optionsMismatch(question: question.id, answerType: type, expected: type.optionCodes, found: codes))
            } else if type != .yaTidak {
                for option in question.options where (option.text ?? "").isEmpty {
                    issues.append(.missingOptionText(question: question.id, code: option.code))
                }
            }
            if type == .percentage {
                checkPercentage(question)
            } else if !question.inputs.isEmpty || question.formula != nil || question.ifZeroOverZero != nil {
                issues.append(.percentageFieldsOnNonPercentage(question: question.id))
            }
        }

        private mutating func checkPercentage(_ question: LKEQuestion) {
            if question.inputs.isEmpty { issues.append(.missingInputs(question: question.id)) }
            var declared = Set<String>()
            for input in question.inputs {
                if !Self.isName(input.id) { issues.append(.invalidInputId(question: question.id, input: input.id)) }
                if !declared.insert(input.id).inserted { issues.append(.duplicateInput(question: question.id, input: input.id)) }
            }
            if let source = question.formula {
                do {
                    let formula = try LKEFormula(source)
                    for name in formula.identifiers.sorted() where !declared.contains(name) {
                        issues.append(.formulaUnknownInput(question: question.id, input: name))
                    }
                } catch {
                    issues.append(.formulaSyntax(question: question.id, formula: source, error: error))
                }
            } else {
                issues.append(.missingFormula(question: question.id))
            }
            if let rule = question.ifZeroOverZero {
                if !(0...100).contains(rule) { issues.append(.zeroOverZeroOutOfRange(question: question.id, value: rule)) }
            } else {
                issues.append(.missingZeroOverZeroRule(question: question.id))
            }
        }

        private static func isName(_ text: String) -> Bool {
            guard let first = text.first, first.isASCII, first.isLetter || first == "_" else { return false }
            return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        }

        private mutating func checkAreas() {
            var seen = Set<String>()
            for area in framework.areas {
                if !seen.insert(area.id).inserted {
                    issues.append(.duplicateArea(area.id))
                    continue
                }
                let parts = framework.areaParts(of: area.id)
                if parts.isEmpty {
                    issues.append(.unusedArea(area.id))
                    continue
                }
                let sum = parts.map(\.weight).reduce(0, +)
                if !LKEPrecision.equal(sum, area.weight) {
                    issues.append(.areaWeightMismatch(area: area.id, weight: area.weight, partsSum: sum))
                }
                if framework.areaSplit == .equal, parts.contains(where: { !LKEPrecision.equal($0.weight, parts[0].weight) }) {
                    issues.append(.unequalAreaSplit(area: area.id, parts: parts.map { "\($0.id) = \($0.weight)" }))
                }
            }
        }

        private mutating func checkRoles() {
            let roles = framework.children.compactMap { node -> LKEComponentRole? in
                if case .group(let group) = node { group.role } else { nil }
            }
            for role in [LKEComponentRole.pengungkit, .hasil] {
                switch roles.filter({ $0 == role }).count {
                case 0: issues.append(.componentRoleMissing(role))
                case 1: break
                default: issues.append(.duplicateComponentRole(role))
                }
            }
        }

        private mutating func checkPredicates() {
            let predicateIds = framework.predicates.map(\.id)
            var seenPredicates = Set<String>()
            for predicate in framework.predicates {
                if !seenPredicates.insert(predicate.id).inserted { issues.append(.duplicatePredicate(predicate.id)) }
                var seenCodes = Set<String>()
                for condition in predicate.conditions {
                    if !seenCodes.insert(condition.code).inserted {
                        issues.append(.duplicateConditionCode(predicate: predicate.id, code: condition.code))
                    }
                    checkCondition(condition, of: predicate.id, knownPredicates: predicateIds)
                }
            }
        }

        private mutating func checkCondition(_ condition: LKECondition, of predicate: String, knownPredicates: [String]) {
            func missing(_ field: String) {
                issues.append(.conditionFieldMissing(predicate: predicate, code: condition.code, field: field))
            }
            switch condition.scope {
            case .total:
                if condition.min == nil { missing("min") }
            case .node:
                if condition.min == nil { missing("min") }
                guard let node = condition.node else { return missing("node") }
                guard index.maxScore(of: node) != nil else {
                    return issues.append(.conditionUnknownNode(predicate: predicate, code: condition.code, node: node))
                }
                if let survey = condition.survey, let min = condition.min {
                    checkSurveyAlternative(survey, node: node, min: min, condition: condition.code, predicate: predicate)
                }
            case .eachArea:
                guard let percent = condition.minPercent else { return missing("minPercent") }
                if !(0...100).contains(percent) {
                    issues.append(.conditionPercentOutOfRange(predicate: predicate, code: condition.code, value: percent))
                }
            case .heldPredicate:
                guard let target = condition.predicate else { return missing("predicate") }
                if !knownPredicates.contains(target) || target == predicate {
                    issues.append(.conditionUnknownPredicate(predicate: predicate, code: condition.code, target: target))
                }
            }
        }

        /// A survey alternative must be a survey question that makes up the whole node, and its
        /// threshold must express the same score threshold (survey ÷ 4 × weight = min).
        private mutating func checkSurveyAlternative(
            _ survey: LKESurveyAlternative, node: String, min: Double, condition: String, predicate: String
        ) {
            func invalid(_ reason: String) {
                issues.append(.surveyAlternativeInvalid(predicate: predicate, code: condition, question: survey.question, reason: reason))
            }
            guard let question = index.questionsById[survey.question], question.answerType == .survey else {
                return invalid("is not a survey question")
            }
            guard index.questionIdsUnder[node, default: []] == [question.id] else {
                return invalid("must be the only question of node \(node)")
            }
            let implied = survey.min / LKEAnswerType.surveyScaleMax * index.maxContribution(of: question.id)
            if !LKEPrecision.equal(implied, min) {
                invalid("threshold \(survey.min) implies a score of \(implied), not \(min)")
            }
        }
    }
}
