import ArgumentParser
import Foundation
import ZICore
import ZIBench
import ZIServer

/// `sizi bench …`: repeatable measurements of the hot paths (see README "Benchmark").
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Benchmarks.", subcommands: [LKE.self, Rollup.self, Plan.self, WBS.self, Risks.self, Pages.self])

    struct LKE: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Score random complete answer sets and report the rate.")
        @Option(help: "How many answer sets.") var count = 10_000
        @Option(help: "Random seed (the same seed gives the same answer sets).") var seed: UInt64 = 2021
        @Option(help: "Framework id.") var framework = LKECommand.defaultFramework

        func run() throws {
            let framework = try LKEFrameworkRegistry.bundled().framework(id: framework)
            var random = LKERandomAnswers(framework: framework, seed: seed)
            let sets = (0..<count).map { _ in random.next() }
            let scorer = LKEScorer(framework: framework)
            var eligible = 0
            let clock = ContinuousClock()
            let elapsed = try clock.measure {
                for answers in sets {
                    let score = try scorer.score(answers)
                    let results = LKEPredicateEvaluator.evaluate(score, framework: framework, held: [])
                    if results.contains(where: \.eligible) { eligible += 1 }
                }
            }
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            print(
                String(
                    format: "scored %d complete answer sets (score + predicates) in %.3f s: %.0f sets/s, %.1f µs each (%d eligible)",
                    count, seconds, Double(count) / seconds, seconds / Double(count) * 1e6, eligible))
        }
    }

    struct Rollup: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Time the agency roll-up over many units with complete assessments (fresh SQLite file, real HTTP).")
        @Option(help: "How many units (each with a complete assessment).") var units = 1000
        @Option(help: "How many roll-up requests to time.") var requests = 50
        @Option(help: "Random seed for the answers.") var seed: UInt64 = 2021

        func run() async throws {
            let result = try await RollupBenchmark.run(units: units, requests: requests, seed: seed)
            print(String(format: "seeded %d units with complete assessments in %.1f s", result.units, result.seedSeconds))
            print(
                String(
                    format: "roll-up over %d units, %d requests: p50 %.1f ms, p90 %.1f ms, max %.1f ms (%d bytes per answer)",
                    result.units, result.requests, result.p50, result.p90, result.max, result.bytes))
        }
    }

    struct Plan: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Time TARGET WAKTU parsing of the seed plans, a large plan import, and the plan document (fresh SQLite, real HTTP).")
        @Option(
            parsing: .upToNextOption,
            help: "Plan tables (.csv/.xlsx) whose TARGET WAKTU cells are timed (scripts/bench-plan.sh passes the seed plans').")
        var tables: [String] = []
        @Option(help: "Rows of the imported plan table.") var rows = 500
        @Option(help: "Actions of the plan whose document is generated.") var actions = 150
        @Option(help: "Repeats per measurement (the median is reported).") var repeats = 10

        func run() async throws {
            let result = try await PlanBenchmark.run(
                tables: tables.map { URL(fileURLWithPath: $0) }, importRows: rows,
                documentActions: actions, repeats: repeats)
            print(
                String(
                    format: "TARGET WAKTU: %d cells of %d tables parsed in %.2f ms (median of %d)",
                    result.targetWaktuCells, result.tableFiles, result.targetWaktuParse, repeats))
            print(
                String(
                    format: "import: %d-row plan table read and stored (one transaction, SQLite) in %.1f ms (median of %d)",
                    result.importRows, result.importTime, repeats))
            print(
                String(
                    format:
                        "document, %d actions: DOCX rendered in %.1f ms, HTML in %.1f ms; GET document.docx over HTTP p50 %.1f ms (%d bytes)",
                    result.documentActions, result.docxRender, result.htmlRender, result.docxHTTP, result.docxBytes))
        }
    }

    struct WBS: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Time a whistleblowing report with a large attachment: submitted (encryption included) and opened by a handler (fresh SQLite, real HTTP)."
        )
        @Option(help: "Size of the attachment in MiB.") var megabytes = 10
        @Option(help: "Repeats per measurement (the median is reported).") var repeats = 5

        func run() async throws {
            let result = try await WBSBenchmark.run(megabytes: megabytes, repeats: repeats)
            print(
                String(
                    format:
                        "submit with a %d MB attachment (upload, content check, encryption, receipt scrypt, database): %.0f ms (median of %d)",
                    result.megabytes, result.submit, result.repeats))
            print(String(format: "reporter opens the report with the receipt (one scrypt): %.0f ms", result.reporterOpen))
            print(
                String(
                    format:
                        "handler unlocks the key (TOTP + scrypt): %.0f ms; opens the report: %.1f ms; downloads the %d MB attachment decrypted: %.0f ms",
                    result.unlock, result.handlerOpen, result.megabytes, result.download))
        }
    }

    struct Risks: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Time the risk register page with both heat maps over a large register (fresh SQLite, real HTTP, browser session).")
        @Option(help: "How many risks in the unit's register.") var risks = 500
        @Option(help: "How many page requests to time per page size.") var requests = 100

        func run() async throws {
            let result = try await RiskBenchmark.run(risks: risks, requests: requests)
            print(String(format: "seeded %d risks (audited) in %.1f s", result.risks, result.seedSeconds))
            for (rows, timing) in [(50, result.page50), (200, result.page200)] {
                print(
                    String(
                        format: "register page, %d of %d risks listed + 2 heat maps, %d requests: p50 %.1f ms, p95 %.1f ms (%d bytes)",
                        rows, result.risks, result.requests, timing.p50, timing.p95, timing.bytes))
            }
        }
    }

    struct Pages: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "Load every main page, API read, the autosave and the public intake of a seeded installation with wrk and compare each to /healthz (fresh SQLite, real HTTP)."
        )
        @Option(help: "Units of the seeded agency (each with a complete 2026 assessment).") var units = 1000
        @Option(help: "Seconds measured per endpoint.") var seconds = 10
        @Option(help: "Seconds of warm-up per endpoint (not measured).") var warmup = 3
        @Option(help: "Concurrent connections.") var connections = 32
        @Option(parsing: .upToNextOption, help: "Only these endpoints (names or prefixes such as page, api.answers).") var only: [String] =
            []

        func run() async throws {
            var options = PagesBenchmark.Options()
            options.units = units
            options.seconds = seconds
            options.warmup = warmup
            options.connections = connections
            options.only = only
            let report = try await PagesBenchmark.run(options)
            report.lines.forEach { print($0) }
            if !report.meetsEveryGoal { print("at least one goal is missed (see the goal column)") }
        }
    }
}
