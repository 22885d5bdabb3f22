import Foundation
import Vapor
import ZIServer

/// The requests `sizi bench pages` loads, named `api.*`, `page.*`, `write.*` and `public.*`, and
/// the goal each must meet.
enum PagesBenchmarkTargets {
    /// What one endpoint must reach (nil: no bound).
    struct Goal: Sendable {
        var cpuMilliseconds: Double?
        var p99: Double?
        var p50: Double?
        var requestsPerSecond: Double?
        /// The least share of `/healthz`'s throughput.
        var healthzShare: Double?
    }

    static func all(_ server: BenchmarkServer, seed: PagesBenchmarkSeed) async throws -> [LoadRun.Target] {
        let session = ["Cookie": "\(ZIServer.SessionAuthenticator.cookieName)=\(server.sessionCookie)"]
        let bearer = ["Authorization": "Bearer \(server.token)"]
        let assessment = "/assessments/\(seed.assessmentID)"
        let page = { (name: String, path: String) in LoadRun.Target(name: "page." + name, url: server.base + path, headers: session) }
        let parts = try await worksheetParts(server, assessment: assessment)
        var targets = [
            LoadRun.Target(name: "api.assessment", url: server.base + "/api/v1" + assessment, headers: bearer),
            LoadRun.Target(name: "api.answers", url: server.base + "/api/v1" + assessment + "/answers", headers: bearer),
            page("dashboard", "/"),
            page("unit", "/units/\(seed.unitID)"),
            page("assessment", assessment),
        ]
        targets += parts.map { page("worksheet.\($0)", assessment + "?part=\($0)") }
        targets += [
            page("plan", "/plans/\(seed.planID)"),
            page("monev", "/plans/\(seed.planID)/monev/\(seed.periodKey)"),
            page("evidence", "/units/\(seed.unitID)/evidence"),
            page("complaints", "/units/\(seed.unitID)/complaints"),
            page("registers", "/units/\(seed.unitID)/registers"),
            page("employees", "/units/\(seed.unitID)/employees"),
            page("risks", "/units/\(seed.unitID)/risks"),
            page("rollup", "/instansi/\(seed.instansiID)/rollup?year=\(PagesBenchmarkSeed.year)"),
            LoadRun.Target(name: "page.public", url: server.base + "/publik/\(seed.unitID)"),
        ]
        let csrf = try await server.sessionFormToken(from: assessment + "?part=\(parts.first ?? 1)")
        let question = seed.autosaveQuestion
        targets.append(
            LoadRun.Target(
                name: "write.autosave", url: server.base + assessment + "/answers", method: "POST",
                headers: session.merging(
                    ["Accept": "application/json", "X-CSRF-Token": csrf, "Content-Type": "application/x-www-form-urlencoded"]
                ) { $1 },
                body: form(["_csrf": csrf, "part": String(parts.first ?? 1), "ans:\(question.id)": question.answer])))
        let visitor = try await server.visitorFormToken(from: "/publik/\(seed.unitID)/pengaduan")
        let visitorHeaders = ["Cookie": "sizi_csrf=\(visitor)", "Content-Type": "application/x-www-form-urlencoded"]
        targets.append(
            LoadRun.Target(
                name: "public.complaint", url: server.base + "/publik/\(seed.unitID)/pengaduan", method: "POST", headers: visitorHeaders,
                body: form([
                    "_csrf": visitor, "kind": "pengaduan", "subject": "Antrean layanan",
                    "description": "Antrean terlalu lama pada loket perizinan.",
                ])))
        targets.append(
            LoadRun.Target(
                name: "public.skm", url: server.base + "/publik/\(seed.unitID)/survei/\(seed.surveyServiceID)", method: "POST",
                headers: visitorHeaders, body: form(PagesBenchmarkSeed.surveyAnswer(0).merging(["_csrf": visitor]) { $1 })))
        return targets
    }

    /// The goal of the endpoint `name`.
    static func goal(_ name: String) -> Goal {
        switch name {
        case "api.assessment": Goal(cpuMilliseconds: 1.5, healthzShare: 0.15)
        case "api.answers": Goal(cpuMilliseconds: 1)
        case "page.rollup": Goal(cpuMilliseconds: 5, p99: 50, p50: 30)
        case "write.autosave": Goal(cpuMilliseconds: 3)
        case "public.complaint": Goal(p99: 100, requestsPerSecond: 500)
        case "public.skm": Goal(p99: 100, requestsPerSecond: 1500)
        case _ where name.hasPrefix("page."): Goal(cpuMilliseconds: 5, p99: 50)
        default: Goal()
        }
    }

    /// How many submissions the endpoint `name` has stored so far (nil for the reads).
    static func stored(_ name: String, _ server: BenchmarkServer, seed: PagesBenchmarkSeed) async throws -> Int? {
        switch name {
        case "public.complaint":
            let data = try await server.api(.GET, "/api/v1/units/\(seed.unitID)/complaints?per=1")
            return (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["total"] as? Int
        case "public.skm":
            let data = try await server.api(.GET, "/api/v1/units/\(seed.unitID)/survey")
            let overall = (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["overall"] as? [String: Any]
            return overall?["respondents"] as? Int
        default: return nil
        }
    }

    /// The worksheet's parts, as its navigation links them.
    private static func worksheetParts(_ server: BenchmarkServer, assessment: String) async throws -> [Int] {
        let html = try await server.page(assessment)
        let parts = Set(html.matches(of: /\?part=(\d+)/).compactMap { Int($0.1) })
        return parts.sorted()
    }

    private static func form(_ fields: [String: String]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return fields.sorted { $0.key < $1.key }
            .map {
                "\($0.key.addingPercentEncoding(withAllowedCharacters: allowed)!)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed)!)"
            }
            .joined(separator: "&")
    }
}
