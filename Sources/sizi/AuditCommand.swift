import ArgumentParser
import Foundation
import ZIServer

/// `sizi audit verify`: checks the hash chain of the audit trail.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "Audit trail tools.", subcommands: [Verify.self])

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Verify the audit hash chain; exits 1 and names the first broken row if it was altered.")
        func run() async throws {
            let intact = try await SiziServer.withApplication { app in
                let report = try await AuditAdmin.verify(app)
                print(report.message)
                return report.intact
            }
            if !intact { throw ExitCode(1) }
        }
    }
}
