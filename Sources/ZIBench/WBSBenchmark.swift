import Fluent
import Foundation
import Vapor
import ZIServer
import ZICore

/// `sizi bench wbs`: a whistleblowing report with one large attachment submitted through the
/// public form over real HTTP (upload, content check, encryption, the receipt's scrypt, the
/// database write), then opened by a handler: unlocking the key (TOTP + scrypt), reading the
/// report and downloading the attachment (decrypted while it streams). Production scrypt cost,
/// fresh SQLite file; medians over the repeats.
public enum WBSBenchmark {
    /// What the benchmark measured (milliseconds).
    public struct Result: Sendable {
        public let megabytes: Int
        public let repeats: Int
        public let submit: Double
        public let reporterOpen: Double
        public let unlock: Double
        public let handlerOpen: Double
        public let download: Double
    }

    private static let handlerPassword = "PengelolaBench2026"

    public static func run(megabytes: Int, repeats: Int) async throws -> Result {
        var server = try await BenchmarkServer.make()
        do {
            let (unit, secret) = try await seed(server.app)
            try await server.start()
            let client = Client(app: server.app, base: server.base)
            let file = pdf(megabytes: megabytes)
            var submits: [Double] = [], reporterOpens: [Double] = [], opens: [Double] = [], downloads: [Double] = []
            var receipt = ""
            for _ in 0..<repeats {
                let (time, page) = try await client.submit(unit: unit, file: file)
                submits.append(time)
                receipt = page
            }
            for _ in 0..<repeats { reporterOpens.append(try await client.track(receipt: receipt)) }
            let token = try await client.login("pengelola", password: handlerPassword)
            let unlock = try await client.timed(
                .POST, SitePath.wbsUnlock.apiPath(), token: token,
                json: ["code": TOTP(secret: secret).code(at: AppClock.current.now()), "password": handlerPassword]
            ).time
            let reports = try await client.timed(.GET, SitePath.wbsReports.apiPath(), token: token).response
                .content.decode([Listed].self)
            guard let reportID = reports.first?.id else { throw CommandLineError("no report was filed") }
            for _ in 0..<repeats {
                let (time, response) = try await client.timed(.GET, SitePath.wbsReport.apiPath(reportID), token: token)
                opens.append(time)
                let detail = try response.content.decode(Opened.self)
                guard let attachment = detail.attachments.first else { throw CommandLineError("the report has no attachment") }
                let download = try await client.timed(.GET, SitePath.wbsReportAttachment.apiPath(reportID, attachment.id), token: token)
                guard download.response.body?.readableBytes == file.count else {
                    throw CommandLineError("the attachment came back incomplete")
                }
                downloads.append(download.time)
            }
            try await server.shutdown()
            return Result(
                megabytes: megabytes, repeats: repeats, submit: median(submits), reporterOpen: median(reporterOpens), unlock: unlock,
                handlerOpen: median(opens), download: median(downloads))
        } catch {
            try? await server.shutdown()
            throw error
        }
    }

    /// A unit with one handler whose keys are ready (production scrypt cost); the unit's id and
    /// the handler's authenticator secret.
    private static func seed(_ app: Application) async throws -> (UUID, TOTPSecret) {
        let actor = AuditActor.commandLine()
        let unit = try await app.write { db in
            let instansi = try await InstansiService.create(InstansiInput(name: "Kementerian Uji", code: "BENCH"), by: actor, on: db)
            return try await UnitService.create(
                UnitInput(name: "Balai Uji", code: "BU"), instansiID: instansi.id!, parent: nil, by: actor, on: db)
        }
        let user = try await UserService.create(
            UserInput(
                username: "pengelola", displayName: "Pengelola WBS", email: nil,
                password: handlerPassword, instansiID: unit.$instansi.id), by: actor, on: app)
        _ = try await UserService.grant(RoleInput(role: Role.pengelolaWBS.rawValue, unitID: unit.id), to: user, by: .host(actor), on: app)
        let secret = TOTPSecret.generate()
        let row = try WBSHandlerKeys(
            userID: user.id!, keys: HandlerKeySet.create(password: handlerPassword), totpSecret: secret, sealer: app.secretSealer)
        row.totpConfirmed = true
        try await app.write { db in try await row.create(on: db) }
        return (unit.id!, secret)
    }

