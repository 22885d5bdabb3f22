import ArgumentParser
import ZIServer

/// `sizi serve`: migrates the database, bootstraps the admin, and serves HTTP until stopped.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Start the SIZI web server (migrates automatically).")

    @Option(help: "Address to listen on.") var hostname = "127.0.0.1"
    @Option(help: "Port to listen on.") var port = 8080

    func run() async throws {
        try await SiziServer.serve(hostname: hostname, port: port)
    }
}

/// `sizi migrate`: brings the database schema up to date.
struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Apply pending database migrations.")

    func run() async throws {
        try await SiziServer.withApplication { _ in
            print("Migrasi selesai / migrations applied.")
        }
    }
}
