/// One category of gifts that need not be reported, as data (one entry of a
/// ``GratificationRulePeriod``), with the limits the decision in ``GratificationExemption`` checks.
///
/// A limit left out (`null`) does not apply. Conditions that only a person can judge ("berlaku
/// umum", "tidak terkait kedinasan") are listed in ``conditions`` and shown with the decision.
public struct GratificationCategory: Sendable, Codable, Equatable {
    /// A stable id, e.g. `pernikahan-upacara`.
    public let id: String
    /// Where the rule stands, e.g. `Pasal 2 ayat (3) huruf l`.
    public let clause: String
    /// A short Indonesian name for pick lists.
    public let label: String
    /// The rule in full, in Indonesian.
    public let description: String
    /// The most one gift (from one giver, per person) may be worth, in Rupiah.
    public let maxValuePerGift: Int?
    /// The most the gifts from the same giver may be worth together in one calendar year, in Rupiah.
    public let maxValuePerGiverPerYear: Int?
    /// Whether money and other means of exchange are excluded from the category.
    public let excludesMoney: Bool
    /// Whether the category applies only when there is no conflict of interest.
    public let requiresNoConflictOfInterest: Bool
    /// The giver relations the category is limited to; `nil`: any giver.
    public let relations: [GiverRelation]?
    /// Further conditions, in Indonesian, the employee must check for themselves.
    public let conditions: [String]

    /// A category with every field given.
    public init(
        id: String, clause: String, label: String, description: String, maxValuePerGift: Int?,
        maxValuePerGiverPerYear: Int?, excludesMoney: Bool, requiresNoConflictOfInterest: Bool,
        relations: [GiverRelation]?, conditions: [String]
    ) {
        self.id = id
        self.clause = clause
        self.label = label
        self.description = description
        self.maxValuePerGift = maxValuePerGift
        self.maxValuePerGiverPerYear = maxValuePerGiverPerYear
        self.excludesMoney = excludesMoney
        self.requiresNoConflictOfInterest = requiresNoConflictOfInterest
        self.relations = relations
        self.conditions = conditions
    }
}
