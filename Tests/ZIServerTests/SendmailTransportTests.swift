import Foundation
import XCTest

@testable import ZIServer

/// `SendmailTransport` running small shell scripts in place of sendmail.
final class SendmailTransportTests: XCTestCase {
    private func message(body: String = "Tindakan terlambat — mohon ditindaklanjuti.\n.titik") throws -> MailMessage {
        MailMessage(
            from: try MailAddress("sizi@kemenpan.example"),
            to: try MailAddress("admin@balitnak.example"),
            subject: "Pengingat",
            textBody: body, date: Date(timeIntervalSince1970: 1_800_000_000))
    }

    func testPipesMessageAndPassesEnvelopeArguments() async throws {
        let directory = try TestFiles.temporaryDirectory(for: self)
        let script = try TestFiles.shellScript(
            "sendmail",
            body: "printf '%s\\n' \"$@\" > \"\(directory.path)/args\"\ncat > \"\(directory.path)/stdin\"\n",
            in: directory
        )
        try await SendmailTransport(executablePath: script).send(message())

        let arguments = try String(contentsOf: directory.appendingPathComponent("args"), encoding: .utf8)
        XCTAssertEqual(arguments, "-i\n-f\nsizi@kemenpan.example\n--\nadmin@balitnak.example\n")
        let input = try String(contentsOf: directory.appendingPathComponent("stdin"), encoding: .utf8)
        XCTAssertFalse(input.contains("\r"), "sendmail input uses LF line endings")
        let parsed = try ParsedMessage(input.replacingOccurrences(of: "\n", with: "\r\n"))
        XCTAssertEqual(parsed.headers["To"], "<admin@balitnak.example>")
        XCTAssertEqual(parsed.body, "Tindakan terlambat — mohon ditindaklanjuti.\r\n.titik")
    }

    func testExitStatus75IsTemporaryWithStandardError() async throws {
        let directory = try TestFiles.temporaryDirectory(for: self)
        let noise = String(repeating: "x", count: 2000)
        let script = try TestFiles.shellScript(
            "sendmail", body: "cat > /dev/null\necho 'queue directory not writable \(noise)' >&2\nexit 75\n", in: directory)
        do {
            try await SendmailTransport(executablePath: script).send(message())
            XCTFail("expected failure")
        } catch let error as MailError {
            guard case .sendmailFailed(75, let standardError) = error else { return XCTFail("unexpected \(error)") }
            XCTAssertTrue(standardError.hasPrefix("queue directory not writable"))
            XCTAssertEqual(standardError.utf8.count, 500)
            XCTAssertFalse(error.isPermanent)
        }
    }

    func testProgramThatExitsWithoutReadingDoesNotHarmTheCaller() async throws {
        let directory = try TestFiles.temporaryDirectory(for: self)
        let script = try TestFiles.shellScript("sendmail", body: "exit 75\n", in: directory)
        let large = try message(body: String(repeating: "baris panjang\n", count: 100_000))
        do {
            try await SendmailTransport(executablePath: script).send(large)
            XCTFail("expected failure")
        } catch MailError.sendmailFailed(let exitCode, _) {
            XCTAssertEqual(exitCode, 75)
        }
    }

    func testHangingProgramIsKilledAfterTimeout() async throws {
        let directory = try TestFiles.temporaryDirectory(for: self)
        let script = try TestFiles.shellScript("sendmail", body: "sleep 30\n", in: directory)
        let started = Date()
        do {
            try await SendmailTransport(executablePath: script, timeout: 1).send(message())
            XCTFail("expected failure")
        } catch let error as MailError {
            XCTAssertEqual(error, .timedOut(seconds: 1))
        }
        XCTAssertLessThan(Date().timeIntervalSince(started), 10)
    }

    func testMissingProgramIsMisconfigured() async throws {
        do {
            try await SendmailTransport(executablePath: "/nonexistent/sendmail").send(message())
            XCTFail("expected failure")
        } catch let error as MailError {
            guard case .misconfigured = error else { return XCTFail("unexpected \(error)") }
            XCTAssertTrue(error.isPermanent)
        }
    }
}
