import ArgumentParser
import Foundation
import ZICore
import ZIDocuments
import ZIServer

/// `sizi plan …`: work-plan tools that need no database.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "Work-plan (Rencana Kerja) tools.", subcommands: [ParsePeriod.self, Import.self, Document.self])

    struct ParsePeriod: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "parse-period",
            abstract: "Turn a TARGET WAKTU text into due dates; what cannot be read is flagged \"perlu dijadwalkan\".")
        @Argument(help: "The text, e.g. \"Januari s/d Oktober 2021\".") var text: String
        @Option(help: "The plan year, used where the text names no year.")
        var year = AppClock.current.today().year
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let schedule = PeriodParser.parse(text, defaultYear: year)
            if json {
                try printJSON(schedule)
                return
            }
            print("Jatuh tempo: " + (schedule.dueDates.isEmpty ? "—" : schedule.dueDates.map(\.description).joined(separator: ", ")))
            for span in schedule.spans { print("Rentang: \(span.start) s/d \(span.end)") }
            if let recurrence = schedule.recurrence { print("Berulang: \(recurrence.label)") }
            if !schedule.unparsed.isEmpty { print("Tidak terbaca: " + schedule.unparsed.joined(separator: "; ")) }
            if schedule.needsScheduling { print("PERLU DIJADWALKAN") }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read a work-plan table (CSV or XLSX) and report every row, its schedule and every problem.")
        @Argument(help: "The plan table (.csv or .xlsx).") var file: String
        @Option(help: "The plan year, for TARGET WAKTU texts that name no year.")
        var year = AppClock.current.today().year
        @Flag(help: "Only report; nothing is stored (required: a plan is stored by importing it in the browser or the API).")
        var dryRun = false
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
                throw ValidationError("Cannot read \(file): \(error.localizedDescription)")
            }
            guard dryRun else {
                throw ValidationError(
                    "The command line only checks tables: run with --dry-run, and import into a plan in the browser or the API.")
            }
            let result = try readTable(data, file: file)
            let preview = PlanImportPreview(result, planYear: year)
            if json {
                try printJSON(preview)
                return
            }
            for row in preview.rows {
                let due =
                    row.schedule.map { $0.needsScheduling ? "PERLU DIJADWALKAN" : $0.dueDates.map(\.description).joined(separator: ", ") }
                    ?? "—"
                print("\(row.sourceRow)\t\(row.area)\t\(row.langkahAksi.prefix(60))\t\(due)")
            }
            for problem in preview.problems { print("baris \(problem.row): \(problem.message)") }
            print("\(preview.rows.count) langkah aksi, \(preview.problems.count) masalah, \(preview.needsScheduling) perlu dijadwalkan")
        }
    }

    struct Document: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Render the Dokumen Rencana Kerja (DOCX or print HTML) from a plan table, without a server.")
        @Option(help: "The plan table (.csv or .xlsx).") var input: String
        @Option(help: "The unit's name for the cover and signature.") var unitName: String
        @Option(help: "The plan year.") var year: Int
        @Option(help: "Where to write the document (.docx, or .html for the print view).") var output: String

        func run() throws {
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: input)) } catch {
                throw ValidationError("Cannot read \(input): \(error.localizedDescription)")
            }
            let result = try readTable(data, file: input)
            let document = PlanDocument(importResult: result, unitName: unitName, year: year)
            let bytes =
                output.lowercased().hasSuffix(".html")
                ? Data(PlanDocumentHTML.render(document, stylesheetHref: nil).utf8) : try PlanDocumentDOCX.render(document)
            try bytes.write(to: URL(fileURLWithPath: output))
            print("\(output): \(result.rows.count) langkah aksi, \(result.problems.count) masalah dilewati/dicatat")
        }
    }
}

/// Reads a plan table as XLSX or CSV, by the file's extension.
private func readTable(_ data: Data, file: String) throws -> PlanImportResult {
    try file.lowercased().hasSuffix(".xlsx") ? PlanTableImport.parse(xlsx: data) : PlanTableImport.parse(csv: data)
}
