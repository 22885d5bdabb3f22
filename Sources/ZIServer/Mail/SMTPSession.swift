import NIOSSL

/// The SMTP dialogue that submits one message over one connection (RFC 5321, STARTTLS RFC 3207, AUTH RFC 4954).
///
/// Credentials are sent only after TLS is up, unless `SMTPSettings.security` is `.none`: `.starttls` fails when the
/// server does not offer STARTTLS instead of carrying on in clear text.
struct SMTPSession {
    /// The open connection, greeting not yet read.
    let connection: SMTPConnection
    /// Host, security, HELO name and credentials.
    let settings: SMTPSettings
    /// The TLS context used for STARTTLS.
    let tlsContext: NIOSSLContext

    private var credentials: SMTPCredentials? {
        guard let username = settings.username, let password = settings.password else { return nil }
        return SMTPCredentials(username: username, password: password)
    }

    /// Runs the whole dialogue for one envelope; `data` is the rendered message with CRLF line endings.
    /// Once the message is accepted, a failing QUIT is ignored so that a retry cannot deliver it twice.
    func submit(from sender: String, to recipient: String, data: String) async throws {
        try expect(await connection.readReply(), 220...220, command: "connection greeting")
        var capabilities = try await hello()
        if settings.security == .starttls {
            guard capabilities.supportsStartTLS else {
                throw MailError.tlsFailed("server does not offer STARTTLS")
            }
            try expect(await connection.send("STARTTLS", loggedAs: "STARTTLS"), 220...220, command: "STARTTLS")
            try await connection.startTLS(context: tlsContext, host: settings.host)
            capabilities = try await hello()
        }
        if let credentials {
            try await authenticate(credentials, capabilities: capabilities)
        }
        try expect(await connection.send("MAIL FROM:<\(sender)>", loggedAs: "MAIL FROM"), 200...299, command: "MAIL FROM")
        try expect(await connection.send("RCPT TO:<\(recipient)>", loggedAs: "RCPT TO"), 200...299, command: "RCPT TO")
        try expect(await connection.send("DATA", loggedAs: "DATA"), 354...354, command: "DATA")
        let end = try await connection.send(Self.dotStuffed(data) + ".", loggedAs: "<message data>")
        try expect(end, 200...299, command: "end of message data")
        _ = try? await connection.send("QUIT", loggedAs: "QUIT")
    }

    /// `message` ready for DATA: every line ending in CRLF, lines starting with "." get a second "." (RFC 5321 §4.5.2).
    static func dotStuffed(_ message: String) -> String {
        var lines = message.components(separatedBy: "\r\n")
        if lines.last == "" {
            lines.removeLast()
        }
        return lines.map { ($0.hasPrefix(".") ? "." + $0 : $0) + "\r\n" }.joined()
    }

    /// Sends EHLO and returns the announced capabilities.
    private func hello() async throws -> SMTPCapabilities {
        let reply = try await connection.send("EHLO \(settings.heloName)", loggedAs: "EHLO")
        try expect(reply, 250...250, command: "EHLO")
        return SMTPCapabilities(ehloReply: reply)
    }

    /// Authenticates with AUTH PLAIN, or AUTH LOGIN when only that is offered.
    private func authenticate(_ credentials: SMTPCredentials, capabilities: SMTPCapabilities) async throws {
        if capabilities.authMechanisms.contains("PLAIN") {
            let reply = try await connection.send("AUTH PLAIN \(credentials.plainResponse)", loggedAs: "AUTH PLAIN <credentials>")
            try expect(reply, 235...235, command: "AUTH PLAIN")
        } else if capabilities.authMechanisms.contains("LOGIN") {
            try expect(await connection.send("AUTH LOGIN", loggedAs: "AUTH LOGIN"), 334...334, command: "AUTH LOGIN")
            let afterUsername = try await connection.send(credentials.loginUsername, loggedAs: "<user name>")
            try expect(afterUsername, 334...334, command: "AUTH LOGIN user name")
            try expect(await connection.send(credentials.loginPassword, loggedAs: "<password>"), 235...235, command: "AUTH LOGIN password")
        } else {
            let offered = capabilities.authMechanisms.sorted().joined(separator: " ")
            throw MailError.misconfigured(
                "server offers neither AUTH PLAIN nor AUTH LOGIN (offered: \(offered.isEmpty ? "none" : offered))")
        }
    }

    /// Accepts `reply` when its code is in `codes`; otherwise throws the matching error, with credentials redacted from its text.
    private func expect(_ reply: SMTPReply, _ codes: ClosedRange<Int>, command: String) throws {
        guard codes.contains(reply.code) else {
            let text = credentials?.redacted(reply.text) ?? reply.text
            throw MailError(unexpectedReplyCode: reply.code, text: text, command: command)
        }
    }
}

extension MailError {
    /// The error for an unwanted reply: 5xx is permanent, 4xx and any other unexpected code temporary.
    init(unexpectedReplyCode code: Int, text: String, command: String) {
        if (500..<600).contains(code) {
            self = .permanentReply(command: command, code: code, text: text)
        } else {
            self = .temporaryReply(command: command, code: code, text: text)
        }
    }
}
