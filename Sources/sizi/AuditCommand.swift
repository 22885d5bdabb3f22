import ArgumentParser
import Foundation
import ZIServer

/// `sizi audit verify` and `sizi audit head`: check the hash chain of the audit trail and anchor it.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Audit trail tools.", subcommands: [Verify.self, Head.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Verify the audit hash chain; exits 1 and names the first broken row if it was altered.")
        @Option(help: "A SEQ:HASH printed earlier by `sizi audit head`; also detects removed newest entries.")
        var anchor: String?

        func run() async throws {
            let intact = try await SiziServer.withApplication { app in
                let report = try await AuditAdmin.verify(app, anchor: anchor)
                print(report.message)
                return report.intact
            }
            if !intact { throw ExitCode(1) }
        }
    }

    struct Head: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the newest audit entry as SEQ:HASH, to keep outside the database as an anchor.")
        func run() async throws {
            print(try await SiziServer.withApplication { try await AuditAdmin.head($0) })
        }
    }
}
