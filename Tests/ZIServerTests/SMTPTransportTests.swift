import Foundation
import XCTest

@testable import ZIServer

/// `SMTPTransport` against a real SMTP server (aiosmtpd, see `SMTPSink`).
final class SMTPTransportTests: XCTestCase {
    private let password = "Rahasia#ZI-2024"
    private let body = """
        Yth. Bapak/Ibu Operator,
        .baris ini diawali titik
        ..dan ini dua titik
        Tindakan "Evaluasi LKE" terlambat — Balai Penelitian Ternak.
        .
        """

    private func message(to recipient: String = "admin@balitnak.example") throws -> MailMessage {
        MailMessage(
            from: try MailAddress("sizi@kemenpan.example", displayName: "SIZI — Zona Integritas"),
            to: try MailAddress(recipient),
            subject: "Pengingat: tindakan terlambat — Balai Penelitian Ternak",
            textBody: body, date: Date(timeIntervalSince1970: 1_800_000_000))
    }

    private func transport(port: Int, _ security: SMTPSettings.Security, password: String? = nil, caFile: String? = nil) throws
        -> SMTPTransport
    {
        try SMTPTransport(
            settings: SMTPSettings(
                host: "localhost", port: port, security: security, username: password == nil ? nil : "sizi",
                password: password, trustedCAFile: caFile, heloName: "sizi.test", timeout: 10
            )
        )
    }

    private func certificate() throws -> (certificate: String, key: String) {
        try TestFiles.selfSignedCertificate(in: TestFiles.temporaryDirectory(for: self))
    }

    /// Sends and returns the `MailError` the send must fail with.
    private func failure(of transport: SMTPTransport, _ message: MailMessage) async throws -> MailError {
        do {
            try await transport.send(message)
        } catch let error as MailError {
            return error
        }
        XCTFail("send unexpectedly succeeded")
        throw CocoaError(.userCancelled)
    }

    /// Checks that the sink holds exactly one message, sent by `message()`, with the body intact.
    private func assertDelivered(to sink: SMTPSink, file: StaticString = #filePath, line: UInt = #line) throws {
        let messages = try sink.messages()
        XCTAssertEqual(messages.count, 1, file: file, line: line)
        guard let (envelope, raw) = messages.first else { return }
        XCTAssertEqual(envelope, SMTPSink.Envelope(mailFrom: "sizi@kemenpan.example", rcptTos: ["admin@balitnak.example"]))
        let parsed = try ParsedMessage(raw)
        XCTAssertEqual(parsed.body, body.replacingOccurrences(of: "\n", with: "\r\n"), file: file, line: line)
        XCTAssertEqual(parsed.headers["Subject"], "Pengingat: tindakan terlambat — Balai Penelitian Ternak", file: file, line: line)
        XCTAssertEqual(parsed.headers["From"], "SIZI — Zona Integritas <sizi@kemenpan.example>", file: file, line: line)
    }

    func testDeliversOverPlainConnection() async throws {
        let sink = try await SMTPSink.start(for: self)
        try await transport(port: sink.port, .none).send(message())
        try assertDelivered(to: sink)
    }

    func testDeliversOverStartTLSWithTrustedSelfSignedCertificate() async throws {
        let tls = try certificate()
        let sink = try await SMTPSink.start(["--starttls", tls.certificate, tls.key, "--require-starttls"], for: self)
        try await transport(port: sink.port, .starttls, caFile: tls.certificate).send(message())
        try assertDelivered(to: sink)
    }

    func testDeliversOverImplicitTLS() async throws {
        let tls = try certificate()
        let sink = try await SMTPSink.start(["--tls", tls.certificate, tls.key], for: self)
        try await transport(port: sink.port, .tls, caFile: tls.certificate).send(message())
        try assertDelivered(to: sink)
    }

    func testUntrustedCertificateFailsInsteadOfFallingBackToPlain() async throws {
        let tls = try certificate()
        let sink = try await SMTPSink.start(["--starttls", tls.certificate, tls.key, "--require-starttls"], for: self)
        let error = try await failure(of: transport(port: sink.port, .starttls, password: password), message())
        guard case .tlsFailed(let reason) = error else { return XCTFail("unexpected \(error)") }
        XCTAssertTrue(reason.uppercased().contains("CERTIFICATE"), reason)
        XCTAssertTrue(error.isPermanent)
        XCTAssertFalse(error.description.contains(password))
        XCTAssertEqual(try sink.messages().count, 0)
    }

