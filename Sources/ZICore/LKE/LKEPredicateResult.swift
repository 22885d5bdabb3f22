/// Whether an assessment meets one predicate, and every condition it misses.
public struct LKEPredicateResult: Codable, Sendable, Equatable {
    /// The predicate's id, e.g. `wbk`.
    public let predicate: String
    /// The predicate's name, e.g. `Menuju WBK`.
    public let name: String
    public let eligible: Bool
    public let failures: [LKEConditionFailure]
}

/// A condition that does not hold: its stable code, an Indonesian label, the actual value
/// and the threshold (both rounded to six decimals).
public struct LKEConditionFailure: Codable, Sendable, Equatable {
    /// The condition's code from the framework file, e.g. `nilai-per-area`.
    public let code: String
    /// What the condition was checked on: the node id, the area id, or the required predicate.
    public let subject: String?
    /// Human (Indonesian) label.
    public let label: String
    /// The unit of ``actual`` and ``threshold``.
    public let unit: LKEThresholdUnit
    public let actual: Double?
    public let threshold: Double?
    /// For conditions with a survey alternative: the raw survey value given, if any.
    public let surveyActual: Double?
    /// For conditions with a survey alternative: the survey threshold.
    public let surveyThreshold: Double?

    public init(
        code: String, subject: String? = nil, label: String, unit: LKEThresholdUnit,
        actual: Double? = nil, threshold: Double? = nil, surveyActual: Double? = nil, surveyThreshold: Double? = nil
    ) {
        self.code = code
        self.subject = subject
        self.label = label
        self.unit = unit
        self.actual = actual.map(LKEPrecision.reported)
        self.threshold = threshold.map(LKEPrecision.reported)
        self.surveyActual = surveyActual
        self.surveyThreshold = surveyThreshold
    }
}

/// The unit of a failed condition's numbers.
public enum LKEThresholdUnit: String, Codable, Sendable {
    /// A score (points of the 100-point scale).
    case score
    /// Percent of an area's weight.
    case percent
    /// A yes/no requirement (a predicate already held); no numbers.
    case flag
}
