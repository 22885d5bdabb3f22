import Fluent
import Vapor
import ZICore
import ZIDocuments

/// The *Laporan Monev* of a monitoring period (DOCX and XLSX), generated from the plan's
/// realisations, meetings and follow-ups as stored. Registered on the web and the API; whoever
/// may view the plan may download it.
struct MonevReportController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let period = routes.grouped("plans", ":planID", "monev", ":periodKey")
        routes.get(.planMonevReportDocx, use: docx)
        routes.get(.planMonevReportXlsx, use: xlsx)
    }

    func docx(req: Request) async throws -> Response {
        let report = try await report(req)
        return Download.data(
            try MonevReportDOCX.render(report), type: Download.docxType, fileName: "Laporan-Monev-\(report.periodLabel).docx")
    }

    func xlsx(req: Request) async throws -> Response {
        let report = try await report(req)
        return Download.data(
            try XLSXWriter.write(MonevReportXLSX.workbook(report)), type: Download.xlsxType,
            fileName: "Laporan-Monev-\(report.periodLabel).xlsx")
    }

    private func report(_ req: Request) async throws -> MonevReport {
        let (plan, unit) = try await PlanAccess.load(req)
        let period = try MonevWebController.period(req, plan: plan)
        let state = try await MonevState.load(plan, today: req.clock.today(), on: req.db)
        return MonevReportBuilder.report(state, period: period, unitName: unit.name)
    }
}

/// The *Laporan Monev* of a period as the document writers take it.
enum MonevReportBuilder {
    /// The *Laporan Monev* of one period: the due actions with their realisation, the period's
    /// meetings with their findings and follow-ups, and the totals.
    static func report(_ state: MonevState, period: MonitoringPeriod, unitName: String) -> MonevReport {
        let names = RequestNames.indonesian
        var areaOf: [UUID: (String, String)] = [:]
        for area in state.content.tree.areas {
            for indicator in area.indicators {
                for action in indicator.actions { areaOf[action.row.id!] = (area.row.name, indicator.row.text) }
            }
        }
        let due = state.actionsDue(in: period)
        let meetings = state.meetings.filter { $0.periodKey == period.key }
        let findings = state.findings.filter { finding in meetings.contains { $0.id == finding.row.$meeting.id } }
        return MonevReport(
            unitName: unitName, year: state.content.plan.year, periodLabel: names(period), periodStart: period.span.start,
            periodEnd: period.span.end,
            actions: due.map { action, timeliness in
                let stored = action.realisations[period.key]
                return MonevReport.ActionRow(
                    area: areaOf[action.row.id!]?.0 ?? "", indikator: areaOf[action.row.id!]?.1 ?? "",
                    langkahAksi: action.row.langkahAksi, targetWaktu: action.row.targetWaktu, pic: action.picLabel,
                    realisasiPercent: stored?.percent, laporan: stored?.report, status: names(timeliness.status))
            },
            meetings: meetings.map { meeting in
                MonevReport.Meeting(
                    date: CalendarDate(iso: meeting.date) ?? period.span.end, attendees: PlanHeader.lines(meeting.attendees),
                    pimpinanHadir: meeting.pimpinanPresent, notulen: meeting.notulen,
                    findings: findings.filter { $0.row.$meeting.id == meeting.id }.map {
                        MonevReport.Finding(
                            text: $0.row.text, tindakLanjut: $0.row.followUp, owner: $0.ownerName, dueDate: $0.dueDate,
                            status: names($0.status))
                    })
            },
            summary: MonevReport.Summary(
                actionsDue: due.count, actionsDone: due.filter { ($0.0.realisations[period.key]?.percent ?? 0) >= 100 }.count,
                followUpsTotal: findings.filter { $0.status != .dibatalkan }.count,
                followUpsDone: findings.filter { $0.status == .selesai }.count))
    }
}
