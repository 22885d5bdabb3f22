/// Which of an assessment's answers can be carried to another LKE framework.
///
/// Answers travel by question id: a question the target framework also has keeps its answer
/// when the answer fits the target question (same answer type, a known option, the inputs its
/// formula names); notes travel with the question whatever the answer. What cannot travel is
/// listed with the reason, never dropped silently. PermenPANRB 90/2021 and the LKE ZI 2026
/// master share every id and type, so between them everything carries.
public enum LKECarry {
    /// Why a question's content stayed behind.
    public enum Reason: String, Codable, Sendable {
        /// The target framework has no question with this id.
        case questionMissing = "question_missing"
        /// The target question exists but the answer does not fit it.
        case answerDoesNotFit = "answer_does_not_fit"
    }

    /// One question whose answer (or whole content) did not carry.
    public struct Miss: Codable, Sendable, Equatable {
        public let question: String
        public let reason: Reason
        /// What the target question said about the answer, for `answerDoesNotFit`.
        public let detail: String?
    }

    /// The outcome: the question ids whose content carries, the answers that carry, and the misses.
    public struct Plan: Sendable, Equatable {
        /// Questions of the source that exist in the target (their notes carry).
        public let questions: Set<String>
        /// The answers that fit the target, by question id.
        public let answers: [String: LKEAnswer]
        public let misses: [Miss]
    }

    /// Plans the carry of `answers` (question id → answer, nil for a question with only notes)
    /// to `target`.
    public static func plan(_ answers: [String: LKEAnswer?], to target: LKEFramework) -> Plan {
        let questions = Dictionary(target.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var kept = Set<String>()
        var carried: [String: LKEAnswer] = [:]
        var misses: [Miss] = []
        for (id, answer) in answers.sorted(by: { $0.key < $1.key }) {
            guard let question = questions[id] else {
                misses.append(Miss(question: id, reason: .questionMissing, detail: nil))
                continue
            }
            kept.insert(id)
            guard let answer else { continue }
            do {
                _ = try question.value(for: answer, scale: target.optionScale)
                carried[id] = answer
            } catch {
                misses.append(Miss(question: id, reason: .answerDoesNotFit, detail: "\(error)"))
            }
        }
        return Plan(questions: kept, answers: carried, misses: misses)
    }
}
