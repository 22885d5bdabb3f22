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
            let instansiID = try await seedAgency(server.app, units: units, seed: seed).instansiID
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

    /// One agency, `units` units under one parent, and a complete random 2026 assessment (on the
    /// year's framework) for each; with `notes`, a unit note and an evidence note on every question.
    /// Returns the agency and the first unit with its assessment.
    static func seedAgency(_ app: Application, units: Int, seed: UInt64, notes: Bool = false) async throws -> SeededAgency {
        let catalog = app.lke.entry(forYear: 2026)
        var random = LKERandomAnswers(framework: catalog.framework, seed: seed)
        let questionIDs = catalog.framework.questions.map(\.id)
        let noteTexts =
            notes
            ? Dictionary(uniqueKeysWithValues: questionIDs.map { ($0, "Dokumen pendukung \($0) tersedia di folder data dukung unit.") })
            : [:]
        let actor = AuditActor.commandLine()
        let (instansi, parent) = try await app.write { db in
            let instansi = try await InstansiService.create(InstansiInput(name: "Kementerian Uji", code: "BENCH"), by: actor, on: db)
            let parent = try await UnitService.create(
                UnitInput(name: "Eselon I Uji", code: "E1"), instansiID: instansi.id!,
                parent: nil, by: actor, on: db)
            return (instansi, parent)
        }
        var first: (unitID: UUID, assessmentID: UUID)?
        for index in 1..<units {
            let answers = random.next()
            let seeded = try await app.write { db in
                let unit = try await UnitService.create(
                    UnitInput(name: "Satuan Kerja \(index)", code: "S\(index)"),
                    instansiID: instansi.id!, parent: parent, by: actor, on: db)
                let assessment = try await AssessmentService.create(
                    unit: unit, year: 2026, catalog: catalog, holdsWBK: false,
                    by: actor, on: db)
                try await AssessmentService.saveSelfAnswers(
                    AnswerUpdate(answers: answers.mapValues { Optional($0) }, notes: noteTexts, evidence: noteTexts),
                    to: assessment, unit: unit, catalog: catalog, by: actor, on: db)
                return (unitID: unit.id!, assessmentID: assessment.id!)
            }
            first = first ?? seeded
        }
        guard let first else { throw CommandLineError("an agency needs at least two units (one parent, one unit)") }
        return SeededAgency(instansiID: instansi.id!, unitID: first.unitID, assessmentID: first.assessmentID, framework: catalog.framework)
    }

    /// What ``seedAgency(_:units:seed:notes:)`` made: the agency and its first unit's assessment.
    struct SeededAgency {
        let instansiID: UUID
        let unitID: UUID
        let assessmentID: UUID
        let framework: LKEFramework
    }
}
