import Fluent
import Foundation
import Vapor
import ZICore

/// The UPG's report of a month (or a quarter, a half year): reports received and refused,
/// how many the rules say had to be reported, their total estimated value, where they stand,
/// how many have a step past its deadline, and the campaigns held.
struct GratificationMonthlyReport: Content {
    let period: String
    let periodLabel: String
    let reports: Int
    let byKind: [String: Int]
    let byStatus: [String: Int]
    let mustReport: Int
    let totalValue: Int
    let totalValueText: String
    let overdue: Int
    let campaigns: Int

    static func make(unit: WorkUnit, period: MonitoringPeriod, req: Request) async throws -> GratificationMonthlyReport {
        let names = req.names
        let rows = try await GratificationReport.query(on: req.db).filter(\.$unit.$id == unit.id!)
            .filter(\.$reportedOn >= period.span.start.description).filter(\.$reportedOn <= period.span.end.description).all()
        let calendar = try await req.application.holidayCache.calendar(on: req.db)
        let today = AppClock.current.today()
        let campaigns = try await GratificationCampaign.query(on: req.db).filter(\.$unit.$id == unit.id!)
            .filter(\.$heldOn >= period.span.start.description).filter(\.$heldOn <= period.span.end.description).count()
        let total = rows.map(\.value).reduce(0, +)
        return GratificationMonthlyReport(
            period: period.key, periodLabel: names(period), reports: rows.count,
            byKind: Dictionary(grouping: rows, by: \.kind).mapValues(\.count),
            byStatus: Dictionary(grouping: rows, by: \.status).mapValues(\.count),
            mustReport: rows.filter(\.mustReport).count, totalValue: total, totalValueText: Rupiah.text(total),
            overdue: rows.filter { GratificationDTO($0, deadlines: .standard, calendar: calendar, today: today).isOverdue }.count,
            campaigns: campaigns)
    }
}

/// A campaign as the UPG's log lists it.
struct GratificationCampaignDTO: Content {
    let heldOn: String
    let title: String
    let participants: Int
    let evidence: String?

    static func all(of unit: WorkUnit, on db: any Database) async throws -> [GratificationCampaignDTO] {
        try await GratificationCampaign.query(on: db).filter(\.$unit.$id == unit.id!).sort(\.$heldOn, .descending).all().map {
            GratificationCampaignDTO(heldOn: $0.heldOn, title: $0.title, participants: $0.participants, evidence: $0.evidence)
        }
    }
}

extension Application {
    private struct GratificationRulesKey: StorageKey { typealias Value = GratificationRuleBook }

    /// The gratification rules (exempt gifts and their limits per period), loaded at start.
    var gratificationRules: GratificationRuleBook {
        get { storage[GratificationRulesKey.self]! }
        set { storage[GratificationRulesKey.self] = newValue }
    }
}
