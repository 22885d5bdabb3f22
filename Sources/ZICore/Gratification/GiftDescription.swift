/// A gift as the employee describes it when asking whether it must be reported: the facts
/// ``GratificationExemption/decide(_:rules:)`` needs.
public struct GiftDescription: Sendable, Codable, Equatable {
    /// Received or refused.
    public var kind: GratificationReportKind
    /// The id of the exempt category the employee believes fits (``GratificationCategory/id``);
    /// `nil` when none does.
    public var categoryID: String?
    /// How the giver relates to the employee.
    public var relation: GiverRelation
    /// What the gift is.
    public var form: GratificationForm
    /// The estimated value, in whole Rupiah (≥ 0).
    public var value: Int
    /// The day the gift was received or refused.
    public var date: CalendarDate
    /// The value of the gifts the same giver gave earlier in the same calendar year, in Rupiah,
    /// for the categories with a yearly limit.
    public var earlierValueFromGiverThisYear: Int
    /// Whether the employee declares a conflict of interest with the giver; a giver related as
    /// ``GiverRelation/pihakBerkepentingan`` is one in any case.
    public var conflictOfInterest: Bool

    /// A description with every fact given; the earlier value defaults to none and the
    /// conflict of interest to not declared.
    public init(
        kind: GratificationReportKind, categoryID: String?, relation: GiverRelation, form: GratificationForm, value: Int,
        date: CalendarDate, earlierValueFromGiverThisYear: Int = 0, conflictOfInterest: Bool = false
    ) {
        self.kind = kind
        self.categoryID = categoryID
        self.relation = relation
        self.form = form
        self.value = value
        self.date = date
        self.earlierValueFromGiverThisYear = earlierValueFromGiverThisYear
        self.conflictOfInterest = conflictOfInterest
    }
}
