/// How a question is answered, with the regulation's own labels as raw values.
///
/// Option values are evenly spaced from 1 (first option) down to 0 (last option):
/// Ya/Tidak → 1, 0; A/B/C → 1, ½, 0; A–D → 1, ⅔, ⅓, 0; A–E → 1, ¾, ½, ¼, 0.
public enum LKEAnswerType: String, Codable, Sendable, CaseIterable {
    case yaTidak = "Ya/Tidak"
    case abc = "A/B/C"
    case abcd = "A/B/C/D"
    case abcde = "A/B/C/D/E"
    /// A percentage computed from named `Jumlah` inputs by a formula, or given directly.
    case percentage = "%"
    /// An external survey index on a 0–4 scale (IPAK, IPKP).
    case survey = "Nilai (0-4)"

    /// The highest value a survey answer may take.
    public static let surveyScaleMax = 4.0

    /// The option codes from best to worst; empty for `%` and survey questions.
    public var optionCodes: [String] {
        switch self {
        case .yaTidak: ["Ya", "Tidak"]
        case .abc: ["A", "B", "C"]
        case .abcd: ["A", "B", "C", "D"]
        case .abcde: ["A", "B", "C", "D", "E"]
        case .percentage, .survey: []
        }
    }

    /// Whether the answer is one of ``optionCodes``.
    public var isOptionBased: Bool { !optionCodes.isEmpty }

    /// The value (0…1) of the option at `index` (0 = best) of an option-based type.
    public func optionValue(at index: Int) -> Double {
        let steps = optionCodes.count - 1
        return Double(steps - index) / Double(steps)
    }

    /// How much the value rises when an answer moves one option up.
    public var valuePerOptionStep: Double {
        1 / Double(optionCodes.count - 1)
    }
}
