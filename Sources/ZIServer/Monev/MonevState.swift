import Fluent
import Foundation
import ZICore

/// A plan's monev as stored, read at once: the plan content, its meetings and findings,
/// and the names of the people owning follow-ups — with the facts the LKE suggestions use.
struct MonevState: Sendable {
    /// A finding with its owner's name and where its follow-up stands.
    struct Finding: Sendable {
        let row: MonevFinding
        let ownerName: String?
        let status: FollowUpStatus
        let dueDate: CalendarDate?
        let isOverdue: Bool
    }

    let content: PlanContent
    let meetings: [MonevMeeting]
    let findings: [Finding]
    let today: CalendarDate

    static func load(_ plan: WorkPlan, today: CalendarDate, on db: any Database) async throws -> MonevState {
        let content = try await PlanContent.load(plan, on: db)
        let meetings = try await MonevMeeting.query(on: db).filter(\.$plan.$id == plan.id!).sort(\.$date).sort(\.$createdAt).all()
        let rows = try await MonevFinding.query(on: db).filter(\.$plan.$id == plan.id!).sort(\.$createdAt).all()
        let ownerIDs = Set(rows.compactMap { $0.$owner.id })
        let names =
            ownerIDs.isEmpty
            ? [:]
            : Dictionary(
                uniqueKeysWithValues: try await User.query(on: db).filter(\.$id ~~ ownerIDs).all().map { ($0.id!, $0.displayName) })
        let findings = rows.map { row in
            let status = FollowUpStatus(rawValue: row.status) ?? .terbuka
            let due = row.dueDate.flatMap(CalendarDate.init(iso:))
            return Finding(
                row: row, ownerName: row.$owner.id.flatMap { names[$0] }, status: status, dueDate: due,
                isOverdue: FollowUpStatus.isOverdue(status: status, dueDate: due, today: today))
        }
        return MonevState(content: content, meetings: meetings, findings: findings, today: today)
    }

    var cadence: MonitoringCadence { content.cadence }

    /// The monitoring periods of the plan's year.
    var periods: [MonitoringPeriod] { cadence.periods(year: content.plan.year) }

    /// The actions that fall due in `period`, in document order, with their timeliness.
    func actionsDue(in period: MonitoringPeriod) -> [(PlanTree.Action, ActionTimeliness)] {
        content.tree.actions.map { ($0, content.timeliness(of: $0, today: today)) }.filter { $0.1.isDue(in: period) }
    }

    /// How many actions fall due in `period`, how many of those have a realisation recorded
    /// for it, and how many meetings reviewed it.
    func counts(of period: MonitoringPeriod) -> (due: Int, realised: Int, meetings: Int) {
        let due = actionsDue(in: period)
        return (
            due.count, due.filter { $0.0.realisations[period.key] != nil }.count,
            meetings.filter { $0.periodKey == period.key }.count
        )
    }

    /// Follow-ups in agenda order (open first, then by due date), optionally only those of
    /// meetings before `period`.
    func agenda(before period: MonitoringPeriod? = nil) -> [Finding] {
        let meetingPeriods = Dictionary(uniqueKeysWithValues: meetings.map { ($0.id!, $0.periodKey) })
        let earlier = findings.filter { finding in
            guard let period else { return true }
            return meetingPeriods[finding.row.$meeting.id].flatMap(MonitoringPeriod.init(key:)).map { $0 < period } ?? false
        }
        return FollowUpStatus.sortedForAgenda(earlier, status: \.status, dueDate: \.dueDate)
    }

    /// The counts the LKE suggestions are drawn from.
    var facts: PlanMonitoringFacts {
        let timeliness = content.tree.actions.map { content.timeliness(of: $0, today: today) }
        let due = timeliness.filter(\.hasFallenDue)
        let elapsed = cadence.elapsedPeriods(year: content.plan.year, today: today)
        let meetingPeriods = Set(meetings.map(\.periodKey))
        let counted = findings.filter { $0.status != .dibatalkan }
        return PlanMonitoringFacts(
            hasPlan: !timeliness.isEmpty, actionsDue: due.count, actionsOnSchedule: due.filter(\.onSchedule).count,
            elapsedPeriods: elapsed.count, periodsWithMeeting: elapsed.filter { meetingPeriods.contains($0.key) }.count,
            meetingsHeld: meetings.count, meetingsWithPimpinan: meetings.filter(\.pimpinanPresent).count,
            followUpsTotal: counted.count, followUpsDone: counted.filter { $0.status == .selesai }.count)
    }
}
