import Fluent
import Vapor
import ZICore

/// A unit's whistleblowing statistics for a period, from the clear metadata only (status and
/// days): for monev and as evidence for the LKE (A.I.5.iv).
struct WBSStatisticsDTO: Content {
    let unitID: UUID
    let unitName: String
    /// Every report of the unit by its status now.
    let allTimeByStatus: [String: Int]
    let statistics: WhistleblowingStatistics

    /// The statistics of `unit` for `period`.
    static func make(unit: WorkUnit, period: MonitoringPeriod, on db: any Database) async throws -> WBSStatisticsDTO {
        let cases = try await WBSReport.query(on: db).filter(\.$unit.$id == unit.id!).all().compactMap { report in
            CalendarDate(iso: report.submittedOn).map {
                WhistleblowingCaseDates(
                    status: WhistleblowingStatus(rawValue: report.status) ?? .baru, submittedOn: $0,
                    closedOn: report.closedOn.flatMap(CalendarDate.init(iso:)))
            }
        }
        let allTime = Dictionary(
            uniqueKeysWithValues: WhistleblowingStatus.allCases.map { status in
                (status.rawValue, cases.filter { $0.status == status }.count)
            })
        return WBSStatisticsDTO(
            unitID: unit.id!, unitName: unit.name, allTimeByStatus: allTime,
            statistics: WhistleblowingStatistics(cases, period: period, names: RequestNames.current))
    }

    /// The period asked for by `?period=` (`2026-M03`, `2026-Q1`, `2026-S1`); the current year's
    /// quarter when absent.
    static func period(_ req: Request) throws -> MonitoringPeriod {
        guard let key = req.query[String.self, at: "period"], !key.isEmpty else {
            return MonitoringCadence.triwulan.period(containing: AppClock.current.today())
        }
        guard let period = MonitoringPeriod(key: key) else {
            throw AppError.validation([FieldError(field: "period", key: "validation.report_period")])
        }
        return period
    }
}
