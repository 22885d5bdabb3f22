/// The dates recorded for one gratification report, from which its time limits run.
public struct GratificationCaseDates: Sendable, Codable, Equatable {
    /// The day the gift was received (or refused).
    public var receivedOn: CalendarDate
    /// The day the UPG received the employee's report, if it has.
    public var reportedToUPGOn: CalendarDate?
    /// The day the UPG forwarded the report to KPK, if it has.
    public var forwardedToKPKOn: CalendarDate?
    /// The day KPK decided the gift becomes state property, if it did; `nil` also when KPK let the
    /// employee keep it, in which case nothing is handed over.
    public var stateOwnershipDecidedOn: CalendarDate?
    /// The day the gift was handed over, if it was.
    public var handedOverOn: CalendarDate?

    /// The dates of a report; those not yet reached are `nil`.
    public init(
        receivedOn: CalendarDate, reportedToUPGOn: CalendarDate? = nil, forwardedToKPKOn: CalendarDate? = nil,
        stateOwnershipDecidedOn: CalendarDate? = nil, handedOverOn: CalendarDate? = nil
    ) {
        self.receivedOn = receivedOn
        self.reportedToUPGOn = reportedToUPGOn
        self.forwardedToKPKOn = forwardedToKPKOn
        self.stateOwnershipDecidedOn = stateOwnershipDecidedOn
        self.handedOverOn = handedOverOn
    }
}
