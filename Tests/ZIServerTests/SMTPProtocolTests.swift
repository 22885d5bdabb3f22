import NIOCore
import XCTest

@testable import ZIServer

/// Reply parsing, capability parsing and dot-stuffing, checked on bytes without a server.
final class SMTPProtocolTests: XCTestCase {
    private func parse(_ text: String, chunkSize: Int = 1) throws -> [SMTPReply] {
        var parser = SMTPReplyParser()
        var replies: [SMTPReply] = []
        let bytes = Array(text.utf8)
        for start in stride(from: 0, to: bytes.count, by: chunkSize) {
            parser.append(ByteBuffer(bytes: bytes[start..<min(start + chunkSize, bytes.count)]))
            while let reply = try parser.nextReply() {
                replies.append(reply)
            }
        }
        XCTAssertFalse(parser.hasPendingInput)
        return replies
    }

    func testParsesSingleAndMultiLineRepliesAcrossChunks() throws {
        let text =
            "220 mail.example ESMTP ready\r\n250-mail.example greets you\r\n250-STARTTLS\r\n250-AUTH PLAIN LOGIN\r\n250 SIZE 1000\r\n354\r\n"
        for chunkSize in [1, 7, 1000] {
            let replies = try parse(text, chunkSize: chunkSize)
            XCTAssertEqual(
                replies,
                [
                    SMTPReply(code: 220, lines: ["mail.example ESMTP ready"]),
                    SMTPReply(code: 250, lines: ["mail.example greets you", "STARTTLS", "AUTH PLAIN LOGIN", "SIZE 1000"]),
                    SMTPReply(code: 354, lines: [""]),
                ]
            )
        }
    }

    func testReplacesControlCharactersInReplyText() throws {
        XCTAssertEqual(try parse("550 bad\u{1B}[31m\tthing\r\n").first?.text, "bad?[31m?thing")
    }

    func testRefusesMalformedReplies() {
        for text in ["hello\r\n", "25\r\n", "199 too low\r\n", "600 too high\r\n", "250_x\r\n", "250-a\r\n251 b\r\n", "2x0 x\r\n"] {
            XCTAssertThrowsError(try parse(text), text.debugDescription) { error in
                guard case MailError.protocolViolation = error else { return XCTFail("unexpected \(error)") }
            }
        }
    }

    func testBoundsReplySize() throws {
        let longLine = "250 " + String(repeating: "x", count: SMTPReplyParser.maximumLineLength) + "\r\n"
        XCTAssertThrowsError(try parse(longLine, chunkSize: 4096))
        XCTAssertThrowsError(try parse(String(repeating: "x", count: 5000), chunkSize: 4096), "endless line without newline")
        let manyLines = String(repeating: "250-x\r\n", count: SMTPReplyParser.maximumLineCount) + "250 x\r\n"
        XCTAssertThrowsError(try parse(manyLines, chunkSize: 4096))
        let limitLines = String(repeating: "250-x\r\n", count: SMTPReplyParser.maximumLineCount - 1) + "250 x\r\n"
        XCTAssertEqual(try parse(limitLines, chunkSize: 4096).first?.lines.count, SMTPReplyParser.maximumLineCount)
    }

    func testReadsCapabilities() {
        let reply = SMTPReply(code: 250, lines: ["mx greets localhost", "8BITMIME", "starttls", "AUTH=LOGIN", "AUTH PLAIN XOAUTH2"])
        let capabilities = SMTPCapabilities(ehloReply: reply)
        XCTAssertTrue(capabilities.supportsStartTLS)
        XCTAssertEqual(capabilities.authMechanisms, ["LOGIN", "PLAIN", "XOAUTH2"])
        XCTAssertFalse(SMTPCapabilities(ehloReply: SMTPReply(code: 250, lines: ["STARTTLS is in the greeting only"])).supportsStartTLS)
    }

    func testDotStuffing() {
        XCTAssertEqual(SMTPSession.dotStuffed("a\r\n.b\r\n..c\r\n.\r\nd\r\n"), "a\r\n..b\r\n...c\r\n..\r\nd\r\n")
        XCTAssertEqual(SMTPSession.dotStuffed(".no final line break"), "..no final line break\r\n")
    }

    func testCredentialsAreRedacted() {
        let credentials = SMTPCredentials(username: "sizi", password: "Rahasia#2024")
        let text = "535 bad Rahasia#2024 \(credentials.plainResponse) \(credentials.loginPassword) for sizi"
        XCTAssertEqual(credentials.redacted(text), "535 bad *** *** *** for sizi")
    }
}
