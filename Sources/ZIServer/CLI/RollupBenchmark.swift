import Fluent
import Foundation
import Vapor
import ZICore

/// `sizi bench rollup`: an agency with many units, each with a complete assessment, on a
/// fresh SQLite file; then timed `GET /api/v1/instansi/{id}/rollup` requests over real HTTP.
public enum RollupBenchmark {
    /// What the benchmark measured.
    public struct Result: Sendable {
        public let units: Int
        public let seedSeconds: Double
        public let requests: Int
        public let p50: Double
        public let p90: Double
        public let max: Double
        public let bytes: Int
    }

    public static func run(units: Int, requests: Int, seed: UInt64) async throws -> Result {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sizi-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let password = "BenchAdmin2026"
        let settings = Settings(dataDirectory: directory.path, adminPassword: password, bcryptCost: 4)
        let app = try await Application.make(.production)
        app.logger.logLevel = .error
        do {
            try await SiziServer.prepare(app, settings: settings)
            let seedStart = ContinuousClock.now
            let instansiID = try await seedAgency(app, units: units, seed: seed)
            let seedSeconds = seconds(ContinuousClock.now - seedStart)
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
            let port = app.http.server.shared.localAddress?.port ?? 0
            let base = "http://127.0.0.1:\(port)"
            let login = try await app.client.post(URI(string: base + "/api/v1/login")) { request in
                try request.content.encode(["username": AdminBootstrap.username, "password": password], as: .json)
            }
            let token = try login.content.get(String.self, at: "token")
            var timings: [Double] = []
            var bytes = 0
            for _ in 0..<requests {
                let started = ContinuousClock.now
                let response = try await app.client.get(URI(string: base + "/api/v1/instansi/\(instansiID)/rollup?year=2026")) {
                    $0.headers.bearerAuthorization = BearerAuthorization(token: token)
                }
                guard response.status == .ok else { throw CommandLineError("roll-up answered \(response.status)") }
                timings.append(seconds(ContinuousClock.now - started) * 1000)
                bytes = response.body?.readableBytes ?? 0
            }
            await app.server.shutdown()
            try await app.asyncShutdown()
            timings.sort()
            return Result(units: units, seedSeconds: seedSeconds, requests: requests, p50: timings[timings.count / 2],
                          p90: timings[timings.count * 9 / 10], max: timings.last ?? 0, bytes: bytes)
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    /// One agency, `units` units under one parent, and a complete random assessment for each.
    private static func seedAgency(_ app: Application, units: Int, seed: UInt64) async throws -> UUID {
        let catalog = try app.lke.entry(LKECatalog.defaultFrameworkID)
        var random = LKERandomAnswers(framework: catalog.framework, seed: seed)
        let actor = AuditActor.commandLine()
        let (instansi, parent) = try await app.write { db in
            let instansi = try await InstansiService.create(InstansiInput(name: "Kementerian Uji", code: "BENCH"), by: actor, on: db)
            let parent = try await UnitService.create(UnitInput(name: "Eselon I Uji", code: "E1"), instansiID: instansi.id!,
                                                      parent: nil, by: actor, on: db)
            return (instansi, parent)
        }
        for index in 1..<units {
            let answers = random.next()
            try await app.write { db in
                let unit = try await UnitService.create(UnitInput(name: "Satuan Kerja \(index)", code: "S\(index)"),
                                                        instansiID: instansi.id!, parent: parent, by: actor, on: db)
                let assessment = try await AssessmentService.create(unit: unit, year: 2026, catalog: catalog, holdsWBK: false,
                                                                    by: actor, on: db)
                try await AssessmentService.saveSelfAnswers(AnswerUpdate(answers: answers.mapValues { Optional($0) }),
                                                            to: assessment, unit: unit, catalog: catalog, by: actor, on: db)
            }
        }
        return instansi.id!
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
