/// The answer given to one LKE question.
///
/// In answer files: a string is an option (`"Ya"`, `"Tidak"`, `"A"` … `"E"`), a number is a
/// percentage (`%` questions) or a survey value (`Nilai (0-4)`), and an object maps the
/// `Jumlah` inputs of a `%` question to numbers.
public enum LKEAnswer: Codable, Sendable, Equatable {
    case option(String)
    case number(Double)
    case inputs([String: Double])

    /// A word for the kind of answer, used in error messages.
    public var kind: String {
        switch self {
        case .option: "option"
        case .number: "number"
        case .inputs: "inputs"
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let option = try? container.decode(String.self) {
            self = .option(option)
        } else if (try? container.decode(Bool.self)) != nil {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "true/false is not an answer; use \"Ya\" or \"Tidak\"")
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let inputs = try? container.decode([String: Double].self) {
            self = .inputs(inputs)
        } else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected an option string, a number, or an object of numbers")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .option(let option): try container.encode(option)
        case .number(let number): try container.encode(number)
        case .inputs(let inputs): try container.encode(inputs)
        }
    }
}
