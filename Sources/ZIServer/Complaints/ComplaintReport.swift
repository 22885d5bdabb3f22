import Fluent
import Foundation
import Vapor
import ZICore

/// A unit's complaint report for a month, a quarter or a half year (the monthly report and
/// the quarterly/semester evaluation): how many were received, by channel, kind, service and
/// status; how many were verified and forwarded within the unit's limit; how many working days
/// the finished ones took (average, maximum) and how many kept both limits (verification and
/// follow-up, see ``ComplaintDeadlines``); how many are overdue now; and the
/// three counts the LKE reform indicator A.II.5.ii.a asks for (to follow up, in process,
/// finished).
struct ComplaintReport: Content {
    /// The period's key (`2026-M03`, `2026-Q1`, `2026-S2`) and label (`Triwulan I 2026`).
    let period: String
    let periodLabel: String
    /// First and last day, `YYYY-MM-DD`.
    let from: String
    let to: String
    let received: Int
    let byChannel: [String: Int]
    let byKind: [String: Int]
    let byService: [String: Int]
    let byStatus: [String: Int]
    /// Verified and forwarded (or rejected, or sent to another body) within the unit's limit, and later.
    let verifiedOnTime: Int
    let verifiedLate: Int
    let finished: Int
    /// Finished having kept both limits (verification and follow-up), and late in either.
    let finishedOnTime: Int
    let finishedLate: Int
    let averageWorkingDaysToFinish: Double?
    let maximumWorkingDaysToFinish: Int?
    let overdue: Int
    /// The inputs of LKE A.II.5.ii.a (persentase penanganan pengaduan): the complaints that must
    /// be followed up (all received but those rejected or forwarded to another body, which
    /// are not this unit's to handle), those still open, and those finished.
    let lkeToFollowUp: Int
    let lkeInProcess: Int
    let lkeFinished: Int

    /// The label of complaints that name no service, so that the counts by service add up.
    static let withoutService = "Tanpa kategori"

    /// The complaints of `unit` received in `period`, oldest number first.
    static func complaints(unit: WorkUnit, period: MonitoringPeriod, on db: any Database) async throws -> [Complaint] {
        try await Complaint.query(on: db).filter(\.$unit.$id == unit.id!)
            .filter(\.$receivedOn >= period.span.start.description).filter(\.$receivedOn <= period.span.end.description)
            .sort(\.$number).all()
    }

    /// The complaints of `unit` received in `?from=&to=` (`YYYY-MM-DD`, both optional), by number.
    static func received(_ req: Request, unit: WorkUnit) async throws -> [Complaint] {
        try await Complaint.query(on: req.db).filter(\.$unit.$id == unit.id!)
            .filter(\.$receivedOn >= (req.query[String.self, at: "from"] ?? "0000-00-00"))
            .filter(\.$receivedOn <= (req.query[String.self, at: "to"] ?? "9999-99-99")).sort(\.$number).all()
    }

    static func make(
        unit: WorkUnit, period: MonitoringPeriod, today: CalendarDate, names: LabelNames, on db: any Database
    ) async throws -> ComplaintReport {
        let complaints = try await complaints(unit: unit, period: period, on: db)
        let timekeeping = try await ComplaintTimekeeping.of(unit, on: db)
        let statuses = complaints.map { ComplaintStatus(rawValue: $0.status) ?? .diterima }
        let durations = complaints.compactMap(timekeeping.workingDaysToFinish)
        let verdicts = complaints.map(timekeeping.timeliness)
        let finishedLate = zip(statuses, verdicts).filter { $0.0 == .selesai && $0.1.isLate }.count
        func count(_ key: (Complaint) -> String) -> [String: Int] { Dictionary(grouping: complaints, by: key).mapValues(\.count) }
        return ComplaintReport(
            period: period.key, periodLabel: names(period), from: period.span.start.description, to: period.span.end.description,
            received: complaints.count, byChannel: count(\.channel), byKind: count(\.kind),
            byService: count { $0.service ?? Self.withoutService }, byStatus: count(\.status),
            verifiedOnTime: verdicts.filter { $0.verifiedOnTime == true }.count,
            verifiedLate: verdicts.filter { $0.verifiedOnTime == false }.count, finished: durations.count,
            finishedOnTime: durations.count - finishedLate, finishedLate: finishedLate,
            averageWorkingDaysToFinish: durations.isEmpty ? nil : Double(durations.reduce(0, +)) / Double(durations.count),
            maximumWorkingDaysToFinish: durations.max(),
            overdue: complaints.filter { $0.dueOn.flatMap(CalendarDate.init(iso:)).map { $0 < today } ?? false }.count,
            lkeToFollowUp: statuses.filter { $0 != .ditolak && $0 != .dialihkan }.count,
            lkeInProcess: statuses.filter(\.isOpen).count,
            lkeFinished: statuses.filter { $0 == .selesai }.count)
    }
}
