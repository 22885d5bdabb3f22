import Fluent
import Foundation
import Vapor
import ZICore
import ZIDocuments

/// The SKM report of a unit for `?from=&to=` (default this year so far) as DOCX and XLSX:
/// the result per service and overall, the respondents' profile, and the follow-up plan
/// (`/units/{id}/survey/report.docx|xlsx` on the pages and under `/api/v1`).
struct SurveyReportDocuments {
    /// Registered on the pages and under the API alike.
    func register(_ routes: any RoutesBuilder) {
        routes.get(.unitSurveyReportDocx) { req in
            let (report, unit) = try await Self.report(req)
            return Download.data(
                try SKMReportDOCX.render(report, names: req.application.documentNames), type: Download.docxType,
                fileName: "Laporan-SKM-\(unit.code).docx")
        }
        routes.get(.unitSurveyReportXlsx) { req in
            let (report, unit) = try await Self.report(req)
            return Download.data(
                try XLSXWriter.write(SKMReportXLSX.workbook(report, names: req.application.documentNames)), type: Download.xlsxType,
                fileName: "Laporan-SKM-\(unit.code).xlsx")
        }
    }

    /// The report of the requested period.
    private static func report(_ req: Request) async throws -> (SKMReport, WorkUnit) {
        let names = req.application.documentNames
        let unit = try await UnitVisibility.unit(req, requiring: .viewComplaints)
        let (from, to) = try SurveyResults.period(req)
        let results = try await SurveyResults.load(unit: unit, from: from, to: to, on: req.db)
        let rows = try await SurveyResponse.query(on: req.db).filter(\.$unit.$id == unit.id!)
            .filter(\.$answeredOn >= from.description).filter(\.$answeredOn <= to.description).all()
        func counts(_ choices: [String], _ value: (SurveyResponse) -> String?) -> [LabelledCount] {
            let counted = Dictionary(grouping: rows.compactMap(value), by: { $0 }).mapValues(\.count)
            return choices.map { LabelledCount($0, counted[$0] ?? 0) }
                + [LabelledCount("Tidak diisi", rows.count - counted.values.reduce(0, +))].filter { $0.count > 0 }
        }
        let followUps = try await SurveyFollowUp.query(on: req.db).filter(\.$unit.$id == unit.id!).sort(\.$createdAt).all()
        let report = SKMReport(
            unitName: unit.name, periodLabel: "\(IndonesianDate.format(from)) – \(IndonesianDate.format(to))",
            generatedOn: req.clock.today(),
            services: results.services.map { SKMReport.Service(name: $0.name, result: $0.result, population: $0.population) },
            overall: results.overall,
            profile: SKMReport.RespondentProfile(
                ageGroups: counts(SurveyProfile.ageGroups, \.ageGroup), sexes: counts(SurveyProfile.sexes, \.sex),
                education: counts(SurveyProfile.educations, \.education),
                occupations: counts(SurveyProfile.occupations, \.occupation)),
            followUps: followUps.compactMap { row in
                SKMElement(rawValue: row.element).map { element in
                    SKMReport.FollowUp(
                        element: element, problem: problem(element, period: row.period, result: results.overall),
                        action: row.action, owner: row.owner, due: row.dueOn.flatMap(CalendarDate.init(iso:)).map(IndonesianDate.format),
                        status: names(FollowUpStatus.self, raw: row.status))
                }
            })
        return (report, unit)
    }

    /// Why an element is followed up: its NRR in the report's period, and the period it was planned for.
    private static func problem(_ element: SKMElement, period: String, result: SKMResult?) -> String {
        let nrr = result?.nrr[element].map { "NRR \(DecimalText.format($0, decimals: 2)); " } ?? ""
        return "\(nrr)direncanakan untuk \(period)"
    }
}
