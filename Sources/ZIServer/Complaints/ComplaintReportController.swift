import Vapor
import ZICore

/// The complaint report of a month, a quarter or a half year as a page
/// (`/units/:unitID/complaints/report?period=2026-Q1`) with its documents: the evaluation as
/// DOCX, the evaluation with the period's register as XLSX (`report.docx`, `report.xlsx`, on
/// the pages and under `/api/v1`), and the register of a range of days (`export.xlsx`).
struct ComplaintReportController {
    func registerWeb(_ routes: any RoutesBuilder) {
        routes.get(.unitComplaintsReport, use: page)
        registerDocuments(routes)
    }

    func registerAPI(_ routes: any RoutesBuilder) {
        registerDocuments(routes)
        routes.get(.unitComplaintsExportXlsx, use: register)
    }

    private func registerDocuments(_ routes: any RoutesBuilder) {
        routes.get(.unitComplaintsReportXlsx) { req in
            let unit = try await UnitVisibility.unit(req, requiring: .viewComplaints)
            return try await ComplaintDocuments.workbook(req, unit: unit, period: try req.reportPeriod())
        }
        routes.get(.unitComplaintsReportDocx) { req in
            let unit = try await UnitVisibility.unit(req, requiring: .viewComplaints)
            return try await ComplaintDocuments.document(req, unit: unit, period: try req.reportPeriod())
        }
    }

    func register(req: Request) async throws -> Response {
        let unit = try await UnitVisibility.unit(req, requiring: .viewComplaints)
        return try await ComplaintDocuments.register(req, unit: unit, complaints: try await ComplaintReport.received(req, unit: unit))
    }

    /// A count with its label, for the page's tables.
    struct Row: Encodable {
        let label: String
        let count: Int
    }

    struct PageView: Encodable {
        let unit: UnitDTO
        let report: ComplaintReport
        let periods: [Choice]
        let byChannel: [Row]
        let byKind: [Row]
        let byStatus: [Row]
        let byService: [Row]
        let average: String?
        let lkePercent: String
        let form: FormState
    }

    func page(req: Request) async throws -> Response {
        let names = req.names
        let unit = try await UnitVisibility.unit(req, requiring: .viewComplaints)
        let period: MonitoringPeriod
        var form = FormState()
        do {
            period = try req.reportPeriod()
        } catch let error as AppError {
            period = MonitoringCadence.bulanan.period(containing: req.clock.today())
            form = FormState(values: ["period": req.query[String.self, at: "period"] ?? ""], error: error, req: req)
        }
        let report = try await ComplaintReport.make(unit: unit, period: period, today: req.clock.today(), names: req.names, on: req.db)
        func rows<Key: RawRepresentable<String>>(_ counts: [String: Int], _ all: [Key], label: (Key) -> String) -> [Row] {
            all.compactMap { key in counts[key.rawValue].map { Row(label: label(key), count: $0) } }
        }
        let year = period.year
        let view = PageView(
            unit: UnitDTO(unit), report: report,
            periods: [year, year - 1].flatMap { year in MonitoringCadence.allCases.flatMap { $0.periods(year: year) } }
                .map { Choice(value: $0.key, label: names($0), selected: $0 == period) },
            byChannel: rows(report.byChannel, ComplaintChannel.allCases, label: { names($0) }),
            byKind: rows(report.byKind, ComplaintKind.allCases, label: { names($0) }),
            byStatus: rows(report.byStatus, ComplaintStatus.allCases, label: { names($0) }),
            byService: report.byService.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { Row(label: $0.key, count: $0.value) },
            average: report.averageWorkingDaysToFinish.map { DecimalText.format($0, decimals: 1) },
            lkePercent: report.lkeToFollowUp == 0
                ? "100"
                : DecimalText.format(
                    Double(report.lkeFinished) * 100 / Double(report.lkeToFollowUp),
                    decimals: 1),
            form: form)
        return try await WebPage.render(
            "complaints/report", title: "\(req.t("complaint.report")) \(report.periodLabel)", view, req: req,
            status: form.message == nil ? .ok : .unprocessableEntity)
    }
}
