import Fluent
import Foundation
import Logging
import SQLKit
import Vapor
import XCTest
import ZICore
@testable import ZIServer

/// What an administrator, a database copy, a backup or the operator's logs would see of a
/// whistleblowing report: no content, no attachment, no receipt, no client.
final class WBSPrivacyTests: XCTestCase {
    func testNoTableAndNoStoredFileHoldsTheReportTheAttachmentOrTheReceipt() async throws {
        for storage in BlobStorageKind.allCases {
            try await withApp(adjust: { $0.evidenceStorage = storage }) { app, client in
                let fixture = try await Fixture.make(app)
                let handler = try await WBSTestHandler.make(fixture, "pengelola", unit: fixture.unitA1)
                let (filed, typedReceipt) = try await WBSTest.submit(client, to: fixture.unitA1)
                XCTAssertEqual(filed.status, .created)
                let receipt = try XCTUnwrap(typedReceipt)
                let followUp = try await client.send(
                    .POST, "/wbs/lacak/kirim",
                    parts: [
                        ("receipt", .text(receipt)), ("text", .text("Tambahan: rekaman suara Sutrisno tersimpan.")),
                        ("attachments", .file("rekaman-rahasia.pdf", WBSTest.attachment)),
                    ], headers: WBSTest.sameOrigin)
                XCTAssertEqual(followUp.status, .created)
                let report = try await WBSTest.report(app)
                let token = try await handler.apiSession(client)
                let note = try await client.send(
                    .POST, "/api/v1/wbs/reports/\(report.id!)/notes", token: token,
                    json: ["text": "Catatan penyelidikan internal Kemuning"])
                XCTAssertEqual(note.status, .ok)

                var needles =
                    WBSTest.secrets + [
                        "rekaman suara Sutrisno", "rekaman-rahasia", "penyelidikan internal Kemuning", receipt,
                        receipt.filter(\.isNumber),
                    ]
                needles.append(Tokens.hex(Data(receipt.filter(\.isNumber).utf8)))
                let stored = try await storedValues(app)
                XCTAssertGreaterThan(stored.count, 20, "every table was read")
                let files = try storedFiles(app)
                if storage == .filesystem || !TestApp.usesPostgres {
                    XCTAssertFalse(files.isEmpty, "the blobs or the SQLite file were read")
                }
                for needle in needles {
                    let bytes = Data(needle.utf8)
                    for (place, value) in stored where value.range(of: bytes) != nil {
                        XCTFail("\(storage): \"\(needle)\" readable in \(place)")
                    }
                    for (path, content) in files where content.range(of: bytes) != nil {
                        XCTFail("\(storage): \"\(needle)\" readable in the file \(path)")
                    }
                }
                let blobs = try await app.evidence.store.hashes()
                XCTAssertEqual(blobs.count, 2, "\(storage): both attachments are in the blob store, as ciphertext")
                let leftovers = try FileManager.default.contentsOfDirectory(atPath: app.settings.whistleblowingUploadDirectory.path)
                XCTAssertEqual(leftovers, [], "no plaintext file stays behind")
            }
        }
    }