    func testStartTLSRequiredButNotOfferedFails() async throws {
        let sink = try await SMTPSink.start(["--auth", "sizi:\(password)"], for: self)
        let error = try await failure(of: transport(port: sink.port, .starttls, password: password), message())
        XCTAssertEqual(error, .tlsFailed("server does not offer STARTTLS"))
        XCTAssertTrue(error.isPermanent)
        XCTAssertEqual(try sink.messages().count, 0)
    }

    func testAuthenticatesWithPlainOverStartTLS() async throws {
        let tls = try certificate()
        let sink = try await SMTPSink.start(
            ["--starttls", tls.certificate, tls.key, "--require-starttls", "--auth", "sizi:\(password)"], for: self)
        try await transport(port: sink.port, .starttls, password: password, caFile: tls.certificate).send(message())
        try assertDelivered(to: sink)
    }

    func testAuthenticatesWithLoginWhenPlainIsNotOffered() async throws {
        let sink = try await SMTPSink.start(["--auth", "sizi:\(password)", "--auth-login-only"], for: self)
        try await transport(port: sink.port, .none, password: password).send(message())
        try assertDelivered(to: sink)
    }

    func testWrongPasswordIsPermanentAndNotDisclosed() async throws {
        let tls = try certificate()
        let sink = try await SMTPSink.start(["--starttls", tls.certificate, tls.key, "--auth", "sizi:\(password)"], for: self)
        let wrong = "SalahSandi!9"
        let error = try await failure(of: transport(port: sink.port, .starttls, password: wrong, caFile: tls.certificate), message())
        guard case .permanentReply("AUTH PLAIN", 535, _) = error else { return XCTFail("unexpected \(error)") }
        XCTAssertTrue(error.isPermanent)
        XCTAssertFalse(error.description.contains(wrong))
        XCTAssertFalse(error.description.contains(SMTPCredentials(username: "sizi", password: wrong).plainResponse))
        XCTAssertEqual(try sink.messages().count, 0)
    }

    func testRejectedRecipientIsPermanent() async throws {
        let sink = try await SMTPSink.start(["--reject-rcpt", "unknown@balitnak.example"], for: self)
        let error = try await failure(of: transport(port: sink.port, .none), message(to: "unknown@balitnak.example"))
        XCTAssertEqual(error, .permanentReply(command: "RCPT TO", code: 550, text: "5.1.1 Recipient rejected"))
        XCTAssertTrue(error.isPermanent)
        XCTAssertTrue(error.description.contains("550 5.1.1 Recipient rejected"))
    }

    func testTemporarilyFailedRecipientIsTemporary() async throws {
        let sink = try await SMTPSink.start(["--tempfail-rcpt", "busy@balitnak.example"], for: self)
        let error = try await failure(of: transport(port: sink.port, .none), message(to: "busy@balitnak.example"))
        guard case .temporaryReply("RCPT TO", 451, _) = error else { return XCTFail("unexpected \(error)") }
        XCTAssertFalse(error.isPermanent)
    }

    func testClosedPortFailsTemporarilyWithinTimeout() async throws {
        let started = Date()
        let transport = try SMTPTransport(settings: SMTPSettings(host: "127.0.0.1", port: 1, security: .none, timeout: 5))
        let error = try await failure(of: transport, message())
        XCTAssertLessThan(Date().timeIntervalSince(started), 5)
        guard case .connectionFailed = error else { return XCTFail("unexpected \(error)") }
        XCTAssertFalse(error.isPermanent)
    }

    func testSilentServerTimesOut() async throws {
        let listener = try SilentListener()
        addTeardownBlock { listener.close() }
        let started = Date()
        let transport = try SMTPTransport(settings: SMTPSettings(host: "127.0.0.1", port: listener.port, security: .none, timeout: 1))
        let error = try await failure(of: transport, message())
        XCTAssertEqual(error, .timedOut(seconds: 1))
        XCTAssertFalse(error.isPermanent)
        XCTAssertLessThan(Date().timeIntervalSince(started), 5)
    }
}
