import Foundation
import XCTest

@testable import ZIServer

/// Rendering of headers and body by `MailMessage.rendered(date:messageID:)`.
final class MailMessageTests: XCTestCase {
    private let date = Date(timeIntervalSince1970: 1_709_622_249) // Tue, 05 Mar 2024 07:04:09 UTC

    private func message(subject: String = "Hello", body: String = "Hi there", fromName: String? = nil) throws -> MailMessage {
        MailMessage(
            from: try MailAddress("sizi@kemenpan.example", displayName: fromName),
            to: try MailAddress("admin@balitnak.example"),
            subject: subject,
            textBody: body, date: Date(timeIntervalSince1970: 1_800_000_000))
    }

    func testRendersRequiredHeadersWithCRLF() throws {
        let raw = try message(fromName: "SIZI").rendered(date: date, messageID: "abc-123@kemenpan.example")
        let parsed = try ParsedMessage(raw)
        XCTAssertEqual(
            parsed.headerLines,
            [
                "Date: Tue, 05 Mar 2024 07:04:09 +0000",
                "From: \"SIZI\" <sizi@kemenpan.example>",
                "To: <admin@balitnak.example>",
                "Subject: Hello",
                "Message-ID: <abc-123@kemenpan.example>",
                "MIME-Version: 1.0",
                "Content-Type: text/plain; charset=UTF-8",
                "Content-Transfer-Encoding: base64",
            ]
        )
        XCTAssertEqual(parsed.body, "Hi there")
        XCTAssertTrue(raw.hasSuffix("\r\n"))
        XCTAssertFalse(raw.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "bare LF in output")
        XCTAssertFalse(raw.replacingOccurrences(of: "\r\n", with: "").contains("\r"), "bare CR in output")
    }

    func testEncodesAndFoldsIndonesianSubject() throws {
        let subject = "Pengingat: tindakan terlambat — Balai Penelitian Ternak, Ciawi – Bogor (Zona Integritas WBK/WBBM 2024)"
        let raw = try message(subject: subject).rendered(date: date, messageID: "id@kemenpan.example")
        let parsed = try ParsedMessage(raw)
        XCTAssertEqual(parsed.headers["Subject"], subject)
        XCTAssertTrue(parsed.headerLines.contains { $0.hasPrefix("Subject: =?UTF-8?B?") })
        XCTAssertGreaterThan(parsed.headerLines.filter { $0.hasPrefix(" =?UTF-8?B?") }.count, 0, "long subject must be folded")
        for line in raw.components(separatedBy: "\r\n") {
            XCTAssertLessThanOrEqual(line.utf8.count, 78, line)
            XCTAssertTrue(line.utf8.allSatisfy { $0 < 0x80 }, "non-ASCII in \(line)")
        }
    }

    func testLongASCIISubjectIsFoldedAndRoundTrips() throws {
        let subject = String(repeating: "Laporan bulanan zona integritas ", count: 5) + "selesai"
        let raw = try message(subject: subject).rendered(date: date, messageID: "id@kemenpan.example")
        XCTAssertEqual(try ParsedMessage(raw).headers["Subject"], subject)
        XCTAssertTrue(raw.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 78 })
    }

    func testDisplayNamesAreQuotedOrEncoded() throws {
        let quoted = try message(fromName: "Tim \"ZI\" \\ Pusat").rendered(date: date, messageID: "id@kemenpan.example")
        XCTAssertTrue(quoted.contains("From: \"Tim \\\"ZI\\\" \\\\ Pusat\" <sizi@kemenpan.example>\r\n"))

        let name = "Sekretariat Zona Integritas — Kementerian Pertanian Republik Indonesia"
        let encoded = try message(fromName: name).rendered(date: date, messageID: "id@kemenpan.example")
        XCTAssertEqual(try ParsedMessage(encoded).headers["From"], "\(name) <sizi@kemenpan.example>")
        XCTAssertTrue(encoded.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 78 })
    }

    func testBodyIsBase64InShortLinesAndRoundTrips() throws {
        let body =
            "Yth. Bapak/Ibu,\n\nTindakan \"Evaluasi LKE\" terlambat 3 hari — mohon segera ditindaklanjuti.\n"
            + ".baris diawali titik\n" + String(repeating: "é", count: 300)
        let raw = try message(body: body).rendered(date: date, messageID: "id@kemenpan.example")
        let bodyLines = raw.components(separatedBy: "\r\n\r\n")[1].components(separatedBy: "\r\n").dropLast()
        XCTAssertGreaterThan(bodyLines.count, 1)
        XCTAssertTrue(bodyLines.dropLast().allSatisfy { $0.count == 76 })
        XCTAssertEqual(try ParsedMessage(raw).body, body.replacingOccurrences(of: "\n", with: "\r\n"))
    }

    func testSubjectWithLineBreakIsRefused() throws {
        for subject in ["Hello\r\nBcc: victim@example.org", "Hello\nBcc: x@y", "Hello\rX"] {
            XCTAssertThrowsError(try message(subject: subject).rendered(date: date, messageID: "id@kemenpan.example")) { error in
                guard case MailError.invalidHeader = error else { return XCTFail("unexpected \(error)") }
                XCTAssertTrue((error as? MailError)?.isPermanent ?? false)
            }
        }
    }

    func testMalformedMessageIDIsRefused() throws {
        XCTAssertThrowsError(try message().rendered(date: date, messageID: "id@x>\r\nBcc: a@b"))
        XCTAssertThrowsError(try message().rendered(date: date, messageID: "no-at-sign"))
    }
}
