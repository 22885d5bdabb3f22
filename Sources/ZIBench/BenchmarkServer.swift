import Foundation
import Vapor
import ZIServer

/// A SIZI server for benchmarks: a fresh SQLite directory, the admin logged in through the
/// API and through the login form, real HTTP on a random local port, and timed requests (of
/// the API with the bearer token, of pages with the session cookie).
struct BenchmarkServer {
    let app: Application
    private let directory: URL
    private(set) var base = ""
    private(set) var token = ""
    private(set) var sessionCookie = ""
    /// The requests still being answered (see ``InFlightRequests``).
    let inFlight = InFlightRequests()

    /// Prepares the application (migrations, admin) on a fresh temporary data directory.
    static func make(adjust: (inout Settings) -> Void = { _ in }) async throws -> BenchmarkServer {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sizi-bench-\(UUID().uuidString)")
        let app = try await Application.make(.production)
        app.logger.logLevel = .error
        // The login form answers with a redirect whose cookie the benchmark keeps.
        app.http.client.configuration.redirectConfiguration = .disallow
        // The admin logs in with a password only: a benchmark measures the pages, not the second factor.
        var settings = Settings(dataDirectory: directory.path, adminPassword: password, bcryptCost: 4)
        settings.requireAdministratorSecondFactor = false
        adjust(&settings)
        do {
            try await SiziServer.prepare(app, settings: settings)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        return BenchmarkServer(app: app, directory: directory)
    }

    private static let password = "BenchAdmin2026"

    /// Starts listening and logs the admin in.
    mutating func start() async throws {
        app.middleware.use(inFlight)
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        base = "http://127.0.0.1:\(app.http.server.shared.localAddress?.port ?? 0)"
        let login = try await app.client.post(URI(string: base + SitePath.login.apiPath())) { request in
            try request.content.encode(["username": AdminBootstrap.username, "password": Self.password], as: .json)
        }
        token = try login.content.get(String.self, at: "token")
        let form = try await app.client.get(URI(string: base + SitePath.login.path()))
        guard let csrf = form.headers.setCookie?["sizi_csrf"]?.string else { throw CommandLineError("the login page set no CSRF cookie") }
        let web = try await app.client.post(URI(string: base + SitePath.login.path())) { request in
            request.headers.cookie = HTTPCookies(dictionaryLiteral: ("sizi_csrf", HTTPCookies.Value(string: csrf)))
            try request.content.encode(
                ["username": AdminBootstrap.username, "password": Self.password, "_csrf": csrf], as: .urlEncodedForm)
        }
        guard let session = web.headers.setCookie?[ZIServer.SessionAuthenticator.cookieName]?.string else {
            throw CommandLineError("the login form answered \(web.status) without a session")
        }
        sessionCookie = session
    }

    /// Times `requests` GETs of `path` as the admin (a page when `page`, else the API): sorted
    /// milliseconds and the last body size.
    func time(_ path: String, requests: Int, page: Bool = false) async throws -> (timings: [Double], bytes: Int) {
        var timings: [Double] = []
        var bytes = 0
        for _ in 0..<requests {
            let started = ContinuousClock.now
            bytes = try await read(path, asPage: page).count
            timings.append(Self.seconds(ContinuousClock.now - started) * 1000)
        }
        return (timings.sorted(), bytes)
    }

    /// Stops the server and removes the data directory.
    func shutdown() async throws {
        try? await inFlight.drained()
        await app.server.shutdown()
        try await app.asyncShutdown()
        try? FileManager.default.removeItem(at: directory)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// The value at quantile `q` (0…1) of sorted `values`.
    static func quantile(_ values: [Double], _ q: Double) -> Double {
        values.isEmpty ? 0 : values[min(values.count - 1, Int(Double(values.count) * q))]
    }
}
