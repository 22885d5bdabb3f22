/// The gifts that need not be reported during one period of validity, as data: one file of
/// `Resources/gratification/` (see its README), loaded by ``GratificationRuleBook``.
public struct GratificationRulePeriod: Sendable, Codable, Equatable {
    /// A stable id, e.g. `perkpk-2-2019`.
    public let id: String
    /// The regulation the categories come from, with its article.
    public let source: String
    /// The first day the rules apply; `nil`: since before any date SIZI handles.
    public let validFrom: CalendarDate?
    /// The last day the rules apply; `nil`: until further notice.
    public let validUntil: CalendarDate?
    /// Whether the UPG still has to check the rules against the regulation in force: every
    /// decision under this period says so.
    public let needsVerification: Bool
    /// A note for the UPG, in Indonesian (what to verify, what was changed and when).
    public let note: String?
    /// The categories of gifts that need not be reported, in the regulation's order.
    public let categories: [GratificationCategory]
    /// Working days the reporter has to supply missing documents once asked; nil when the
    /// period's regulation sets no such limit.
    public let missingDocumentsWorkingDays: Int?
    /// Working days after receipt beyond which a late report may be declared state property; nil
    /// when the period's regulation has no such consequence.
    public let lateReportWorkingDays: Int?

    /// A period with every field given.
    public init(
        id: String, source: String, validFrom: CalendarDate?, validUntil: CalendarDate?, needsVerification: Bool,
        note: String?, categories: [GratificationCategory], missingDocumentsWorkingDays: Int? = nil, lateReportWorkingDays: Int? = nil
    ) {
        self.id = id
        self.source = source
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.needsVerification = needsVerification
        self.note = note
        self.categories = categories
        self.missingDocumentsWorkingDays = missingDocumentsWorkingDays
        self.lateReportWorkingDays = lateReportWorkingDays
    }

    /// How many working days after receipt a report made on `reportedOn` came, when that is more
    /// than ``lateReportWorkingDays`` (the gift may then be declared state property); nil otherwise.
    public func lateness(receivedOn: CalendarDate, reportedOn: CalendarDate, calendar: WorkingCalendar) -> Int? {
        guard let limit = lateReportWorkingDays else { return nil }
        let elapsed = calendar.workingDays(from: receivedOn, to: reportedOn)
        return elapsed > limit ? elapsed : nil
    }

    /// Whether `date` lies in the period (both ends included).
    public func contains(_ date: CalendarDate) -> Bool {
        (validFrom.map { $0 <= date } ?? true) && (validUntil.map { date <= $0 } ?? true)
    }

    /// The category with the given id.
    public func category(id: String) -> GratificationCategory? {
        categories.first { $0.id == id }
    }
}
