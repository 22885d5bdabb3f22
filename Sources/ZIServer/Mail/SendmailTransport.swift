import Foundation

/// Delivers mail by piping it to a sendmail-compatible program (`sendmail -i -f <from> -- <to>`), as local MTAs accept it.
public struct SendmailTransport: MailTransport {
    /// The program to run, e.g. `/usr/sbin/sendmail`.
    public let executablePath: String
    /// Seconds the program may run before it is killed and the send fails with `MailError.timedOut`; at most one day.
    public let timeout: Double

    /// Creates a transport that runs `executablePath`.
    public init(executablePath: String = "/usr/sbin/sendmail", timeout: Double = 30) {
        self.executablePath = executablePath
        self.timeout = timeout
    }

    /// Runs the program with the rendered message (LF line endings, as local programs expect) on its standard input.
    /// - Throws: `MailError.sendmailFailed` for a non-zero exit, `MailError.timedOut`, or `MailError.misconfigured` when the
    ///   program cannot start or the timeout is out of range.
    public func send(_ message: MailMessage) async throws {
        guard timeout > 0, timeout <= 86_400 else {
            throw MailError.misconfigured("timeout must be between 0 and 86400 seconds")
        }
        let rendered = try message.rendered(date: message.date, messageID: message.makeMessageID())
        let input = Data(rendered.replacingOccurrences(of: "\r\n", with: "\n").utf8)
        let result = try await SendmailProcess.run(
            executablePath: executablePath,
            arguments: ["-i", "-f", message.from.address, "--", message.to.address],
            input: input,
            timeout: timeout
        )
        if result.timedOut {
            throw MailError.timedOut(seconds: timeout)
        }
        guard result.exitCode == 0 else {
            throw MailError.sendmailFailed(exitCode: result.exitCode, standardError: result.standardError)
        }
    }
}
