import Fluent
import Foundation
import ZICore

/// The reminders of what people oversee or must act on for others: gratification steps (the
/// reporter and the unit's UPG), a unit's LHKPN/LHKASN filings (the register's keepers), an
/// assessment waiting for the TPI (the unit's evaluators) and a whistleblowing report waiting
/// for a handler (the unit's handlers — the reminder carries no word of the report), and an
/// agency's unconfirmed proposal list near its cut-off (those who manage the proposals).
enum OversightReminders {
    static func find(today: CalendarDate, on db: any Database) async throws -> [ReminderScan.Due] {
        var holders = HolderCache()
        return try await gratification(today: today, holders: &holders, on: db)
            + assetReports(today: today, holders: &holders, on: db) + reviews(holders: &holders, on: db)
            + whistleblowing(holders: &holders, on: db) + proposals(today: today, on: db)
    }

    /// Role holders per unit and permission, read once per scan.
    struct HolderCache {
        private var known: [String: Set<UUID>] = [:]

        mutating func ids(_ permission: Permission, _ unit: WorkUnit, on db: any Database) async throws -> Set<UUID> {
            let key = "\(permission.rawValue):\(unit.id!)"
            if let ids = known[key] { return ids }
            let ids = try await RoleHolders.ids(holding: permission, on: unit, db: db)
            known[key] = ids
            return ids
        }
    }

    private static func gratification(today: CalendarDate, holders: inout HolderCache, on db: any Database) async throws
        -> [ReminderScan.Due]
    {
        let open = GratificationStatus.allCases.filter { !$0.next.isEmpty }.map(\.rawValue)
        let reports = try await GratificationReport.query(on: db).filter(\.$status ~~ open).with(\.$unit).all()
        guard !reports.isEmpty else { return [] }
        let calendar = try await Holidays.calendar(on: db)
        var found: [ReminderScan.Due] = []
        for report in reports {
            let dto = GratificationDTO(report, deadlines: .standard, calendar: calendar, today: today)
            let upg = try await holders.ids(.manageGratification, report.unit, on: db)
            for step in dto.steps where step.status == DeadlineStatus.dueSoon.rawValue || step.status == DeadlineStatus.overdue.rawValue {
                guard let due = CalendarDate(iso: step.due) else { continue }
                let kind: ReminderKind = step.status == DeadlineStatus.overdue.rawValue ? .gratificationOverdue : .gratificationDueSoon
                // The reporter's own steps are the report to the UPG and the handover; the UPG follows every step.
                let reporterActs = step.stage != GratificationStage.forwardToKPK.rawValue
                for user in reporterActs ? upg.union([report.$reporter.id]) : upg {
                    found.append(
                        ReminderScan.Due(
                            user: user, kind: kind, record: report.id!, title: step.label, unitName: report.unit.name, due: due,
                            link: SitePath.gratification.path(report.id!)))
                }
            }
        }
        return found
    }

    private static func assetReports(today: CalendarDate, holders: inout HolderCache, on db: any Database) async throws
        -> [ReminderScan.Due]
    {
        let unfiled = try await AssetReport.query(on: db).filter(\.$filedOn == nil).filter(\.$year >= today.year - 1).with(\.$unit).all()
        var found: [ReminderScan.Due] = []
        let byUnitAndDue = Dictionary(grouping: unfiled.compactMap { report in report.dueOn.map { (report, $0) } }) {
            "\($0.0.$unit.id)|\($0.1)"
        }
        for group in byUnitAndDue.values {
            guard let (first, due) = group.first, let phase = ReminderTiming.phase(due: due, today: today) else { continue }
            for user in try await holders.ids(.manageRegisters, first.unit, on: db) {
                found.append(
                    ReminderScan.Due(
                        user: user, kind: phase == .overdue ? .assetReportOverdue : .assetReportDueSoon, record: first.$unit.id,
                        title: "\(group.count) × LHKPN/LHKASN", unitName: first.unit.name, due: due,
                        link: SitePath.unitRegisters.path(first.$unit.id) + "?year=\(first.year)"))
            }
        }
        return found
    }

    private static func reviews(holders: inout HolderCache, on db: any Database) async throws -> [ReminderScan.Due] {
        let waiting = try await Assessment.query(on: db).filter(\.$status == .submitted).with(\.$unit).all()
        var found: [ReminderScan.Due] = []
        for assessment in waiting {
            guard let submitted = assessment.submittedAt.map(WIBTime.day(of:)) else { continue }
            for user in try await holders.ids(.reviewAssessment, assessment.unit, on: db) {
                found.append(
                    ReminderScan.Due(
                        user: user, kind: .reviewWaiting, record: assessment.id!, title: "LKE \(assessment.year)",
                        unitName: assessment.unit.name, due: submitted, link: SitePath.assessment.path(assessment.id!)))
            }
        }
        return found
    }

    private static func whistleblowing(holders: inout HolderCache, on db: any Database) async throws -> [ReminderScan.Due] {
        let waiting = try await WBSReport.query(on: db).filter(\.$awaitingHandler == true).filter(\.$purgedOn == nil).with(\.$unit).all()
        var found: [ReminderScan.Due] = []
        for report in waiting {
            guard let since = CalendarDate(iso: report.statusSince) else { continue }
            for user in try await holders.ids(.handleWhistleblowing, report.unit, on: db) {
                found.append(
                    ReminderScan.Due(
                        user: user, kind: .whistleblowingWaiting, record: report.id!, title: "WBS", unitName: report.unit.name,
                        due: since, link: SitePath.wbs.path()))
            }
        }
        return found
    }

    private static func proposals(today: CalendarDate, on db: any Database) async throws -> [ReminderScan.Due] {
        let rounds = try await ProposalRound.query(on: db).filter(\.$confirmedAt == nil).filter(\.$cutoff != nil)
            .filter(\.$cutoff >= today.description).with(\.$instansi).all()
        var found: [ReminderScan.Due] = []
        for round in rounds {
            guard let cutoff = round.cutoff.flatMap(CalendarDate.init(iso:)), ReminderTiming.phase(due: cutoff, today: today) == .dueSoon
            else { continue }
            for user in try await RoleHolders.ids(holding: .manageProposals, onInstansi: round.$instansi.id, db: db) {
                found.append(
                    ReminderScan.Due(
                        user: user, kind: .proposalCutoff, record: round.id!, title: "ZI \(round.year)", unitName: round.instansi.name,
                        due: cutoff, link: SitePath.instansiProposals.path(round.$instansi.id, round.year)))
            }
        }
        return found
    }
}