    /// A PDF-looking file of `megabytes` MiB (random bytes between a PDF header and trailer).
    private static func pdf(megabytes: Int) -> Data {
        var generator = SystemRandomNumberGenerator()
        let body = (0..<(megabytes << 20) / 8).flatMap { _ in withUnsafeBytes(of: generator.next() as UInt64) { Array($0) } }
        return Data("%PDF-1.4\n".utf8) + Data(body) + Data("\n%%EOF\n".utf8)
    }

    /// The part of the API's report summary the benchmark follows.
    private struct Listed: Decodable {
        let id: UUID
    }

    /// The part of the API's opened report the benchmark follows.
    private struct Opened: Decodable {
        let attachments: [Listed]
    }

    private static func median(_ values: [Double]) -> Double {
        BenchmarkServer.quantile(values.sorted(), 0.5)
    }

    /// Timed requests against the benchmark server.
    private struct Client {
        let app: Application
        let base: String

        func timed(
            _ method: HTTPMethod, _ path: String, token: String? = nil, json: [String: String]? = nil,
            headers: HTTPHeaders = [:], body: ByteBuffer? = nil
        ) async throws -> (time: Double, response: ClientResponse) {
            let started = ContinuousClock.now
            let response = try await app.client.send(method, headers: headers, to: URI(string: base + path)) { request in
                if let token { request.headers.bearerAuthorization = BearerAuthorization(token: token) }
                if let json { try request.content.encode(json, as: .json) }
                if let body { request.body = body }
            }
            guard (200..<300).contains(response.status.code) else {
                throw CommandLineError("\(method) \(path) answered \(response.status)")
            }
            return (BenchmarkServer.seconds(ContinuousClock.now - started) * 1000, response)
        }

        func login(_ username: String, password: String) async throws -> String {
            try await timed(.POST, SitePath.login.apiPath(), json: ["username": username, "password": password]).response.content.get(
                String.self, at: "token")
        }

        /// Submits a report with `file` attached; the time and the receipt shown.
        func submit(unit: UUID, file: Data) async throws -> (Double, String) {
            let boundary = "sizi-bench-\(UUID().uuidString)"
            var body = ByteBuffer()
            for (name, value) in [
                ("title", "Pungutan liar di loket"), ("whatHappened", "Petugas meminta uang pelicin."), ("howKnown", "sawIt"),
            ] {
                body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
            }
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"bukti.pdf\"\r\n")
            body.writeString("Content-Type: application/pdf\r\n\r\n")
            body.writeBytes(file)
            body.writeString("\r\n--\(boundary)--\r\n")
            let headers: HTTPHeaders = ["Content-Type": "multipart/form-data; boundary=\(boundary)", "Sec-Fetch-Site": "same-origin"]
            let (time, response) = try await timed(.POST, SitePath.publicWhistleblowing.path(unit), headers: headers, body: body)
            let page = response.body.map { String(buffer: $0) } ?? ""
            guard let range = page.range(of: #"<p class="tracking-code">([0-9 ]{19})</p>"#, options: .regularExpression) else {
                throw CommandLineError("no receipt on the answer page")
            }
            return (time, String(page[range].filter(\.isNumber)))
        }

        /// Opens the report with its receipt, as the reporter does.
        func track(receipt: String) async throws -> Double {
            try await timed(
                .POST, SitePath.wbsTracking.path(),
                headers: ["Content-Type": "application/x-www-form-urlencoded", "Sec-Fetch-Site": "same-origin"],
                body: ByteBuffer(string: "receipt=\(receipt)")
            ).time
        }
    }
}
