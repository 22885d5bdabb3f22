/// Why an answer (or an answer file) does not fit the framework; always names the question.
public enum LKEAnswerError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The id is not a question of the framework.
    case unknownQuestion(String)
    /// The kind of answer (option / number / inputs) does not fit the question's answer type.
    case wrongAnswerType(question: String, answerType: LKEAnswerType, given: String)
    /// The option is not one of the question's options.
    case unknownOption(question: String, option: String, allowed: [String])
    /// An input name that the `%` question does not declare.
    case unknownInput(question: String, input: String, declared: [String])
    /// An input the formula needs is missing.
    case missingInput(question: String, input: String)
    /// A number that is not allowed here (negative count, survey value outside 0–4, NaN, …).
    case invalidNumber(question: String, value: Double, reason: String)
    /// The value in the answer file is not an answer at all.
    case malformedValue(question: String, reason: String)
    /// The framework's formula for the question is broken.
    case invalidFormula(question: String, error: LKEFormulaError)
    /// The answer file is for another framework.
    case frameworkMismatch(expected: String, found: String)
    /// The answer file is not valid JSON of the expected shape.
    case malformedFile(reason: String)

    public var description: String {
        switch self {
        case .unknownQuestion(let id):
            "unknown question id \"\(id)\""
        case .wrongAnswerType(let question, let type, let given):
            "\(question): answer type is \(type.rawValue), but an answer of kind \(given) was given (\(Self.expectation(for: type)))"
        case .unknownOption(let question, let option, let allowed):
            "\(question): \"\(option)\" is not an option (allowed: \(allowed.joined(separator: ", ")))"
        case .unknownInput(let question, let input, let declared):
            "\(question): unknown input \"\(input)\" (declared: \(declared.joined(separator: ", ")))"
        case .missingInput(let question, let input):
            "\(question): input \"\(input)\" is missing"
        case .invalidNumber(let question, let value, let reason):
            "\(question): \(value) is not allowed: \(reason)"
        case .malformedValue(let question, let reason):
            "\(question): \(reason)"
        case .invalidFormula(let question, let error):
            "\(question): the framework's formula does not parse: \(error)"
        case .frameworkMismatch(let expected, let found):
            "the answer file is for framework \"\(found)\", not \"\(expected)\""
        case .malformedFile(let reason):
            "malformed answer file: \(reason)"
        }
    }

    private static func expectation(for type: LKEAnswerType) -> String {
        switch type {
        case .yaTidak, .abc, .abcd, .abcde: "expected one of \(type.optionCodes.joined(separator: ", "))"
        case .percentage: "expected a percentage or an object of Jumlah inputs"
        case .survey: "expected a survey value 0–4"
        }
    }
}
