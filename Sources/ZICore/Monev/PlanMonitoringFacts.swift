/// The numbers about a unit's work plan and its monev that suggest answers to the LKE
/// questions on planning and monitoring (``PlanLKESuggestions``). Filled by the caller
/// from its registers; counts cover the evaluated year up to the day of evaluation.
public struct PlanMonitoringFacts: Hashable, Sendable, Codable {
    /// A work plan with at least one action exists.
    public var hasPlan: Bool
    /// Actions with a due date before today (``ActionTimeliness/hasFallenDue``).
    public var actionsDue: Int
    /// Of those, the actions on schedule (``ActionTimeliness/onSchedule``).
    public var actionsOnSchedule: Int
    /// Monitoring periods of the year that have ended by today
    /// (``MonitoringCadence/elapsedPeriods(year:today:)``).
    public var elapsedPeriods: Int
    /// Of those, the periods with at least one monev meeting.
    public var periodsWithMeeting: Int
    /// Monev meetings held.
    public var meetingsHeld: Int
    /// Of those, the meetings the pimpinan (head of the unit) took part in.
    public var meetingsWithPimpinan: Int
    /// Follow-ups agreed in monev meetings, not counting cancelled ones (dibatalkan).
    public var followUpsTotal: Int
    /// Of those, the follow-ups done (selesai).
    public var followUpsDone: Int

    /// Facts with every count given.
    public init(
        hasPlan: Bool, actionsDue: Int, actionsOnSchedule: Int, elapsedPeriods: Int, periodsWithMeeting: Int,
        meetingsHeld: Int, meetingsWithPimpinan: Int, followUpsTotal: Int, followUpsDone: Int
    ) {
        self.hasPlan = hasPlan
        self.actionsDue = actionsDue
        self.actionsOnSchedule = actionsOnSchedule
        self.elapsedPeriods = elapsedPeriods
        self.periodsWithMeeting = periodsWithMeeting
        self.meetingsHeld = meetingsHeld
        self.meetingsWithPimpinan = meetingsWithPimpinan
        self.followUpsTotal = followUpsTotal
        self.followUpsDone = followUpsDone
    }
}
