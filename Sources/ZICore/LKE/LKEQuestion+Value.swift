import Foundation

/// The value (0…1) an answer gives a question, per answer type:
///
/// - options: evenly spaced from 1 (first) to 0 (last), see ``LKEAnswerType``;
///   codes match case-insensitively (`"ya"` = `"Ya"`);
/// - `%`: a given percentage, or the formula over the `Jumlah` inputs, clamped to 0…100
///   and divided by 100 — `+∞` (x/0, x > 0) counts as 100 %, `-∞` as 0 %, and 0/0 uses the
///   question's `ifZeroOverZero`; inputs must be finite and ≥ 0, and every input the formula
///   uses must be given (inputs it does not use are optional);
/// - survey (`Nilai (0-4)`): the value ÷ 4; values outside 0…4 are rejected, not clamped,
///   because an index outside its scale is a data-entry error.
extension LKEQuestion {
    public func value(for answer: LKEAnswer) throws -> Double {
        try value(for: answer, formula: nil)
    }

    /// The value of an answer, with this question's formula already parsed (nil: parse it now).
    func value(for answer: LKEAnswer, formula: LKEFormula?) throws -> Double {
        switch (answerType, answer) {
        case (.yaTidak, .option(let code)), (.abc, .option(let code)), (.abcd, .option(let code)), (.abcde, .option(let code)):
            return answerType.optionValue(at: try optionIndex(of: code))
        case (.percentage, .number(let percent)):
            guard percent.isFinite else { throw invalid(percent, "a percentage must be a finite number") }
            return Self.clampedFraction(percent)
        case (.percentage, .inputs(let inputs)):
            return Self.clampedFraction(try percentage(from: inputs, formula: formula))
        case (.survey, .number(let survey)):
            guard (0...LKEAnswerType.surveyScaleMax).contains(survey) else {
                throw invalid(survey, "a survey value must lie in 0…4")
            }
            return survey / LKEAnswerType.surveyScaleMax
        default:
            throw LKEAnswerError.wrongAnswerType(question: id, answerType: answerType, given: answer.kind)
        }
    }

    /// The position (0 = best) of an option code, matched case-insensitively.
    public func optionIndex(of code: String) throws -> Int {
        let codes = answerType.optionCodes
        guard let index = codes.firstIndex(of: code) ?? codes.firstIndex(where: { $0.lowercased() == code.lowercased() }) else {
            throw LKEAnswerError.unknownOption(question: id, option: code, allowed: answerType.optionCodes)
        }
        return index
    }

    /// The raw percentage from the `Jumlah` inputs (before clamping); 0/0 gives `ifZeroOverZero`.
    public func percentage(from inputs: [String: Double]) throws -> Double {
        try percentage(from: inputs, formula: nil)
    }

    private func percentage(from inputs: [String: Double], formula parsed: LKEFormula?) throws -> Double {
        let declared = self.inputs.map(\.id)
        for (name, value) in inputs.sorted(by: { $0.key < $1.key }) {
            guard declared.contains(name) else { throw LKEAnswerError.unknownInput(question: id, input: name, declared: declared) }
            guard value.isFinite, value >= 0 else { throw invalid(value, "input \"\(name)\" must be a finite count ≥ 0") }
        }
        let formula: LKEFormula
        if let parsed {
            formula = parsed
        } else {
            do {
                formula = try LKEFormula(self.formula ?? "")
            } catch {
                throw LKEAnswerError.invalidFormula(question: id, error: error)
            }
        }
        for name in formula.identifiers.sorted() where inputs[name] == nil {
            throw LKEAnswerError.missingInput(question: id, input: name)
        }
        let result = formula.evaluate(inputs)
        return result.isNaN ? (ifZeroOverZero ?? 0) : result
    }

    private static func clampedFraction(_ percent: Double) -> Double {
        min(max(percent, 0), 100) / 100
    }

    private func invalid(_ value: Double, _ reason: String) -> LKEAnswerError {
        .invalidNumber(question: id, value: value, reason: reason)
    }
}
