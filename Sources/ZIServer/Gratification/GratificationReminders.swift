import Fluent
import Foundation
import ZICore

/// The open gratification reports with a step due soon or overdue, for *Tugas Saya*: a
/// reporter's own, and those of the units where the user acts as UPG.
enum GratificationReminders {
    /// `user`'s own open reports with a step due soon or overdue.
    static func reporter(
        _ user: UUID, calendar: WorkingCalendar, today: CalendarDate,
        on db: any Database
    ) async throws -> [GratificationDTO] {
        try await dueSoonOrOverdue(GratificationReport.query(on: db).filter(\.$reporter.$id == user), calendar: calendar, today: today)
    }

    /// The open reports of the units where `grants` make the user the UPG (unit-scoped grants
    /// that allow managing gratification) with a step due soon or overdue.
    static func upg(
        _ grants: [RoleGrant], calendar: WorkingCalendar, today: CalendarDate,
        on db: any Database
    ) async throws -> [GratificationDTO] {
        let units = grants.compactMap { grant -> UUID? in
            guard case .unit(let id, _) = grant.scope, AccessPolicy.permissions(of: grant.role).contains(.manageGratification) else {
                return nil
            }
            return id
        }
        guard !units.isEmpty else { return [] }
        return try await dueSoonOrOverdue(GratificationReport.query(on: db).filter(\.$unit.$id ~~ units), calendar: calendar, today: today)
    }

    private static func dueSoonOrOverdue(
        _ query: QueryBuilder<GratificationReport>, calendar: WorkingCalendar,
        today: CalendarDate
    ) async throws -> [GratificationDTO] {
        let open = GratificationStatus.allCases.filter { !$0.next.isEmpty }.map(\.rawValue)
        let due: Set<String> = [DeadlineStatus.dueSoon.rawValue, DeadlineStatus.overdue.rawValue]
        return try await query.filter(\.$status ~~ open).all()
            .map { GratificationDTO($0, deadlines: .standard, calendar: calendar, today: today) }
            .filter { $0.steps.contains { due.contains($0.status) } }
    }
}
