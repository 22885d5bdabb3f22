import ArgumentParser
import Foundation
import ZICore
import ZIServer

/// `sizi wbs purge`: ends the retention of closed whistleblowing reports (run it daily).
struct WBSCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wbs", abstract: "Whistleblowing System tools.", subcommands: [Purge.self])

    struct Purge: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Delete the content (report, messages, notes, attachments, keys) of closed reports whose retention has ended.")
        @Flag(help: "Only count what would be deleted.") var dryRun = false
        @Option(help: "Act as if today were this day (YYYY-MM-DD, WIB).") var today: String?

        func run() async throws {
            if let today, CalendarDate(iso: today) == nil {
                throw ValidationError("--today must be YYYY-MM-DD")
            }
            let outcome = try await SiziServer.withApplication { try await WBSRetentionPurge.run($0, today: today, dryRun: dryRun) }
            let verb = dryRun ? "akan dihapus / would be purged" : "dihapus / purged"
            print("\(outcome.reports) laporan \(verb), \(outcome.attachments) lampiran / attachments")
        }
    }
}
