import Foundation

extension PagesBenchmark.Report {
    /// The table `sizi bench pages` prints: one row per endpoint, its share of `/healthz`, and
    /// which goal it misses.
    public var lines: [String] {
        var lines = [
            String(format: "seeded %d units in %.1f s; %d connections", units, seedSeconds, connections),
            "endpoint                 req/s     p50 ms   p99 ms  CPU-ms/req  % healthz  failed  goal",
        ]
        for run in [healthz] + runs {
            let share = healthz.requestsPerSecond > 0 ? run.requestsPerSecond / healthz.requestsPerSecond * 100 : 0
            var failed = "\(run.failures)"
            if let lost = lost[run.name] { failed += "/\(lost) lost" }
            lines.append(
                String(
                    format: "%9.1f %9.2f %8.2f %11.3f %9.1f%%  ", run.requestsPerSecond, run.p50, run.p99,
                    run.cpuMillisecondsPerRequest, share
                )
                .padded(run.name, failed, verdict(run)))
        }
        lines.append(String(format: "server memory after the run: %.0f MB resident (goal < 300 MB)", residentMegabytes))
        return lines
    }

    /// Every run meets its goal, nothing failed or was lost, and memory stayed below 300 MB.
    public var meetsEveryGoal: Bool {
        runs.allSatisfy { verdict($0) == "ok" } && residentMegabytes < 300
    }

    fileprivate func verdict(_ run: LoadRun) -> String {
        let goal = PagesBenchmarkTargets.goal(run.name)
        var missed: [String] = []
        if let bound = goal.cpuMilliseconds, run.cpuMillisecondsPerRequest > bound { missed.append("CPU > \(bound)") }
        if let bound = goal.p99, run.p99 >= bound { missed.append("p99 ≥ \(Int(bound))") }
        if let bound = goal.p50, run.p50 > bound { missed.append("p50 > \(Int(bound))") }
        if let bound = goal.requestsPerSecond, run.requestsPerSecond < bound { missed.append("< \(Int(bound))/s") }
        if let share = goal.healthzShare, run.requestsPerSecond < share * healthz.requestsPerSecond {
            missed.append("< \(Int(share * 100)) % of healthz")
        }
        if run.requests == 0 { missed.append("nothing answered") }
        if run.failures > 0 { missed.append("failures") }
        if (lost[run.name] ?? 0) > 0 { missed.append("lost") }
        return missed.isEmpty ? "ok" : "MISSED: " + missed.joined(separator: ", ")
    }
}

extension String {
    /// The row with the endpoint's name before and the failures and verdict after.
    fileprivate func padded(_ name: String, _ failed: String, _ verdict: String) -> String {
        func pad(_ text: String, _ width: Int) -> String {
            text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
        }
        return pad(name, 18) + self + pad(failed, 8) + verdict
    }
}
