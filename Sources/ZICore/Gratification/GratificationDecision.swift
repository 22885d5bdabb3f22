/// Whether a described gift must be reported to the UPG, and why, in Indonesian.
public struct GratificationDecision: Sendable, Codable, Equatable {
    /// Whether the gift must be reported; `false` only when it falls under an exempt category
    /// and meets all of its limits.
    public let mustReport: Bool
    /// The reasons, in Indonesian, each a sentence: for a gift to report every limit it breaks,
    /// for an exempt gift the rule that exempts it and the conditions it still has to meet.
    public let reasons: [String]
    /// The rule period applied, if one covers the date.
    public let periodID: String?
    /// The category weighed, if the gift named one that the period has.
    public let categoryID: String?
    /// Whether the period's rules still await verification by the UPG.
    public let needsVerification: Bool

    /// A decision with every field given.
    public init(mustReport: Bool, reasons: [String], periodID: String?, categoryID: String?, needsVerification: Bool) {
        self.mustReport = mustReport
        self.reasons = reasons
        self.periodID = periodID
        self.categoryID = categoryID
        self.needsVerification = needsVerification
    }
}
