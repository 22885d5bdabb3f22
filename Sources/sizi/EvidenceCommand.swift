import ArgumentParser
import Foundation
import ZIServer

/// `sizi evidence verify` and `sizi evidence migrate-storage`: the integrity and the place of
/// evidence files.
struct EvidenceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evidence", abstract: "Evidence (data dukung) storage tools.", subcommands: [Verify.self, MigrateStorage.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Re-hash every stored evidence file; exits 1 and names each changed or missing file.")

        func run() async throws {
            let report = try await SiziServer.withApplication { try await EvidenceAdmin.verify($0) }
            report.lines.forEach { print($0) }
            if !report.ok { throw ExitCode(1) }
        }
    }

    struct MigrateStorage: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "migrate-storage", abstract: "Copy every evidence file from one storage backend to the other.")
        @Option(help: "filesystem or database") var from: String
        @Option(help: "filesystem or database") var to: String

        func run() async throws {
            guard let source = BlobStorageKind(rawValue: from), let target = BlobStorageKind(rawValue: to) else {
                throw ValidationError("--from and --to must each be filesystem or database")
            }
            let report = try await SiziServer.withApplication { try await EvidenceAdmin.migrate($0, from: source, to: target) }
            report.lines.forEach { print($0) }
        }
    }
}
