import Fluent
import Foundation
import ZICore

/// The reminders of a person's own work: plan actions they are PIC of, complaints assigned to them.
enum WorkReminders {
    static func find(today: CalendarDate, on db: any Database) async throws -> [ReminderScan.Due] {
        try await actions(today: today, on: db) + complaints(today: today, on: db)
    }

    private static func actions(today: CalendarDate, on db: any Database) async throws -> [ReminderScan.Due] {
        let plans = try await WorkPlan.query(on: db).filter(\.$year >= today.year - 1).with(\.$unit).all().map { ($0, $0.unit.name) }
        let watch = try await PlanWatch.collect(
            plans, today: today, upcoming: true, on: db, includeAction: { $0.$picUser.id != nil }, includeFinding: { _ in false })
        return watch.actions.compactMap { item in
            guard let user = item.picUserID, let due = item.sortDate, let phase = ReminderTiming.phase(due: due, today: today) else {
                return nil
            }
            return ReminderScan.Due(
                user: user, kind: phase == .overdue ? .actionOverdue : .actionDueSoon, record: item.actionID,
                title: String(item.langkahAksi.prefix(300)), unitName: item.unitName, due: due, link: SitePath.tasks.path())
        }
    }

    private static func complaints(today: CalendarDate, on db: any Database) async throws -> [ReminderScan.Due] {
        let open = ComplaintStatus.allCases.filter(\.isOpen).map(\.rawValue)
        let assigned = try await Complaint.query(on: db).filter(\.$status ~~ open).filter(\.$assignee.$id != nil)
            .filter(\.$dueOn != nil).filter(\.$dueOn <= today.adding(days: ReminderTiming.dueSoonDays).description).with(\.$unit).all()
        return assigned.compactMap { complaint in
            guard let user = complaint.$assignee.id, let due = complaint.dueOn.flatMap(CalendarDate.init(iso:)),
                let phase = ReminderTiming.phase(due: due, today: today)
            else { return nil }
            return ReminderScan.Due(
                user: user, kind: phase == .overdue ? .complaintOverdue : .complaintDueSoon, record: complaint.id!,
                title: complaint.number, unitName: complaint.unit.name, due: due, link: SitePath.complaint.path(complaint.id!))
        }
    }
}
