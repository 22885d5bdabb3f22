/// How a work-plan action (langkah aksi) stands against its schedule on a given day.
///
/// The rule:
/// - The action's due dates come from its parsed `TARGET WAKTU` (``PeriodSchedule/dueDates``);
///   its realisations are percentages (0…100) recorded per monitoring period, keyed by
///   ``MonitoringPeriod/key``.
/// - Under the unit's cadence, each due date `d` falls in `cadence.period(containing: d)`.
///   A period is *met* when its realisation is at least 100.
/// - A due date strictly before `today` whose period is not met is *overdue* (on the due
///   date itself it is not yet) — except while its period is still running: then the
///   period's realisation only has to keep pace with its due dates, i.e. reach the share of
///   the period's due dates that have passed (a monthly action under quarterly monev with
///   40% recorded for Triwulan II is on time in mid-May, one of three months having passed,
///   and late at 20%).
/// - Status, first rule that applies:
///   1. no due dates → ``ActionStatus/selesai`` when realisations are recorded and all are
///      at least 100, else ``ActionStatus/perluDijadwalkan``;
///   2. any overdue due date → ``ActionStatus/terlambat``;
///   3. every due date's period met → ``ActionStatus/selesai``;
///   4. some realisation above 0 recorded (under any key) → ``ActionStatus/berjalan``;
///   5. otherwise → ``ActionStatus/belumJatuhTempo``.
/// - ``onSchedule``: every due date before `today` has its period met (no overdue date).
///   Realisations carry no date of their own, so work completed late counts as on schedule
///   once its period reaches 100.
public struct ActionTimeliness: Hashable, Sendable, Codable {
    /// The status on the day of evaluation.
    public let status: ActionStatus
    /// Every due date of the action, sorted, without duplicates.
    public let dueDates: [CalendarDate]
    /// The due dates before the day of evaluation whose period is not met, sorted.
    public let overdueDates: [CalendarDate]
    /// The first due date on or after the day of evaluation; `nil` when none is left.
    public let nextDueDate: CalendarDate?
    /// The monitoring periods in which the due dates fall, sorted, without duplicates.
    public let duePeriods: [MonitoringPeriod]
    /// Whether some due date lies before the day of evaluation: the action counts in
    /// ``PlanMonitoringFacts/actionsDue``.
    public let hasFallenDue: Bool
    /// Whether every due date before the day of evaluation has its period met: the action
    /// counts in ``PlanMonitoringFacts/actionsOnSchedule`` when it ``hasFallenDue``.
    public var onSchedule: Bool { overdueDates.isEmpty }

    /// Applies the rule above to one action on `today`.
    public static func evaluate(
        dueDates: [CalendarDate], realisations: [String: Double], cadence: MonitoringCadence, today: CalendarDate
    ) -> ActionTimeliness {
        let dates = Array(Set(dueDates)).sorted()
        let isMet = { (date: CalendarDate) in
            realisations[cadence.period(containing: date).key].map(isComplete) ?? false
        }
        let overdue = dates.filter { date in
            guard date < today, !isMet(date) else { return false }
            let period = cadence.period(containing: date)
            guard period.span.end >= today else { return true }
            let inPeriod = dates.filter(period.contains)
            let expected = 100 * Double(inPeriod.filter { $0 < today }.count) / Double(inPeriod.count)
            return (realisations[period.key] ?? 0) < expected - 0.5
        }
        let status: ActionStatus
        if dates.isEmpty {
            status = !realisations.isEmpty && realisations.values.allSatisfy(isComplete) ? .selesai : .perluDijadwalkan
        } else if !overdue.isEmpty {
            status = .terlambat
        } else if dates.allSatisfy(isMet) {
            status = .selesai
        } else {
            status = realisations.values.contains { $0 > 0 } ? .berjalan : .belumJatuhTempo
        }
        return ActionTimeliness(
            status: status, dueDates: dates, overdueDates: overdue,
            nextDueDate: dates.first { $0 >= today },
            duePeriods: Array(Set(dates.map(cadence.period(containing:)))).sorted(),
            hasFallenDue: dates.first.map { $0 < today } ?? false)
    }

    /// Whether the action falls due in `period` (of any cadence): some due date lies in it.
    /// Lists the actions a monev meeting for that period reviews.
    public func isDue(in period: MonitoringPeriod) -> Bool {
        dueDates.contains(where: period.contains)
    }

    private static func isComplete(_ realisation: Double) -> Bool {
        realisation >= 100
    }
}
