import ArgumentParser
import ZIServer

/// `sizi holidays`: the working-day calendar (national holidays and collective leave).
struct HolidayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "holidays", abstract: "Working-day calendar tools.", subcommands: [Import.self, List.self])

    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load a year's national holidays and collective leave from a decree file (JSON, as Resources/holidays/skb-YYYY.json)."
        )
        @Argument(help: "The decree file (.json, at most 1 MB).") var file: String

        func run() async throws {
            print(try await SiziServer.withApplication { app in try await HolidayAdmin.importFile(app, path: file) })
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the recorded days off of a year: date, kind, name, decree.")
        @Argument(help: "The year.") var year: Int

        func run() async throws {
            guard (2000...2100).contains(year) else { throw ValidationError("year must be 2000–2100") }
            for line in try await SiziServer.withApplication({ app in try await HolidayAdmin.list(app, year: year) }) { print(line) }
        }
    }
}
