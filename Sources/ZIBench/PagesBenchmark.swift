import Foundation
import Vapor
import ZIServer

/// `sizi bench pages`: seeds a realistic installation on a fresh SQLite file (``PagesBenchmarkSeed``),
/// starts the server in this process and loads every main page, API read, the autosave and the
/// public intake one after the other with `wrk`, each beside `/healthz` measured in the same run.
public enum PagesBenchmark {
    /// How to run.
    public struct Options: Sendable {
        public var units = 1000
        public var seconds = 10
        public var warmup = 3
        public var connections = 32
        /// Names (or name prefixes) of the endpoints to run; empty for all.
        public var only: [String] = []

        public init() {}
    }

    /// What one run measured.
    public struct Report: Sendable {
        public let units: Int
        public let connections: Int
        public let seedSeconds: Double
        let healthz: LoadRun
        let runs: [LoadRun]
        /// Public submissions answered as accepted but not stored, per endpoint.
        let lost: [String: Int]
        public let residentMegabytes: Double
    }

    public static func run(_ options: Options) async throws -> Report {
        var server = try await BenchmarkServer.make { settings in
            settings.publicSubmissionsPerMinute = 1_000_000
            settings.sessionIdleMinutes = 1440
        }
        do {
            try await server.start()
            let started = ContinuousClock.now
            let seed = try await PagesBenchmarkSeed.make(server, units: options.units)
            let seedSeconds = BenchmarkServer.seconds(ContinuousClock.now - started)
            let targets = try await PagesBenchmarkTargets.all(server, seed: seed)
            let selected = targets.filter { target in
                options.only.isEmpty || options.only.contains { target.name == $0 || target.name.hasPrefix($0 + ".") }
            }
            let healthz = try await measure(LoadRun.Target(name: "healthz", url: server.base + "/healthz"), server, seed, options).run
            var runs: [LoadRun] = []
            var lost: [String: Int] = [:]
            for target in selected {
                let (run, missing) = try await measure(target, server, seed, options)
                runs.append(run)
                lost[target.name] = missing
            }
            let report = Report(
                units: options.units, connections: options.connections, seedSeconds: seedSeconds, healthz: healthz, runs: runs, lost: lost,
                residentMegabytes: LoadRun.residentMegabytes())
            try await server.shutdown()
            return report
        } catch {
            try? await server.shutdown()
            throw error
        }
    }

    /// Warms `target` up, then measures it; for the public intake, also counts what was answered as
    /// accepted but not stored (requests still in flight when wrk stops may be stored without being
    /// counted, so only a shortfall is a loss).
    private static func measure(_ target: LoadRun.Target, _ server: BenchmarkServer, _ seed: PagesBenchmarkSeed, _ options: Options)
        async throws -> (run: LoadRun, lost: Int?)
    {
        try await server.probe(target)
        if options.warmup > 0 {
            _ = try LoadRun.run(target, seconds: options.warmup, connections: options.connections)
            try await server.inFlight.drained()
        }
        let before = try await PagesBenchmarkTargets.stored(target.name, server, seed: seed)
        let run = try LoadRun.run(target, seconds: options.seconds, connections: options.connections)
        try await server.inFlight.drained()
        guard let before, let after = try await PagesBenchmarkTargets.stored(target.name, server, seed: seed) else { return (run, nil) }
        return (run, max(0, run.requests - run.failures - (after - before)))
    }
}
