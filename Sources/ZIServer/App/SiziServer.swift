import Fluent
import Logging
import Vapor
import ZICore

/// The entry points the `sizi` executable calls: serving, and opening the database for a command.
public enum SiziServer {
    /// Role identifiers, for help texts.
    public static var roleNames: [String] { Role.allCases.map(\.rawValue) }

    /// Starts the web server and runs until SIGINT/SIGTERM, then shuts down gracefully.
    public static func serve(hostname: String, port: Int) async throws {
        let settings = try Settings.fromEnvironment()
        bootstrapLogging(settings)
        let env = Environment(name: "production", arguments: ["sizi", "serve", "--hostname", hostname, "--port", String(port)])
        let app = try await Application.make(env)
        do {
            try await prepare(app, settings: settings)
            app.lifecycle.use(BackgroundRounds())
            try await app.execute()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    /// Opens (and migrates) the database for a command-line action.
    public static func withApplication<T>(_ body: (Application) async throws -> T) async throws -> T {
        let settings = try Settings.fromEnvironment()
        bootstrapLogging(settings)
        let app = try await Application.make(Environment(name: "production", arguments: ["sizi"]))
        app.logger.logLevel = .warning
        do {
            try await prepare(app, settings: settings)
            let result = try await body(app)
            try await app.asyncShutdown()
            return result
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    /// Configures, migrates, bootstraps the first admin and loads the shipped holiday calendars.
    public static func prepare(_ app: Application, settings: Settings) async throws {
        try await configure(app, settings: settings)
        try await app.autoMigrate()
        try await AdminBootstrap.run(app, settings: settings)
        try await app.write { db in try await Holidays.loadShipped(on: db) }
    }

    /// Called once per process (the CLI runs one command per process).
    private static func bootstrapLogging(_ settings: Settings) {
        let level = Logger.Level(rawValue: ProcessInfo.processInfo.environment["LOG_LEVEL"] ?? "") ?? .info
        LoggingSystem.bootstrap { label in
            var handler: any LogHandler =
                settings.logFormat == .json
                ? JSONLogHandler(label: label) : StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return LogPrivacyFilter(wrapped: handler)
        }
    }
}
