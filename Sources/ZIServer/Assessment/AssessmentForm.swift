import Foundation
import ZICore

/// Reads the assessment page's form fields into an ``AnswerUpdate``.
///
/// Field names: `ans:<id>` (option code, or a number for survey questions; empty clears),
/// `in:<id>:<input>` (the `Jumlah` inputs of a `%` question; all empty clears),
/// `note:<id>` and `ev:<id>`. Numbers may use a decimal comma (`3,65`).
enum AssessmentForm {
    static func update(
        from fields: [String: String], catalog: LKECatalog.Entry, answerPrefix: String = "ans",
        notePrefix: String = "note", evidencePrefix: String? = "ev"
    ) throws -> AnswerUpdate {
        var update = AnswerUpdate()
        var problems: [FieldError] = []
        var inputs: [String: [String: String]] = [:]
        for (key, raw) in fields {
            let parts = key.split(separator: ":", maxSplits: 2).map(String.init)
            guard parts.count >= 2 else { continue }
            let value = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            switch parts[0] {
            case answerPrefix:
                let id = parts[1]
                guard let question = catalog.questions[id] else { continue }
                if value.isEmpty {
                    update.answers[id] = .some(nil)
                } else if question.answerType.isOptionBased {
                    update.answers[id] = .option(value)
                } else if let number = number(value) {
                    update.answers[id] = .number(number)
                } else {
                    problems.append(FieldError(field: id, key: "validation.number"))
                }
            case "in" where parts.count == 3 && answerPrefix == "ans":
                inputs[parts[1], default: [:]][parts[2]] = value
            case notePrefix:
                update.notes[parts[1]] = value
            case evidencePrefix:
                update.evidence[parts[1]] = value
            default:
                continue
            }
        }
        for (id, given) in inputs {
            if given.values.allSatisfy(\.isEmpty) {
                update.answers[id] = .some(nil)
                continue
            }
            var numbers: [String: Double] = [:]
            for (input, text) in given where !text.isEmpty {
                guard let parsed = number(text) else {
                    problems.append(FieldError(field: id, key: "validation.number"))
                    continue
                }
                numbers[input] = parsed
            }
            update.answers[id] = .inputs(numbers)
        }
        if !problems.isEmpty { throw AppError.validation(problems) }
        return update
    }

    /// A number typed the Indonesian way (`3,65`) or the English way (`3.65`).
    static func number(_ text: String) -> Double? {
        Double(text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: ",", with: "."))
    }
}
