import Fluent
import Foundation
import Vapor
import ZIServer
import ZICore
import ZIDocuments

/// `sizi bench plan`: the work-plan hot paths — reading every TARGET WAKTU of given plan
/// tables (`scripts/bench-plan.sh` passes the seed plans' tables), importing a large plan table
/// into a fresh SQLite database, and generating the Dokumen Rencana Kerja of a stored plan over
/// real HTTP.
public enum PlanBenchmark {
    /// What the benchmark measured (times in milliseconds; medians over the repeats).
    public struct Result: Sendable {
        public let tableFiles: Int
        public let targetWaktuCells: Int
        public let targetWaktuParse: Double
        public let importRows: Int
        public let importTime: Double
        public let documentActions: Int
        public let docxRender: Double
        public let htmlRender: Double
        public let docxHTTP: Double
        public let docxBytes: Int
    }

    public static func run(tables: [URL], importRows: Int, documentActions: Int, repeats: Int) async throws -> Result {
        var cells: [String] = []
        for table in tables { cells += try await PlanFile.parse(Data(contentsOf: table)).rows.compactMap(\.targetWaktu) }
        let parse = median(repeats) { for cell in cells { _ = PeriodParser.parse(cell, defaultYear: 2025) } }
        var server = try await BenchmarkServer.make()
        do {
            let unit = try await makeUnit(server.app)
            let table = PlanBenchmarkTable.csv(rows: importRows)
            var importTimes: [Double] = []
            for run in 0..<repeats {
                let plan = try await emptyPlan(server.app, unit: unit, year: 2030 + run)
                let started = ContinuousClock.now
                try await importTable(table, into: plan, unit: unit, app: server.app)
                importTimes.append(BenchmarkServer.seconds(ContinuousClock.now - started) * 1000)
            }
            let documentPlan = try await emptyPlan(server.app, unit: unit, year: 2029)
            try await importTable(PlanBenchmarkTable.csv(rows: documentActions), into: documentPlan, unit: unit, app: server.app)
            let content = try await PlanContent.load(documentPlan, on: server.app.db)
            let document = PlanDocumentBuilder.document(content, unit: unit, instansiName: "Kementerian Uji", target: .wbk)
            let docx = median(repeats) { _ = try? PlanDocumentDOCX.render(document) }
            let html = median(repeats) { _ = PlanDocumentHTML.render(document, stylesheetHref: nil) }
            try await server.start()
            let (timings, bytes) = try await server.time(SitePath.planDocumentDocx.apiPath(documentPlan.id!), requests: repeats)
            try await server.shutdown()
            return Result(
                tableFiles: tables.count, targetWaktuCells: cells.count, targetWaktuParse: parse, importRows: importRows,
                importTime: BenchmarkServer.quantile(importTimes.sorted(), 0.5), documentActions: documentActions,
                docxRender: docx, htmlRender: html, docxHTTP: BenchmarkServer.quantile(timings, 0.5), docxBytes: bytes)
        } catch {
            try? await server.shutdown()
            throw error
        }
    }

    private static func makeUnit(_ app: Application) async throws -> WorkUnit {
        try await app.write { db in
            let instansi = try await InstansiService.create(
                InstansiInput(name: "Kementerian Uji", code: "BENCH"), by: .commandLine(), on: db)
            return try await UnitService.create(
                UnitInput(name: "Balai Uji", code: "B1"), instansiID: instansi.id!, parent: nil,
                by: .commandLine(), on: db)
        }
    }

    private static func emptyPlan(_ app: Application, unit: WorkUnit, year: Int) async throws -> WorkPlan {
        try await app.write { db in
            try await WorkPlanService.create(
                unit: unit, year: year, origin: .imported, cadence: .triwulan, draft: PlanDraft(areas: []),
                by: .commandLine(), on: db)
        }
    }

    /// What an import commit does: read the table, then replace the plan's content in one transaction.
    private static func importTable(_ table: Data, into plan: WorkPlan, unit: WorkUnit, app: Application) async throws {
        let draft = PlanDraft(importing: try await PlanFile.parse(table))
        try await app.write { db in
            try await WorkPlanService.replaceContent(of: plan, with: draft, source: "bench.csv", unit: unit, by: .commandLine(), on: db)
        }
    }

    /// The median wall time of `repeats` runs of `body`, in milliseconds.
    private static func median(_ repeats: Int, _ body: () -> Void) -> Double {
        let timings = (0..<max(repeats, 1)).map { _ in
            let started = ContinuousClock.now
            body()
            return BenchmarkServer.seconds(ContinuousClock.now - started) * 1000
        }.sorted()
        return BenchmarkServer.quantile(timings, 0.5)
    }
}
