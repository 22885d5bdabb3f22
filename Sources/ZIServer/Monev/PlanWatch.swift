import Fluent
import Vapor
import Foundation
import ZICore

/// Overdue and upcoming work across plans: for the dashboard (every plan the requester may
/// see) and for "tugas saya" (the actions and follow-ups a person is responsible for).
struct PlanWatch: Sendable {
    /// An action to act on.
    struct ActionItem: Content, Sendable {
        let planID: UUID
        let actionID: UUID
        /// The PIC's account, when the action names one.
        let picUserID: UUID?
        let unitName: String
        let langkahAksi: String
        let targetWaktu: String?
        let statusLabel: String
        let isOverdue: Bool
        /// The first overdue due date, or the next due date.
        let date: String?
        let sortDate: CalendarDate?
    }

    /// A follow-up to act on.
    struct FollowUpItem: Sendable {
        let planID: UUID
        let unitName: String
        let finding: MonevState.Finding
    }

    var actions: [ActionItem] = []
    var followUps: [FollowUpItem] = []

    /// How far ahead "upcoming" reaches.
    static let horizonDays = 30

    /// Collects, over `plans` (with their units' names), the actions and open follow-ups that
    /// `includeAction`/`includeFinding` select and that are overdue — or, with `upcoming`, due
    /// within ``horizonDays``.
    static func collect(
        _ plans: [(WorkPlan, String)], today: CalendarDate, upcoming: Bool, on db: any Database,
        includeAction: (WorkPlanAction) -> Bool, includeFinding: (MonevFinding) -> Bool
    ) async throws -> PlanWatch {
        let names = RequestNames.current
        var watch = PlanWatch()
        let horizon = today.adding(days: horizonDays)
        for (plan, unitName) in plans {
            let state = try await MonevState.load(plan, today: today, on: db)
            for action in state.content.tree.actions where includeAction(action.row) {
                let timeliness = state.content.timeliness(of: action, today: today)
                let overdue = timeliness.status == .terlambat
                let soon = upcoming && timeliness.status != .selesai && (timeliness.nextDueDate.map { $0 <= horizon } ?? false)
                guard overdue || soon else { continue }
                let date = overdue ? timeliness.overdueDates.first : timeliness.nextDueDate
                watch.actions.append(
                    ActionItem(
                        planID: plan.id!, actionID: action.row.id!, picUserID: action.row.$picUser.id, unitName: unitName,
                        langkahAksi: action.row.langkahAksi, targetWaktu: action.row.targetWaktu,
                        statusLabel: names(timeliness.status), isOverdue: overdue, date: date.map(IndonesianDate.format), sortDate: date))
            }
            for finding in state.findings where finding.status.isOpen && includeFinding(finding.row) {
                let soon = upcoming && (finding.dueDate.map { $0 <= horizon } ?? true)
                guard finding.isOverdue || soon else { continue }
                watch.followUps.append(FollowUpItem(planID: plan.id!, unitName: unitName, finding: finding))
            }
        }
        watch.actions.sort { ($0.isOverdue ? 0 : 1, $0.sortDate ?? today) < ($1.isOverdue ? 0 : 1, $1.sortDate ?? today) }
        watch.followUps = FollowUpStatus.sortedForAgenda(watch.followUps, status: \.finding.status, dueDate: \.finding.dueDate)
        return watch
    }

    /// The plans of `year` of the given units, each with its unit's name.
    static func plans(of units: [WorkUnit], year: Int, on db: any Database) async throws -> [(WorkPlan, String)] {
        let names = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0.name) })
        guard !names.isEmpty else { return [] }
        return try await WorkPlan.query(on: db).filter(\.$unit.$id ~~ Array(names.keys)).filter(\.$year == year).all()
            .map { ($0, names[$0.$unit.id] ?? "") }
    }
}
