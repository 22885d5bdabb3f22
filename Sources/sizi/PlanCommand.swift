import ArgumentParser
import Foundation
import ZICore

/// `sizi plan …`: work-plan tools that need no database.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "Work-plan (Rencana Kerja) tools.", subcommands: [ParsePeriod.self])

    struct ParsePeriod: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "parse-period",
            abstract: "Turn a TARGET WAKTU text into due dates; what cannot be read is flagged \"perlu dijadwalkan\".")
        @Argument(help: "The text, e.g. \"Januari s/d Oktober 2021\".") var text: String
        @Option(help: "The plan year, used where the text names no year.")
        var year = Calendar(identifier: .gregorian).component(.year, from: Date())
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
}
