import ZICore

/// Changes to some questions of an assessment: an answer set or cleared (`nil`), a note,
/// an evidence note (empty text clears a note). Questions not named stay as they are.
package struct AnswerUpdate: Sendable {
    var answers: [String: LKEAnswer?] = [:]
    var notes: [String: String] = [:]
    var evidence: [String: String] = [:]

    package init(answers: [String: LKEAnswer?] = [:], notes: [String: String] = [:], evidence: [String: String] = [:]) {
        self.answers = answers
        self.notes = notes
        self.evidence = evidence
    }

    /// Every question the update touches.
    var questionIDs: Set<String> {
        Set(answers.keys).union(notes.keys).union(evidence.keys)
    }

    static let maxNoteLength = 2000

    /// Checks every named question and answer against the framework; all problems at once.
    func validate(against catalog: LKECatalog.Entry) throws {
        var problems: [FieldError] = []
        for id in questionIDs.sorted() {
            guard let question = catalog.questions[id] else {
                problems.append(FieldError(field: id, key: "validation.lke_unknown_question"))
                continue
            }
            if case .some(.some(let answer)) = answers[id] {
                do { _ = try question.value(for: answer) } catch let error as LKEAnswerError {
                    problems.append(Self.fieldError(error, question: question))
                } catch {
                    problems.append(FieldError(field: id, key: "validation.type"))
                }
            }
            for (text, kind) in [(notes[id], "note"), (evidence[id], "evidence")] where (text?.count ?? 0) > Self.maxNoteLength {
                problems.append(FieldError(field: "\(kind).\(id)", key: "validation.too_long", arguments: [String(Self.maxNoteLength)]))
            }
        }
        if !problems.isEmpty { throw AppError.validation(problems) }
    }

    private static func fieldError(_ error: LKEAnswerError, question: LKEQuestion) -> FieldError {
        switch error {
        case .unknownOption, .wrongAnswerType:
            let allowed =
                question.answerType.isOptionBased
                ? question.answerType.optionCodes.joined(separator: "/") : question.answerType.rawValue
            return FieldError(field: question.id, key: "validation.lke_option", arguments: [allowed])
        case .invalidNumber(_, _, let reason):
            return FieldError(field: question.id, key: "validation.lke_number", arguments: [reason])
        case .unknownInput(_, let input, _), .missingInput(_, let input):
            return FieldError(field: question.id, key: "validation.lke_input", arguments: [input])
        default:
            return FieldError(field: question.id, key: "validation.type")
        }
    }
}
