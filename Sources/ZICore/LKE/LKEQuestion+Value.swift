import Foundation

/// The value (0…1) an answer gives a question, per answer type:
///
/// - options: the framework's ``LKEOptionScale`` (evenly spaced from 1 to 0 unless the
///   framework states its values); codes match case-insensitively (`"ya"` = `"Ya"`);
/// - `%`: a given percentage, or the formula over the `Jumlah` inputs, clamped to 0…100
///   and divided by 100 — `+∞` (x/0, x > 0) counts as 100 %, `-∞` as 0 %, and 0/0 uses the
///   question's `ifZeroOverZero`; inputs must be finite and ≥ 0, and every input the formula
///   uses must be given (inputs it does not use are optional);
/// - survey (`Nilai (0-4)`): the value ÷ 4; values outside 0…4 are rejected, not clamped,
///   because an index outside its scale is a data-entry error.
///
/// Values are exact decimals (see ``LKEExactResult``); the `Double` forms are for display.
extension LKEQuestion {
    /// The value of `answer` under `scale`, as a `Double`.
    public func value(for answer: LKEAnswer, scale: LKEOptionScale = .evenlySpaced) throws -> Double {
        try exactValue(for: answer, formula: nil, scale: scale).shown
    }

    /// The exact value of an answer and its `Double` for display, with this question's formula
    /// already parsed (nil: parse it now).
    func exactValue(for answer: LKEAnswer, formula: LKEFormula?, scale: LKEOptionScale) throws -> (exact: Decimal, shown: Double) {
        switch (answerType, answer) {
        case (.yaTidak, .option(let code)), (.abc, .option(let code)), (.abcd, .option(let code)), (.abcde, .option(let code)):
            let index = try optionIndex(of: code)
            return (scale.value(of: answerType, at: index), scale.doubleValue(of: answerType, at: index))
        case (.percentage, .number(let percent)):
            guard percent.isFinite else { throw invalid(percent, "a percentage must be a finite number") }
            return (Self.clampedFraction(.finite(Decimal(shortest: percent)), ifZeroOverZero: 0), min(max(percent, 0), 100) / 100)
        case (.percentage, .inputs(let inputs)):
            let exact = Self.clampedFraction(try exactPercentage(from: inputs, formula: formula), ifZeroOverZero: ifZeroOverZero ?? 0)
            return (exact, exact.double)
        case (.survey, .number(let survey)):
            guard (0...LKEAnswerType.surveyScaleMax).contains(survey) else {
                throw invalid(survey, "a survey value must lie in 0…4")
            }
            return (Decimal(shortest: survey) / 4, survey / LKEAnswerType.surveyScaleMax)
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
        let result = try exactPercentage(from: inputs, formula: nil)
        return result == .undefined ? (ifZeroOverZero ?? 0) : result.double
    }

    private func exactPercentage(from inputs: [String: Double], formula parsed: LKEFormula?) throws -> LKEExactResult {
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
        return formula.exactValue(inputs.mapValues { Decimal(shortest: $0) })
    }

    /// A percentage as a fraction of 1, clamped to 0…100 % (±∞ to the bounds, 0/0 to `ifZeroOverZero`).
    private static func clampedFraction(_ percent: LKEExactResult, ifZeroOverZero: Double) -> Decimal {
        let value: Decimal
        switch percent {
        case .finite(let finite): value = finite
        case .positiveInfinity: value = 100
        case .negativeInfinity: value = 0
        case .undefined: value = Decimal(shortest: ifZeroOverZero)
        }
        return min(max(value, 0), 100) / 100
    }

    private func invalid(_ value: Double, _ reason: String) -> LKEAnswerError {
        .invalidNumber(question: id, value: value, reason: reason)
    }
}
