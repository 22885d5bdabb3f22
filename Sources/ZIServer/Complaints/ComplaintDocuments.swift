import Fluent
import Foundation
import Vapor
import ZICore
import ZIDocuments

/// The complaint documents a unit files: the evaluation of a period (DOCX, or XLSX together
/// with the register of the period's complaints) and the register alone as XLSX, in the fields
/// SP4N-LAPOR! uses. Never the reporter's identity or the complaint's description.
enum ComplaintDocuments {
    /// `report.xlsx`: the sheets "Evaluasi" and "Pengaduan" of a period.
    static func workbook(_ req: Request, unit: WorkUnit, period: MonitoringPeriod) async throws -> Response {
        let report = try await ComplaintReport.make(
            unit: unit, period: period, today: req.clock.today(), names: req.application.documentNames, on: req.db)
        let names = req.application.documentNames
        let rows = try await exportRows(
            try await ComplaintReport.complaints(unit: unit, period: period, on: req.db), unit: unit, on: req.db)
        let workbook = XLSXWorkbook(
            sheets: [
                ComplaintEvaluationXLSX.sheet(evaluation(report, unit: unit), names: names),
                ComplaintRegisterXLSX.sheet(rows, names: names),
            ],
            title: "Evaluasi Pengaduan \(report.periodLabel)", creator: "SIZI")
        return Download.data(
            try XLSXWriter.write(workbook), type: Download.xlsxType,
            fileName: "Evaluasi-Pengaduan-\(unit.code)-\(report.periodLabel).xlsx")
    }

    /// `report.docx`: the evaluation of a period as a document.
    static func document(_ req: Request, unit: WorkUnit, period: MonitoringPeriod) async throws -> Response {
        let report = try await ComplaintReport.make(
            unit: unit, period: period, today: req.clock.today(), names: req.application.documentNames, on: req.db)
        return Download.data(
            try ComplaintEvaluationDOCX.render(evaluation(report, unit: unit), names: req.application.documentNames),
            type: Download.docxType,
            fileName: "Evaluasi-Pengaduan-\(unit.code)-\(report.periodLabel).docx")
    }

    /// `export.xlsx?from=&to=`: the register of the complaints received in a range of days.
    static func register(_ req: Request, unit: WorkUnit, complaints: [Complaint]) async throws -> Response {
        let rows = try await exportRows(complaints, unit: unit, on: req.db)
        return Download.data(
            try XLSXWriter.write(
                ComplaintRegisterXLSX.workbook(rows, title: "Register Pengaduan \(unit.name)", names: req.application.documentNames)),
            type: Download.xlsxType, fileName: "pengaduan-\(unit.code).xlsx")
    }

    /// The report as the document model reads it.
    static func evaluation(_ report: ComplaintReport, unit: WorkUnit) -> ComplaintEvaluation {
        func keyed<Key: RawRepresentable<String> & Hashable>(_ counts: [String: Int], _: Key.Type) -> [Key: Int] {
            Dictionary(counts.compactMap { key, count in Key(rawValue: key).map { ($0, count) } }, uniquingKeysWith: +)
        }
        return ComplaintEvaluation(
            unitName: unit.name, periodLabel: report.periodLabel, periodStart: CalendarDate(iso: report.from)!,
            periodEnd: CalendarDate(iso: report.to)!, generatedOn: AppClock.current.today(), received: report.received,
            byChannel: keyed(report.byChannel, ComplaintChannel.self), byKind: keyed(report.byKind, ComplaintKind.self),
            byService: report.byService.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { LabelledCount($0.key, $0.value) },
            byStatus: keyed(report.byStatus, ComplaintStatus.self),
            timeliness: .init(
                finishedOnTime: report.finishedOnTime, finishedLate: report.finishedLate,
                averageWorkingDays: report.averageWorkingDaysToFinish, maximumWorkingDays: report.maximumWorkingDaysToFinish,
                overdueOpen: report.overdue, verifiedOnTime: report.verifiedOnTime, verifiedLate: report.verifiedLate),
            lke: .init(toFollowUp: report.lkeToFollowUp, inProcess: report.lkeInProcess, finished: report.lkeFinished))
    }

    /// One register row per complaint, with the day it was verified (from its history).
    static func exportRows(_ complaints: [Complaint], unit: WorkUnit, on db: any Database) async throws -> [ComplaintExportRow] {
        let timekeeping = try await ComplaintTimekeeping.of(unit, on: db)
        let ids = complaints.compactMap(\.id)
        var verified: [UUID: CalendarDate] = [:]
        if !ids.isEmpty {
            for event in try await ComplaintEvent.query(on: db).filter(\.$complaint.$id ~~ ids).filter(\.$kind == .status)
                .filter(\.$toStatus == ComplaintStatus.diverifikasi.rawValue).all()
            {
                verified[event.$complaint.id] = event.createdAt.map { WIBTime.day(of: $0) }
            }
        }
        return complaints.compactMap { complaint in
            guard let received = CalendarDate(iso: complaint.receivedOn), let channel = ComplaintChannel(rawValue: complaint.channel),
                let kind = ComplaintKind(rawValue: complaint.kind), let status = ComplaintStatus(rawValue: complaint.status)
            else { return nil }
            return ComplaintExportRow(
                trackingNumber: complaint.number, receivedOn: received, channel: channel, kind: kind, category: complaint.service,
                title: complaint.subject, status: status, verifiedOn: verified[complaint.id!],
                finishedOn: status == .selesai ? complaint.closedOn.flatMap(CalendarDate.init(iso:)) : nil,
                workingDaysToFinish: timekeeping.workingDaysToFinish(complaint), isLate: timekeeping.timeliness(complaint).isLate)
        }
    }
}
