import Fluent
import Vapor
import XCTest
import ZIPFoundation
import ZICore
@testable import ZIServer

/// The complaint report for a month, a quarter or a half year: the counts match the data,
/// durations are in working days, lateness against the unit's stage deadlines together.
/// Runs on SQLite and PostgreSQL.
final class ComplaintReportTests: XCTestCase {
    /// Files a complaint received on `day` and, when `closedOn` is given, finishes it that day
    /// (or rejects it, when `rejected`).
    private func complaint(
        _ app: Application, unit: WorkUnit, received day: String, channel: ComplaintChannel, service: String?,
        closedOn: String? = nil, rejected: Bool = false
    ) async throws {
        let input = try ComplaintInput(
            channel: channel.rawValue, subject: "Aduan \(day)", description: "Uraian",
            service: service
        ).checked()
        let received = CalendarDate(iso: day)!
        try await app.write { db in
            let (complaint, _) = try await ComplaintService.file(
                input, unit: unit, deadlines: .standard, calendar: WorkingCalendar(holidays: []),
                today: received, by: .system, on: db)
            guard let closedOn, let closed = CalendarDate(iso: closedOn) else { return }
            if rejected {
                try await ComplaintService.move(
                    complaint, to: .ditolak, reason: "Bukan kewenangan unit", assignee: nil, unit: unit,
                    today: closed, by: .system, on: db)
                return
            }
            for status in [ComplaintStatus.diverifikasi, .didisposisikan, .diproses, .selesai] {
                let assignee = status == .didisposisikan ? try await User.query(on: db).first()?.id : nil
                try await ComplaintService.move(
                    complaint, to: status, reason: nil, assignee: assignee, unit: unit,
                    today: status == .selesai ? closed : received, by: .system, on: db)
            }
        }
    }

    func testTheQuarterlyEvaluationCountsItsPeriodInWorkingDays() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            try await fixture.accountsPerRole()
            let unit = fixture.unitA1
            // Triwulan I 2026: four complaints (one rejected); one in April (outside) and one of another unit.
            // Mon 5 Jan → Mon 12 Jan: 5 working days (within 3+2+2+5 = 12).
            try await complaint(app, unit: unit, received: "2026-01-05", channel: .web, service: "Perizinan", closedOn: "2026-01-12")
            // Mon 2 Feb → Mon 23 Feb: 15 working days, late.
            try await complaint(app, unit: unit, received: "2026-02-02", channel: .whatsapp, service: "Perizinan", closedOn: "2026-02-23")
            try await complaint(app, unit: unit, received: "2026-03-31", channel: .web, service: nil)
            try await complaint(
                app, unit: unit, received: "2026-03-02", channel: .surat, service: "Perizinan", closedOn: "2026-03-03",
                rejected: true)
            try await complaint(app, unit: unit, received: "2026-04-01", channel: .web, service: "Perizinan")
            try await complaint(app, unit: fixture.unitB1, received: "2026-02-10", channel: .web, service: "Perizinan")

            let token = try await client.login("anggota", Fixture.password)
            let base = "/api/v1/units/\(unit.id!)/complaints/report"
            let quarter = try await client.send(.GET, "\(base)?period=2026-Q1", token: token).json(ComplaintReport.self)
            XCTAssertEqual(quarter.periodLabel, "Triwulan I 2026")
            XCTAssertEqual(quarter.received, 4)
            XCTAssertEqual(quarter.byChannel, ["web": 2, "whatsapp": 1, "surat": 1])
            XCTAssertEqual(quarter.byService, ["Perizinan": 3, "Tanpa kategori": 1])
            XCTAssertEqual(quarter.finished, 2)
            XCTAssertEqual(quarter.finishedOnTime, 1)
            XCTAssertEqual(quarter.finishedLate, 1)
            XCTAssertEqual(quarter.averageWorkingDaysToFinish, 10)
            XCTAssertEqual(quarter.maximumWorkingDaysToFinish, 15)
            XCTAssertEqual(quarter.lkeToFollowUp, 3, "the rejected one is not the unit's to follow up")
            XCTAssertEqual(quarter.lkeInProcess, 1)
            XCTAssertEqual(quarter.lkeFinished, 2)
            XCTAssertEqual(quarter.overdue, 1, "the open one of 31 March is past its verification deadline")

