/// All the statistics of whistleblowing reports may know of one report: its status and the
/// days it was submitted and closed — the metadata the server keeps in clear.
public struct WhistleblowingCaseDates: Equatable, Sendable {
    /// The status now.
    public let status: WhistleblowingStatus
    /// The day (WIB) the report was submitted.
    public let submittedOn: CalendarDate
    /// The day it was closed (selesai or tidak ditindaklanjuti), if it was.
    public let closedOn: CalendarDate?

    /// The dates of one report.
    public init(status: WhistleblowingStatus, submittedOn: CalendarDate, closedOn: CalendarDate?) {
        self.status = status
        self.submittedOn = submittedOn
        self.closedOn = closedOn
    }
}
