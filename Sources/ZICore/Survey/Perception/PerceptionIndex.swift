/// A perception index of the LKE's hasil component (PermenPANRB 90/2021): IPAK, entered in
/// question B.I.a, and IPKP, entered in B.II.a, both as `Nilai (0-4)`.
///
/// The official values come from TPN's survey (run through BPS or an appointed third party).
/// SIZI only lets a unit run its own survey with the same aspects to forecast them — see
/// ``PerceptionEstimateCalculator``; such a forecast is never the official TPN value.
public enum PerceptionIndex: String, CaseIterable, Sendable, Codable, Labelled {
    /// Indeks Persepsi Anti Korupsi.
    case ipak
    /// Indeks Persepsi Kualitas Pelayanan.
    case ipkp

    /// The fewest respondents TPN surveys per unit: 30 (PermenPANRB 90/2021, Lampiran II Bab III
    /// huruf C angka 2 huruf d). A forecast from fewer respondents is shown, but flagged.
    public static let minimumRespondents = 30

    /// `IPAK`, `IPKP`.
    public var code: String { rawValue.uppercased() }

    public static let labelGroup = "perception_index"

    /// The id of the LKE question the official value is entered in (`B.I.a`, `B.II.a`); the
    /// framework gives its weight and the predicates' survey thresholds.
    public var lkeQuestionID: String {
        switch self {
        case .ipak: "B.I.a"
        case .ipkp: "B.II.a"
        }
    }

    /// Every question of the questionnaire, in aspect order.
    public var questions: [PerceptionQuestion] { aspects.flatMap(\.questions) }
}