            let semester = try await client.send(.GET, "\(base)?period=2026-S1", token: token).json(ComplaintReport.self)
            XCTAssertEqual(semester.received, 5)
            let march = try await client.send(.GET, "\(base)?month=2026-03", token: token).json(ComplaintReport.self)
            XCTAssertEqual(march.period, "2026-M03")
            XCTAssertEqual(march.received, 2)
            let bad = try await client.send(.GET, "\(base)?period=2026-Q5", token: token)
            XCTAssertEqual(bad.status, .unprocessableEntity)
            XCTAssertEqual(bad.fieldErrors, ["period"])

            let docx = try await client.send(.GET, "/api/v1/units/\(unit.id!)/complaints/report.docx?period=2026-Q1", token: token)
            let text = try PlanWebTests.documentText(Data(try XCTUnwrap(docx.bytes)))
            XCTAssertTrue(text.contains("Triwulan I 2026") && text.contains(fixture.unitA1.name), text)
            let xlsx = try await client.send(.GET, "/api/v1/units/\(unit.id!)/complaints/report.xlsx?period=2026-Q1", token: token)
            let workbook = try Self.part("xl/workbook.xml", of: xlsx)
            XCTAssertTrue(workbook.contains("Evaluasi") && workbook.contains("Pengaduan"))
            let strings = try Self.part("xl/worksheets/", of: xlsx)
            XCTAssertTrue(
                strings.contains("\(2026)/000002") && strings.contains("Aduan 2026-02-02"), "the register lists the period's complaints")
            XCTAssertFalse(strings.contains("Aduan 2026-04-01"), "not those of another period")
            XCTAssertFalse(strings.contains("Uraian"), "never the description")
            let register = try await client.send(.GET, "/api/v1/units/\(unit.id!)/complaints/export.xlsx?from=2026-04-01", token: token)
            XCTAssertTrue(try Self.part("xl/worksheets/", of: register).contains("Aduan 2026-04-01"))

            let cookies = try await client.webLogin("anggota", Fixture.password)
            let page = try await client.send(.GET, "/units/\(unit.id!)/complaints/report?period=2026-Q1", cookies: cookies)
            XCTAssertEqual(page.status, .ok)
            XCTAssertTrue(
                page.body.contains("Triwulan I 2026") && page.body.contains("<td>3</td><td>1</td><td>2</td><td>66,7</td>"), page.body)
            let typo = try await client.send(.GET, "/units/\(unit.id!)/complaints/report?period=kuartal", cookies: cookies)
            XCTAssertEqual(typo.status, .unprocessableEntity)
            XCTAssertTrue(typo.body.contains("TTTT-Qn"))
            let pegawai = try await client.login("pegawai", Fixture.password)
            let refused = try await client.send(.GET, "/api/v1/units/\(unit.id!)/complaints/report.xlsx", token: pegawai)
            XCTAssertEqual(refused.status, .forbidden)
        }
    }

    /// The parts of an XLSX reply whose path starts with `prefix`, one after the other.
    private static func part(_ prefix: String, of reply: Client.Reply) throws -> String {
        let archive = try Archive(data: Data(try XCTUnwrap(reply.bytes)), accessMode: .read)
        var xml = Data()
        for entry in archive where entry.path.hasPrefix(prefix) { _ = try archive.extract(entry) { xml.append($0) } }
        XCTAssertFalse(xml.isEmpty, "no part \(prefix)")
        return String(decoding: xml, as: UTF8.self)
    }
}
