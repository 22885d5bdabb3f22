/// Lookup tables over a framework's tree, built once per use (scoring, validation, gap analysis).
///
/// If ids are duplicated (the validator reports that), the first occurrence wins.
struct LKETreeIndex {
    /// Group nodes by id.
    private(set) var groups: [String: LKEGroup] = [:]
    /// Questions in document order.
    private(set) var questions: [LKEQuestion] = []
    /// Questions by id.
    private(set) var questionsById: [String: LKEQuestion] = [:]
    /// The id of each node's parent group (absent for komponen).
    private(set) var parentOf: [String: String] = [:]
    /// The area id of each question inside an area node.
    private(set) var areaOf: [String: String] = [:]
    /// The ids of the questions at or below each node.
    private(set) var questionIdsUnder: [String: [String]] = [:]

    init(_ framework: LKEFramework) {
        for node in framework.children { add(node, parent: nil, area: nil) }
    }

    private mutating func add(_ node: LKENode, parent: LKEGroup?, area: String?) {
        if let parent, parentOf[node.id] == nil { parentOf[node.id] = parent.id }
        switch node {
        case .question(let question):
            questions.append(question)
            if questionsById[question.id] == nil { questionsById[question.id] = question }
            if let area { areaOf[question.id] = area }
            questionIdsUnder[question.id, default: []].append(question.id)
        case .group(let group):
            if groups[group.id] == nil { groups[group.id] = group }
            let area = group.level == .area ? group.area : area
            for child in group.children { add(child, parent: group, area: area) }
            questionIdsUnder[group.id, default: []] += group.children.flatMap { $0.questions.map(\.id) }
        }
    }

    /// The most a question can add to the total: its own weight, or an equal share of its
    /// sub-indikator's weight.
    func maxContribution(of questionId: String) -> Double {
        guard let question = questionsById[questionId] else { return 0 }
        if let weight = question.weight { return weight }
        guard let parentId = parentOf[questionId], let parent = groups[parentId] else { return 0 }
        return parent.weight / Double(parent.children.count)
    }

    /// The highest score a node can reach.
    func maxScore(of nodeId: String) -> Double? {
        if let group = groups[nodeId] { return group.weight }
        return questionsById[nodeId] == nil ? nil : maxContribution(of: nodeId)
    }
}
