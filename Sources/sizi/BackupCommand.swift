import ArgumentParser
import Foundation
import ZIServer

/// `sizi backup --to DIR`: a consistent copy of the SQLite database and the evidence store, with a manifest of hashes.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Copy the database (SQLite) and the evidence store into a new folder, with a manifest of hashes.")
    @Option(help: "The folder to write (must not exist or be empty).") var to: String

    func run() async throws {
        let report = try await SiziServer.withApplication { try await Backup.create($0, to: URL(fileURLWithPath: to)) }
        report.lines.forEach { print($0) }
    }
}

/// `sizi restore --from DIR`: checks a backup against its manifest and copies it into an empty data directory.
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Check a backup against its manifest and copy it into an empty data directory; exits 1 naming what is damaged.")
    @Option(help: "The backup folder.") var from: String
    @Option(help: "The data directory to fill (default SIZI_DATA_DIR or ./sizi-data).") var dataDir: String?

    func run() async throws {
        let target = dataDir ?? ProcessInfo.processInfo.environment["SIZI_DATA_DIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "sizi-data"
        let report = try Backup.restore(from: URL(fileURLWithPath: from), into: URL(fileURLWithPath: target))
        report.lines.forEach { print($0) }
        if !report.ok { throw ExitCode(1) }
    }
}
