import Fluent
import Foundation
import Vapor
import ZIServer
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
        var server = try await BenchmarkServer.make()
        do {
            let seedStart = ContinuousClock.now
            let instansiID = try await seedAgency(server.app, units: units, seed: seed)
            let seedSeconds = BenchmarkServer.seconds(ContinuousClock.now - seedStart)
            try await server.start()
            let (timings, bytes) = try await server.time(SitePath.instansiRollup.apiPath(instansiID) + "?year=2026", requests: requests)
            try await server.shutdown()
            return Result(
                units: units, seedSeconds: seedSeconds, requests: requests, p50: BenchmarkServer.quantile(timings, 0.5),
                p90: BenchmarkServer.quantile(timings, 0.9), max: timings.last ?? 0, bytes: bytes)
        } catch {
            try? await server.shutdown()
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
            let parent = try await UnitService.create(
                UnitInput(name: "Eselon I Uji", code: "E1"), instansiID: instansi.id!,
                parent: nil, by: actor, on: db)
            return (instansi, parent)
        }
        for index in 1..<units {
            let answers = random.next()
            try await app.write { db in
                let unit = try await UnitService.create(
                    UnitInput(name: "Satuan Kerja \(index)", code: "S\(index)"),
                    instansiID: instansi.id!, parent: parent, by: actor, on: db)
                let assessment = try await AssessmentService.create(
                    unit: unit, year: 2026, catalog: catalog, holdsWBK: false,
                    by: actor, on: db)
                try await AssessmentService.saveSelfAnswers(
                    AnswerUpdate(answers: answers.mapValues { Optional($0) }),
                    to: assessment, unit: unit, catalog: catalog, by: actor, on: db)
            }
        }
        return instansi.id!
    }
}
