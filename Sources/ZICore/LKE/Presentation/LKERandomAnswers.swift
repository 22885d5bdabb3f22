/// Random complete answer sets for a framework, for benchmarks and property tests.
///
/// Deterministic for a given seed (SplitMix64), so a benchmark run can be repeated exactly.
public struct LKERandomAnswers: Sendable {
    private let questions: [LKEQuestion]
    private var state: UInt64

    public init(framework: LKEFramework, seed: UInt64) {
        questions = LKETreeIndex(framework).questions
        state = seed
    }

    /// The next complete answer set: a random option, percentage, input counts or survey value per question.
    public mutating func next() -> [String: LKEAnswer] {
        var answers: [String: LKEAnswer] = [:]
        for question in questions {
            switch question.answerType {
            case .percentage where !question.inputs.isEmpty:
                answers[question.id] = .inputs(
                    Dictionary(
                        uniqueKeysWithValues: question.inputs.map {
                            ($0.id, Double(nextInt(below: 50)))
                        }))
            case .percentage:
                answers[question.id] = .number(Double(nextInt(below: 101)))
            case .survey:
                answers[question.id] = .number(Double(nextInt(below: 401)) / 100)
            default:
                let codes = question.answerType.optionCodes
                answers[question.id] = .option(codes[nextInt(below: codes.count)])
            }
        }
        return answers
    }

    private mutating func nextInt(below bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Int(z % UInt64(bound))
    }
}
