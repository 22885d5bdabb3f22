import Fluent
import Foundation
import Vapor
import XCTest
import ZICore
@testable import ZIServer

/// Whistleblowing fixtures: handlers with ready keys, reports submitted through the public form.
enum WBSTest {
    /// scrypt cheap enough for a fast suite (the test application's ``WhistleblowingSettings/scrypt``).
    static let cheapScrypt = ScryptParameters(rounds: 16, blockSize: 1, parallelism: 1)
    /// Every test handler's WBS key password.
    static let keyPassword = "KunciWBS2026"
    /// Headers of a form posted from SIZI's own page.
    static let sameOrigin: HTTPHeaders = ["Sec-Fetch-Site": "same-origin"]

    /// A report whose every field is distinctive enough to search for in storage and logs.
    static let fields: [(String, Client.Part)] = [
        ("title", .text("Pungutan liar di loket perizinan Wibisana")),
        ("whatHappened", .text("Petugas loket meminta uang pelicin Rp777.000 agar izin cepat terbit.")),
        ("involved", .text("Sutrisno Wibowo, Petugas loket perizinan")),
        ("whenItHappened", .text("sekitar Maret 2026")),
        ("whereItHappened", .text("Loket 3 Balai Kelapa Gading")),
        ("howKnown", .text("experiencedIt")),
        ("identify", .text("on")),
        ("reporterName", .text("Siti Rahmawati Kusumo")),
        ("reporterContact", .text("0812-9876-5432")),
    ]

    /// The texts of ``fields`` and ``attachment`` that must never be stored or logged in clear.
    static let secrets = [
        "Pungutan liar di loket perizinan Wibisana", "uang pelicin Rp777.000", "Sutrisno Wibowo", "Balai Kelapa Gading",
        "Siti Rahmawati Kusumo", "0812-9876-5432", "bukti-transfer-rahasia", "ISI-LAMPIRAN-RAHASIA-9931",
    ]

    /// A small PDF whose content carries a marker.
    static let attachment = Array(
        "%PDF-1.4\n% ISI-LAMPIRAN-RAHASIA-9931\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n".utf8)

    /// Submits the report of ``fields`` (with ``attachment`` unless `withAttachment` is false) to
    /// `unit`; the answer and the receipt shown.
    static func submit(
        _ client: Client, to unit: WorkUnit, withAttachment: Bool = true,
        headers: HTTPHeaders = sameOrigin
    ) async throws -> (Client.Reply, String?) {
        var parts = fields
        if withAttachment { parts.append(("attachments", .file("bukti-transfer-rahasia.pdf", attachment))) }
        let reply = try await client.send(.POST, "/publik/\(unit.id!)/wbs", parts: parts, headers: headers)
        return (reply, receipt(in: reply.body))
    }

    /// The receipt on a page (`1234 5678 9012 3456`), if any.
    static func receipt(in page: String) -> String? {
        page.range(of: #"[0-9]{4} [0-9]{4} [0-9]{4} [0-9]{4}"#, options: .regularExpression).map { String(page[$0]) }
    }

    /// The one report of the database (tests file one at a time).
    static func report(_ app: Application) async throws -> WBSReport {
        let first = try await WBSReport.query(on: app.db).first()
        return try XCTUnwrap(first)
    }
}

/// Fresh codes of an authenticator, each handed out once and newer than the last: up to three
/// per 30 seconds (the steps either side of now are accepted).
final class TOTPCodes: @unchecked Sendable {
    private let totp: ZICore.TOTP
    private var lastStep: UInt64

    init(_ secret: TOTPSecret) {
        totp = ZICore.TOTP(secret: secret)
        lastStep = totp.step(at: TestApp.clock.now()) - 2
    }

    func next() -> String {
        let step = max(lastStep + 1, totp.step(at: TestApp.clock.now()) - 1)
        precondition(step <= totp.step(at: TestApp.clock.now()) + 1, "no unused TOTP code left in this 30-second window")
        lastStep = step
        return totp.code(forStep: step)
    }
}

/// A WBS handler account whose keys are made (cheaply) and whose authenticator is confirmed.
final class WBSTestHandler: Sendable {
    let username: String
    let userID: UUID
    let codes: TOTPCodes

    private init(username: String, userID: UUID, secret: TOTPSecret) {
        self.username = username
        self.userID = userID
        codes = TOTPCodes(secret)
    }

    /// An account holding `pengelola_wbs` on `unit`, with ready keys.
    static func make(_ fixture: Fixture, _ username: String, unit: WorkUnit) async throws -> WBSTestHandler {
        let instansi = try await Instansi.find(unit.$instansi.id, on: fixture.app.db)
        let user = try await fixture.user(username, [RoleInput(role: Role.pengelolaWBS.rawValue, unitID: unit.id)], instansi: instansi)
        let secret = TOTPSecret.generate()
        let keys = try WBSHandlerKeys(
            userID: user.id!, keys: HandlerKeySet.create(password: WBSTest.keyPassword, parameters: WBSTest.cheapScrypt),
            totpSecret: secret, sealer: fixture.app.secretSealer)
        keys.totpConfirmed = true
        try await fixture.app.write { db in try await keys.create(on: db) }
        return WBSTestHandler(username: username, userID: user.id!, secret: secret)
    }

    /// A code not used yet.
    func code() -> String {
        codes.next()
    }
    /// Logs in through the browser form and unlocks the key; the session's cookies.
    func webSession(_ client: Client) async throws -> [String: String] {
        let cookies = try await client.webLogin(username, Fixture.password)
        try await unlock(client, cookies: cookies)
        return cookies
    }

    /// Unlocks the key for the browser session of `cookies`.
    func unlock(_ client: Client, cookies: [String: String]) async throws {
        let reply = try await client.send(
            .POST, "/wbs/unlock",
            form: [
                "code": code(), "password": WBSTest.keyPassword,
                "_csrf": try await client.csrfToken(cookies: cookies),
            ], cookies: cookies)
        guard reply.status == .seeOther else { throw TestFailure("unlock \(username) failed: \(reply.status) \(reply.body)") }
    }

    /// Logs in through the API and unlocks the key for the token's session.
    func apiSession(_ client: Client) async throws -> String {
        let token = try await client.login(username, Fixture.password)
        try await unlock(client, token: token)
        return token
    }

    /// Unlocks the key for the API session of `token`.
    func unlock(_ client: Client, token: String) async throws {
        let reply = try await client.send(
            .POST, "/api/v1/wbs/unlock", token: token, json: ["code": code(), "password": WBSTest.keyPassword])
        guard reply.status == .noContent else { throw TestFailure("API unlock \(username) failed: \(reply.status) \(reply.body)") }
    }
}
