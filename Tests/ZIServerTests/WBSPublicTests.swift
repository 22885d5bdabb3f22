import Fluent
import Foundation
import Vapor
import XCTest
import ZICore
@testable import ZIServer

/// The whistleblower's side: the form, the receipt shown once, following the report up with the
/// receipt, and what those pages never do (set a cookie, get cached, accept a cross-site post).
final class WBSPublicTests: XCTestCase {
    func testReportIsFiledAndFollowedUpWithTheReceiptOnly() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            let handler = try await WBSTestHandler.make(fixture, "pengelola", unit: fixture.unitA1)
            let form = try await client.send(.GET, "/publik/\(fixture.unitA1.id!)/wbs")
            XCTAssertEqual(form.status, .ok)
            XCTAssertTrue(form.body.contains("Kirim laporan"))

            let (filed, typedReceipt) = try await WBSTest.submit(client, to: fixture.unitA1)
            XCTAssertEqual(filed.status, .created, filed.body)
            let receipt = try XCTUnwrap(typedReceipt, "the receipt is shown once")
            let report = try await WBSTest.report(app)
            XCTAssertEqual(report.status, "baru")
            XCTAssertEqual(report.submittedOn, TestApp.clock.today().description)
            XCTAssertEqual(report.lookupID?.count, 64, "only the slow hash of the receipt is stored")
            let recipients = try await WBSReportHandler.query(on: app.db).all().map { $0.$user.id }
            XCTAssertEqual(recipients, [handler.userID])

            let tracked = try await client.send(
                .POST, "/wbs/lacak", form: ["receipt": receipt.replacingOccurrences(of: " ", with: "-")],
                headers: WBSTest.sameOrigin)
            XCTAssertEqual(tracked.status, .ok)
            for text in ["Pungutan liar di loket perizinan Wibisana", "Siti Rahmawati Kusumo", "bukti-transfer-rahasia.pdf", "Baru"] {
                XCTAssertTrue(tracked.body.contains(text), text)
            }

            let cookies = try await handler.webSession(client)
            let csrf = try await client.csrfToken(cookies: cookies)
            let question = try await client.send(
                .POST, "/wbs/reports/\(report.id!)/messages",
                form: ["kind": "question", "text": "Apakah ada bukti transfer?", "_csrf": csrf], cookies: cookies)
            XCTAssertEqual(question.status, .seeOther)
            let note = try await client.send(
                .POST, "/wbs/reports/\(report.id!)/notes",
                form: ["noteText": "Cocokkan dengan rekaman CCTV loket", "_csrf": csrf], cookies: cookies)
            XCTAssertEqual(note.status, .seeOther)

