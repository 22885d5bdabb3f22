/// How a question is answered, with the regulation's own labels as raw values.
///
/// What each option is worth belongs to the framework: see ``LKEOptionScale``.
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
}