    func testNeitherLogsNorMetricsHoldTheClientItsBrowserOrTheReport() async throws {
        let lines = LogCapture.Lines()
        try await withApp { app, _ in
            // Every request's logger is a copy of the application's: capture it, filtered as `configure` does.
            app.logger = Logger(label: "sizi-test-capture") { _ in LogCapture(lines: lines) }
            LogPrivacyFilter.install(on: app)
            app.logger.logLevel = .trace
            let fixture = try await Fixture.make(app)
            _ = try await WBSTestHandler.make(fixture, "pengelola", unit: fixture.unitA1)
            let port = app.http.server.shared.localAddress!.port!
            let address = "127.77.88.99"
            let agent = "SiziProbeBrowser/7.3 (Whistle; jejak-peramban-unik)"
            let forwarded = "198.51.100.73"
            let referrer = "https://rujukan-unik.example/halaman-asal"
            let requestID = "proxy-request-id-5150"
            let headers = [
                ("User-Agent", agent), ("X-Forwarded-For", forwarded), ("X-Real-IP", forwarded), ("Referer", referrer),
                ("X-Request-Id", requestID), ("Sec-Fetch-Site", "same-origin"),
            ]
            let boundary = "sizi-probe-boundary"
            var body = ""
            for (name, part) in WBSTest.fields {
                guard case .text(let value) = part else { continue }
                body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
            }
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\"bukti-transfer-rahasia.pdf\"\r\n"
            body += "Content-Type: application/pdf\r\n\r\n"
            let multipart = Array(body.utf8) + WBSTest.attachment + Array("\r\n--\(boundary)--\r\n".utf8)
            let filed = try RawHTTPClient.send(
                "POST", "/publik/\(fixture.unitA1.id!)/wbs", port: port, from: address,
                headers: headers + [("Content-Type", "multipart/form-data; boundary=\(boundary)")], body: multipart)
            XCTAssertEqual(filed.status, 201)
            let receipt = try XCTUnwrap(WBSTest.receipt(in: String(decoding: filed.body, as: UTF8.self)))
            let tracked = try RawHTTPClient.send(
                "POST", "/wbs/lacak", port: port, from: address,
                headers: headers + [("Content-Type", "application/x-www-form-urlencoded")],
                body: Array("receipt=\(receipt.filter(\.isNumber))".utf8))
            XCTAssertEqual(tracked.status, 200)
            let wrong = try RawHTTPClient.send(
                "POST", "/wbs/lacak", port: port, from: address,
                headers: headers + [("Content-Type", "application/x-www-form-urlencoded")], body: Array("receipt=1".utf8))
            XCTAssertEqual(wrong.status, 404)
            let metrics = try RawHTTPClient.send("GET", "/metrics", port: port, from: "127.0.0.1", headers: [])
            let exposition = String(decoding: metrics.body, as: UTF8.self)
            XCTAssertTrue(exposition.contains("http_requests_total"), "the metrics were read")

            let logged = lines.all
            XCTAssertTrue(
                logged.contains { $0.contains("SELECT") || $0.contains("INSERT") }, "the capture saw the trace-level database log")
            XCTAssertTrue(logged.contains { $0.contains("GET /metrics") }, "the capture saw the route log of other requests")
            let needles =
                [
                    address, agent, "SiziProbeBrowser", forwarded, referrer, "rujukan-unik", requestID, receipt, receipt.filter(\.isNumber),
                    "/publik/\(fixture.unitA1.id!)/wbs",
                ] + WBSTest.secrets
            for needle in needles {
                for line in logged where line.contains(needle) { XCTFail("log line holds \"\(needle)\": \(line.prefix(300))") }
                XCTAssertFalse(exposition.contains(needle), "metrics hold \"\(needle)\"")
            }
            XCTAssertFalse(logged.contains { $0.contains("/wbs/lacak") }, "a whistleblower's request is not even logged by path")
        }
    }

    /// Every value of every column of every table, as bytes, named by table and column.
    private func storedValues(_ app: Application) async throws -> [(String, Data)] {
        let sql = app.db as! any SQLDatabase
        let tables = try await sql.raw(
            TestApp.usesPostgres
                ? "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
                : "SELECT name FROM sqlite_master WHERE type = 'table'"
        ).all().map { try $0.decode(column: "name", as: String.self) }
        XCTAssertTrue(tables.contains(WBSReport.schema))
        var values: [(String, Data)] = []
        for table in tables {
            for row in try await sql.raw("SELECT * FROM \(ident: table)").all() {
                for column in row.allColumns {
                    if let text = try? row.decode(column: column, as: String?.self) {
                        values.append(("\(table).\(column)", Data(text.utf8)))
                    } else if let data = try? row.decode(column: column, as: Data?.self) {
                        values.append(("\(table).\(column)", data))
                    }
                }
            }
        }
        return values
    }

    /// Every file under the data directory: the SQLite database and its journal, the blob store,
    /// the upload directories.
    private func storedFiles(_ app: Application) throws -> [(String, Data)] {
        let root = URL(fileURLWithPath: app.settings.dataDirectory)
        var files: [(String, Data)] = []
        for case let url as URL in FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])! {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            files.append((url.path, try Data(contentsOf: url)))
        }
        return files
    }
}
