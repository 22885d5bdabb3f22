import Fluent
import Foundation
import Vapor
import ZIServer
import ZICore

/// `sizi bench risks`: a unit's register with many risks (every cell of the matrix used, most
/// rated after controls) on a fresh SQLite file; then timed `GET /units/{id}/risks` — the
/// register page with both heat maps — over real HTTP with a browser session.
public enum RiskBenchmark {
    /// What the benchmark measured (milliseconds).
    public struct Result: Sendable {
        public let risks: Int
        public let seedSeconds: Double
        public let requests: Int
        /// The first page (50 rows) with both heat maps.
        public let page50: (p50: Double, p95: Double, bytes: Int)
        /// A page of 200 rows with both heat maps.
        public let page200: (p50: Double, p95: Double, bytes: Int)
    }

    public static func run(risks: Int, requests: Int) async throws -> Result {
        var server = try await BenchmarkServer.make()
        do {
            let seedStart = ContinuousClock.now
            let unit = try await seedRegister(server.app, risks: risks)
            let seedSeconds = BenchmarkServer.seconds(ContinuousClock.now - seedStart)
            try await server.start()
            let path = SitePath.unitRisks.path(unit.id!) + "?year=2026"
            _ = try await server.time(path, requests: 3, page: true)
            let (small, smallBytes) = try await server.time(path, requests: requests, page: true)
            let (large, largeBytes) = try await server.time(path + "&per=200", requests: requests, page: true)
            try await server.shutdown()
            return Result(
                risks: risks, seedSeconds: seedSeconds, requests: requests,
                page50: (BenchmarkServer.quantile(small, 0.5), BenchmarkServer.quantile(small, 0.95), smallBytes),
                page200: (BenchmarkServer.quantile(large, 0.5), BenchmarkServer.quantile(large, 0.95), largeBytes))
        } catch {
            try? await server.shutdown()
            throw error
        }
    }

    /// One unit whose 2026 register holds `risks` risks, added through the service (audited).
    private static func seedRegister(_ app: Application, risks: Int) async throws -> WorkUnit {
        let matrix = try app.riskMatrix
        let actor = AuditActor.commandLine()
        return try await app.write { db in
            let instansi = try await InstansiService.create(InstansiInput(name: "Kementerian Uji", code: "BENCH"), by: actor, on: db)
            let unit = try await UnitService.create(
                UnitInput(name: "Balai Uji", code: "B1"), instansiID: instansi.id!, parent: nil,
                by: actor, on: db)
            for index in 0..<risks {
                let inherent = RiskCell(likelihood: index % 5 + 1, impact: index / 5 % 5 + 1)
                let residual =
                    index % 5 == 4 ? nil : RiskCell(likelihood: max(1, inherent.likelihood - 1), impact: max(1, inherent.impact - 1))
                let input = RiskInput.Checked(
                    year: 2026, objective: "Sasaran \(index % 12 + 1): layanan tepat waktu dan bebas pungutan",
                    statement: "Risiko \(index + 1): keterlambatan penyelesaian layanan", cause: "Penyebab \(index + 1)",
                    effect: "Keluhan masyarakat", inherent: inherent, existingControls: "SOP dan pengawasan atasan", residual: residual)
                try await RiskService.save(input, to: Risk(), unit: unit, matrix: matrix, by: actor, on: db)
            }
            return unit
        }
    }
}
