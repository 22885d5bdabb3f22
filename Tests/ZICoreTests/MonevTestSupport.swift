import XCTest
@testable import ZICore

/// Shared fixtures for the monev tests.
enum MonevFixtures {
    /// The date written `YYYY-MM-DD`; the tests only write valid ones.
    static func date(_ iso: String) -> CalendarDate {
        guard let date = CalendarDate(iso: iso) else { preconditionFailure("not a date: \(iso)") }
        return date
    }

    /// The dates written `YYYY-MM-DD`.
    static func dates(_ isos: [String]) -> [CalendarDate] {
        isos.map(date)
    }

    /// The period with `key`; the tests only write valid ones.
    static func period(_ key: String) -> MonitoringPeriod {
        guard let period = MonitoringPeriod(key: key) else { preconditionFailure("not a period key: \(key)") }
        return period
    }

    /// Facts with nothing recorded except a plan, overridden where given.
    static func facts(
        hasPlan: Bool = true, actionsDue: Int = 0, actionsOnSchedule: Int = 0, elapsedPeriods: Int = 0,
        periodsWithMeeting: Int = 0, meetingsHeld: Int = 0, meetingsWithPimpinan: Int = 0,
        followUpsTotal: Int = 0, followUpsDone: Int = 0
    ) -> PlanMonitoringFacts {
        PlanMonitoringFacts(
            hasPlan: hasPlan, actionsDue: actionsDue, actionsOnSchedule: actionsOnSchedule,
            elapsedPeriods: elapsedPeriods, periodsWithMeeting: periodsWithMeeting, meetingsHeld: meetingsHeld,
            meetingsWithPimpinan: meetingsWithPimpinan, followUpsTotal: followUpsTotal, followUpsDone: followUpsDone)
    }
}
