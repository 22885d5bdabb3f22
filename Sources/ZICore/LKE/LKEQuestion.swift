/// A question (pertanyaan) of the LKE: the leaf of the tree that receives an answer.
public struct LKEQuestion: Codable, Sendable, Equatable {
    /// Dot-separated id, e.g. `A.I.1.i.a`.
    public var id: String
    /// Only for questions that carry their own weight (the hasil items, e.g. `B.I.a`);
    /// other questions share their sub-indikator's weight equally.
    public var weight: Double?
    /// The question text, verbatim from the regulation.
    public var text: String
    public var answerType: LKEAnswerType
    /// The explanation of each option (penjelasan a/b/c…), verbatim, best first.
    /// For `Ya/Tidak` the regulation explains only `Ya`. Empty for `%` and survey questions.
    public var options: [LKEOption]
    /// The penjelasan of a `%` or survey question, verbatim.
    public var explanation: String?
    /// For `%` questions: the named `Jumlah` inputs.
    public var inputs: [LKEInput]
    /// For `%` questions: the formula over ``inputs`` that yields the percentage.
    public var formula: String?
    /// For `%` questions: the percentage (0…100) to use when the formula divides zero by zero.
    public var ifZeroOverZero: Double?
    /// An editorial note by SIZI (not regulation text).
    public var note: String?
    /// The row's `soal_id` in KemenPANRB's LKE master (PortalRB); absent for `%` questions,
    /// whose rows are their inputs, and in frameworks without a master.
    public var soalID: Int?
    /// The row of the official Excel workbook (sheet `Jawaban`) that holds this question.
    public var excelRow: Int?

    public init(
        id: String, weight: Double? = nil, text: String, answerType: LKEAnswerType,
        options: [LKEOption] = [], explanation: String? = nil, inputs: [LKEInput] = [],
        formula: String? = nil, ifZeroOverZero: Double? = nil, note: String? = nil,
        soalID: Int? = nil, excelRow: Int? = nil
    ) {
        self.id = id
        self.weight = weight
        self.text = text
        self.answerType = answerType
        self.options = options
        self.explanation = explanation
        self.inputs = inputs
        self.formula = formula
        self.ifZeroOverZero = ifZeroOverZero
        self.note = note
        self.soalID = soalID
        self.excelRow = excelRow
    }

    private enum CodingKeys: String, CodingKey {
        case level, id, weight, text, answerType, options, explanation, inputs, formula, ifZeroOverZero, note, soalID, excelRow
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let id = try container.decode(String.self, forKey: .id)
        let rawType = try container.decode(String.self, forKey: .answerType)
        guard let answerType = LKEAnswerType(rawValue: rawType) else {
            throw LKEFrameworkError.invalid(source: nil, issues: [.unknownAnswerType(question: id, type: rawType)])
        }
        self.init(
            id: id,
            weight: try container.decodeIfPresent(Double.self, forKey: .weight),
            text: try container.decode(String.self, forKey: .text),
            answerType: answerType,
            options: try container.decodeIfPresent([LKEOption].self, forKey: .options) ?? [],
            explanation: try container.decodeIfPresent(String.self, forKey: .explanation),
            inputs: try container.decodeIfPresent([LKEInput].self, forKey: .inputs) ?? [],
            formula: try container.decodeIfPresent(String.self, forKey: .formula),
            ifZeroOverZero: try container.decodeIfPresent(Double.self, forKey: .ifZeroOverZero),
            note: try container.decodeIfPresent(String.self, forKey: .note),
            soalID: try container.decodeIfPresent(Int.self, forKey: .soalID),
            excelRow: try container.decodeIfPresent(Int.self, forKey: .excelRow)
        )
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(LKELevel.pertanyaan, forKey: .level)
        try container.encode(id, forKey: .id)
        try container.encodeIfPresent(weight, forKey: .weight)
        try container.encode(text, forKey: .text)
        try container.encode(answerType, forKey: .answerType)
        if !options.isEmpty { try container.encode(options, forKey: .options) }
        try container.encodeIfPresent(explanation, forKey: .explanation)
        if !inputs.isEmpty { try container.encode(inputs, forKey: .inputs) }
        try container.encodeIfPresent(formula, forKey: .formula)
        try container.encodeIfPresent(ifZeroOverZero, forKey: .ifZeroOverZero)
        try container.encodeIfPresent(note, forKey: .note)
        try container.encodeIfPresent(soalID, forKey: .soalID)
        try container.encodeIfPresent(excelRow, forKey: .excelRow)
    }
}

/// One answer option of a question and its explanation.
public struct LKEOption: Codable, Sendable, Equatable {
    /// `Ya`, `Tidak`, or `A` … `E`.
    public var code: String
    /// The explanation, verbatim; absent where the regulation gives none (e.g. `Tidak`).
    public var text: String?
    /// Where the text comes from when it is not the worksheet itself.
    public var source: String?

    public init(code: String, text: String? = nil, source: String? = nil) {
        self.code = code
        self.text = text
        self.source = source
    }
}

/// A named `Jumlah` input of a `%` question.
public struct LKEInput: Codable, Sendable, Equatable {
    /// The identifier used in the formula and in answer files.
    public var id: String
    /// The row label, verbatim.
    public var label: String
    /// The label of the row this input is a breakdown of, if any (e.g. "Jumlah yang harus melaporkan").
    public var group: String?
    /// The row's `soal_id` in KemenPANRB's LKE master: each `Jumlah` row has its own.
    public var soalID: Int?
    /// The row of the official Excel workbook (sheet `Jawaban`) that holds this input.
    public var excelRow: Int?

    public init(id: String, label: String, group: String? = nil, soalID: Int? = nil, excelRow: Int? = nil) {
        self.id = id
        self.label = label
        self.group = group
        self.soalID = soalID
        self.excelRow = excelRow
    }
}
