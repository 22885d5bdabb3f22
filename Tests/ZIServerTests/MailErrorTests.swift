import XCTest

@testable import ZIServer

/// Error classification and what descriptions reveal.
final class MailErrorTests: XCTestCase {
    func testClassifiesTemporaryAndPermanentFailures() {
        XCTAssertTrue(MailError(unexpectedReplyCode: 550, text: "no such user", command: "RCPT TO").isPermanent)
        XCTAssertFalse(MailError(unexpectedReplyCode: 451, text: "try later", command: "RCPT TO").isPermanent)
        XCTAssertFalse(MailError(unexpectedReplyCode: 250, text: "ok", command: "DATA").isPermanent)
        XCTAssertTrue(MailError.invalidHeader("x").isPermanent)
        XCTAssertTrue(MailError.tlsFailed("x").isPermanent)
        XCTAssertTrue(MailError.misconfigured("x").isPermanent)
        XCTAssertFalse(MailError.connectionFailed("x").isPermanent)
        XCTAssertFalse(MailError.timedOut(seconds: 1).isPermanent)
        XCTAssertFalse(MailError.protocolViolation("x").isPermanent)
        XCTAssertFalse(MailError.sendmailFailed(exitCode: 75, standardError: "").isPermanent)
    }

    func testDescriptionNamesCommandCodeAndServerText() {
        let error = MailError.permanentReply(command: "RCPT TO", code: 550, text: "5.1.1 Recipient rejected")
        XCTAssertEqual(error.description, "permanent mail error: SMTP server answered RCPT TO with 550 5.1.1 Recipient rejected")
    }

    func testSettingsDescriptionHidesPassword() {
        let settings = SMTPSettings(host: "smtp.example.go.id", username: "sizi", password: "Rahasia#2024")
        XCTAssertFalse(settings.description.contains("Rahasia"))
        XCTAssertTrue(settings.description.contains("password: ***"))
        XCTAssertFalse(String(describing: settings).contains("Rahasia"))
        XCTAssertEqual(settings.port, 587)
        XCTAssertEqual(SMTPSettings(host: "h", security: .tls).port, 465)
    }

    func testInvalidSettingsAreRefused() {
        for settings in [
            SMTPSettings(host: ""),
            SMTPSettings(host: "h", port: 0),
            SMTPSettings(host: "h", heloName: "evil\r\nRCPT TO:<x@y>"),
            SMTPSettings(host: "h", timeout: 0),
            SMTPSettings(host: "h", timeout: .infinity),
            SMTPSettings(host: "h", timeout: .nan),
            SMTPSettings(host: "h", username: "only-user"),
            SMTPSettings(host: "h", security: .tls, trustedCAFile: "/nonexistent/ca.pem"),
        ] {
            XCTAssertThrowsError(try SMTPTransport(settings: settings), settings.description) { error in
                guard case MailError.misconfigured = error else { return XCTFail("unexpected \(error)") }
            }
        }
    }
}
