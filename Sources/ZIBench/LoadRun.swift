import Foundation
import ZIServer

#if canImport(Glibc)
    import Glibc
#endif

/// One endpoint under load: `wrk` (an external process, so its work is not counted) drives the
/// in-process server with a fixed number of connections for a fixed time; the server's CPU per
/// request is this process's CPU time over the run divided by the requests answered.
struct LoadRun: Sendable {
    /// A request to repeat: method, URL, headers and body.
    struct Target: Sendable {
        let name: String
        let url: String
        var method = "GET"
        var headers: [String: String] = [:]
        var body: String?
    }

    let name: String
    let requestsPerSecond: Double
    let p50: Double
    let p99: Double
    let requests: Int
    /// Answers that were neither 2xx nor 3xx, and socket errors.
    let failures: Int
    let cpuMillisecondsPerRequest: Double

    /// Loads `target` for `seconds` with `connections` connections and measures the run.
    static func run(_ target: Target, seconds: Int, connections: Int) throws -> LoadRun {
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("sizi-bench-\(UUID().uuidString).lua")
        try luaScript(for: target).write(to: script, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: script) }
        // A page slower than wrk's default 2 s would count as a socket error instead of a latency.
        let common = ["-t2", "-c\(connections)", "--timeout", "30s", "-s", script.path]
        let before = processCPUMilliseconds()
        let output = try wrk(common + ["-d\(seconds)s", "--latency", target.url])
        let cpu = processCPUMilliseconds() - before
        let requests = Int(field(output, after: #"(\d+) requests in"#) ?? "0") ?? 0
        let failures =
            (Int(field(output, after: #"Non-2xx or 3xx responses: (\d+)"#) ?? "0") ?? 0)
            + socketErrors(output)
        return LoadRun(
            name: target.name, requestsPerSecond: Double(field(output, after: #"Requests/sec:\s+([\d.]+)"#) ?? "0") ?? 0,
            p50: milliseconds(field(output, after: #"\s50%\s+([\d.]+[a-z]+)"#)),
            p99: milliseconds(field(output, after: #"\s99%\s+([\d.]+[a-z]+)"#)), requests: requests, failures: failures,
            cpuMillisecondsPerRequest: requests > 0 ? cpu / Double(requests) : 0)
    }

    /// This process's CPU time (user + system, all threads) in milliseconds.
    static func processCPUMilliseconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) * 1000 + Double(time.tv_nsec) / 1e6
    }

    /// This process's resident memory in megabytes (`VmRSS`).
    static func residentMegabytes() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let kilobytes = field(status, after: #"VmRSS:\s+(\d+) kB"#).flatMap(Double.init)
        else { return 0 }
        return kilobytes / 1024
    }

    private static func luaScript(for target: Target) -> String {
        var lines = ["wrk.method = \(lua(target.method))"]
        if let body = target.body { lines.append("wrk.body = \(lua(body))") }
        for (name, value) in target.headers.sorted(by: { $0.key < $1.key }) { lines.append("wrk.headers[\(lua(name))] = \(lua(value))") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A quoted Lua string of `text`.
    private static func lua(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": quoted += "\\\\"
            case "\"": quoted += "\\\""
            case "\n": quoted += "\\n"
            case "\r": quoted += "\\r"
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }

    private static func wrk(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["wrk"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do {
            try process.run()
        } catch {
            throw CommandLineError("wrk could not be started (apt-get install -y wrk): \(error)")
        }
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        // wrk runs on without a script it cannot read: that run would measure other requests.
        guard process.terminationStatus == 0, !output.contains(".lua:") else { throw CommandLineError("wrk failed: \(output)") }
        return output
    }

    private static func field(_ text: String, after pattern: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
            let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
            let range = Range(match.range(at: 1), in: text)
        else { return nil }
        return String(text[range])
    }

    private static func socketErrors(_ output: String) -> Int {
        guard let line = output.split(separator: "\n").first(where: { $0.contains("Socket errors:") }) else { return 0 }
        return line.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }.reduce(0, +)
    }

    /// wrk's latency text (`812.00us`, `3.41ms`, `1.02s`) in milliseconds.
    private static func milliseconds(_ text: String?) -> Double {
        guard let text, let number = Double(text.prefix { $0.isNumber || $0 == "." }) else { return 0 }
        if text.hasSuffix("us") { return number / 1000 }
        if text.hasSuffix("ms") { return number }
        if text.hasSuffix("s") { return number * 1000 }
        return number
    }
}