            let withQuestion = try await client.send(.POST, "/wbs/lacak", form: ["receipt": receipt], headers: WBSTest.sameOrigin)
            XCTAssertTrue(withQuestion.body.contains("Apakah ada bukti transfer?"))
            XCTAssertFalse(withQuestion.body.contains("CCTV"), "internal notes never reach the reporter")
            let questionID = try XCTUnwrap(
                withQuestion.body.range(of: #"<option value="[0-9A-F-]{36}""#, options: .regularExpression)
                    .map { String(withQuestion.body[$0].dropFirst(15).dropLast()) })

            // Binary, several encryption chunks long, with bytes that look like a boundary's start.
            let receiptScan =
                Array("%PDF-1.4\n".utf8) + (0..<300_000).map { _ in UInt8.random(in: 0...255) } + Array("\r\n--\r\n%%EOF\n".utf8)
            let answer = try await client.send(
                .POST, "/wbs/lacak/kirim",
                parts: [
                    ("receipt", .text(receipt)), ("inReplyTo", .text(questionID)), ("text", .text("Ada, saya lampirkan struknya.")),
                    ("attachments", .file("struk.pdf", receiptScan)),
                ], headers: WBSTest.sameOrigin)
            XCTAssertEqual(answer.status, .created, answer.body)
            XCTAssertTrue(answer.body.contains("Pesan Anda terkirim."))
            XCTAssertTrue(answer.body.contains("Ada, saya lampirkan struknya."))

            let page = try await client.send(.GET, "/wbs/reports/\(report.id!)", cookies: cookies)
            XCTAssertEqual(page.status, .ok)
            for text in [
                "Ada, saya lampirkan struknya.", "Jawaban", "struk.pdf", "Cocokkan dengan rekaman CCTV loket", "Siti Rahmawati Kusumo",
            ] {
                XCTAssertTrue(page.body.contains(text), text)
            }
            let attachments = try await WBSAttachment.query(on: app.db).all()
            XCTAssertEqual(attachments.count, 2)
            for attachment in attachments {
                let download = try await client.send(.GET, "/wbs/reports/\(report.id!)/attachments/\(attachment.id!)", cookies: cookies)
                XCTAssertEqual(download.status, .ok)
                XCTAssertEqual(download.bytes, attachment.entryID == nil ? WBSTest.attachment : receiptScan, "decrypted while it streams")
                XCTAssertEqual(download.headers.contentType, .pdf)
            }
            let awaiting = try await WBSTest.report(app).awaitingHandler
            XCTAssertTrue(awaiting, "the reporter wrote last")
        }
    }

    func testRefusedReportKeepsWhatWasTypedAndExplainsInIndonesian() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            _ = try await WBSTestHandler.make(fixture, "pengelola", unit: fixture.unitA1)
            let reply = try await client.send(
                .POST, "/publik/\(fixture.unitA1.id!)/wbs",
                form: ["title": "Judul yang diketik", "howKnown": "sawIt", "identify": "on"],
                headers: WBSTest.sameOrigin)
            XCTAssertEqual(reply.status, .unprocessableEntity)
            XCTAssertTrue(reply.body.contains("Periksa kembali isian yang ditandai."))
            XCTAssertTrue(reply.body.contains("Wajib diisi."), "what happened, and the name when identity is offered")
            XCTAssertTrue(reply.body.contains(#"value="Judul yang diketik""#))
            XCTAssertTrue(reply.body.contains(#"<option value="sawIt" selected>"#))
            let count = try await WBSReport.query(on: app.db).count()
            XCTAssertEqual(count, 0)
        }
    }

    func testUnitWithoutAReadyHandlerTakesNoReport() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            let form = try await client.send(.GET, "/publik/\(fixture.unitB1.id!)/wbs")
            XCTAssertTrue(form.body.contains("belum dapat menerima laporan WBS"))
            XCTAssertFalse(form.body.contains("Kirim laporan"))
            let (reply, receipt) = try await WBSTest.submit(client, to: fixture.unitB1)
            XCTAssertEqual(reply.status, .serviceUnavailable)
            XCTAssertNil(receipt)
            let count = try await WBSReport.query(on: app.db).count()
            XCTAssertEqual(count, 0)
            let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: app.settings.whistleblowingUploadDirectory.path)) ?? []
            XCTAssertEqual(leftovers, [], "the attachment's plaintext did not stay")
        }
    }

    func testCrossSitePostsAreRefusedWithoutACookie() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            _ = try await WBSTestHandler.make(fixture, "pengelola", unit: fixture.unitA1)
            for headers: HTTPHeaders in [
                ["Sec-Fetch-Site": "cross-site"], ["Sec-Fetch-Site": "same-site"], ["Origin": "https://jahat.example"],
                ["Origin": "null"],
            ] {
                let (reply, receipt) = try await WBSTest.submit(client, to: fixture.unitA1, headers: headers)
                XCTAssertEqual(reply.status, .forbidden, "\(headers)")
                XCTAssertNil(receipt)
                XCTAssertTrue(reply.body.contains("hanya dapat dikirim dari halaman SIZI sendiri"))
                let tracked = try await client.send(.POST, "/wbs/lacak", form: ["receipt": "1234567812345678"], headers: headers)
                XCTAssertEqual(tracked.status, .forbidden, "\(headers)")
            }
            let count = try await WBSReport.query(on: app.db).count()
            XCTAssertEqual(count, 0)
            let port = app.http.server.shared.localAddress!.port!
            let (sameHost, _) = try await WBSTest.submit(client, to: fixture.unitA1, headers: ["Origin": "http://127.0.0.1:\(port)"])
            XCTAssertEqual(sameHost.status, .created, "a browser without Sec-Fetch-Site but with its own Origin")
            let (noHeaders, _) = try await WBSTest.submit(client, to: fixture.unitA1, headers: [:])
            XCTAssertEqual(noHeaders.status, .created, "no browser page at all: nothing to forge")
        }
    }

    func testPublicPagesSetNoCookieAreNeverCachedAndRunNoScript() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            _ = try await WBSTestHandler.make(fixture, "pengelola", unit: fixture.unitA1)
            let (filed, receipt) = try await WBSTest.submit(client, to: fixture.unitA1)
            let replies = [
                try await client.send(.GET, "/publik/\(fixture.unitA1.id!)/wbs"), filed,
                try await client.send(.GET, "/wbs/lacak"),
                try await client.send(.POST, "/wbs/lacak", form: ["receipt": try XCTUnwrap(receipt)], headers: WBSTest.sameOrigin),
                try await client.send(.POST, "/wbs/lacak", form: ["receipt": "1"], headers: WBSTest.sameOrigin),
                try await client.send(.GET, "/publik/\(UUID())/wbs"),
            ]
            for reply in replies {
                XCTAssertEqual(reply.headers[.setCookie], [], "no cookie for the reporter")
                XCTAssertEqual(reply.headers.first(name: .cacheControl), "no-store")
                let policy = try XCTUnwrap(reply.headers.first(name: "Content-Security-Policy"))
                XCTAssertTrue(policy.hasPrefix("default-src 'none'"), policy)
                XCTAssertFalse(policy.contains("script-src"), "no script at all")
                XCTAssertFalse(reply.body.contains("<script"))
                XCTAssertFalse(reply.body.contains("_csrf"))
            }
            XCTAssertEqual(replies.last?.status, .notFound)
        }
    }

    func testWrongAndMalformedReceiptsGetTheSameAnswerAndTheSameWork() async throws {
        try await withApp { app, client in
            let fixture = try await Fixture.make(app)
            _ = try await WBSTestHandler.make(fixture, "pengelola", unit: fixture.unitA1)
            let (_, receipt) = try await WBSTest.submit(client, to: fixture.unitA1, withAttachment: false)
            let right = try XCTUnwrap(receipt).filter(\.isNumber)
            var wrong = Array(right)
            wrong[15] = wrong[15] == "0" ? "1" : "0"
            var answers: [String: Client.Reply] = [:]
            for (name, typed) in [
                ("wrong", String(wrong)), ("malformed", "1234"), ("letters", "abcd efgh ijkl mnop"),
                ("too long", String(repeating: "9", count: 500)), ("empty", ""),
            ] {
                let before = app.scryptGate.derivations
                answers[name] = try await client.send(.POST, "/wbs/lacak", form: ["receipt": typed], headers: WBSTest.sameOrigin)
                XCTAssertEqual(app.scryptGate.derivations - before, 1, "\(name): exactly one scrypt")
            }
            let reference = try XCTUnwrap(answers["wrong"])
            XCTAssertEqual(reference.status, .notFound)
            XCTAssertTrue(reference.body.contains("Nomor resi tidak dikenal."))
            for (name, answer) in answers {
                XCTAssertEqual(answer.status, reference.status, name)
                XCTAssertEqual(answer.body, reference.body, "\(name): the same page, byte for byte")
            }
            let followUp = try await client.send(
                .POST, "/wbs/lacak/kirim", parts: [("receipt", .text(String(wrong))), ("text", .text("halo"))],
                headers: WBSTest.sameOrigin)
            XCTAssertEqual(followUp.status, reference.status)
            XCTAssertEqual(followUp.body, reference.body, "a follow-up with a wrong receipt gets the same answer")
            let entries = try await WBSEntry.query(on: app.db).count()
            XCTAssertEqual(entries, 0)
        }
    }
}
