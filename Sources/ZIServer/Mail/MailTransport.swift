import Foundation

/// Something that can deliver a `MailMessage`, such as `SMTPTransport` or `SendmailTransport`.
public protocol MailTransport: Sendable {
    /// Delivers `message`, returning once the next hop has accepted responsibility for it.
    /// - Throws: `MailError`; check `isPermanent` to decide whether a retry can help.
    func send(_ message: MailMessage) async throws
}

/// Why a message was not delivered.
///
/// Descriptions are safe to show an administrator: they carry SMTP codes and the server's reply text,
/// never a password or the message body.
public enum MailError: Error, Sendable, Hashable, CustomStringConvertible {
    /// An address, display name, subject or message id could not be put in a header safely. Permanent.
    case invalidHeader(String)
    /// The settings cannot work, for example unreadable CA file or credentials that would travel unencrypted. Permanent.
    case misconfigured(String)
    /// The server answered `command` with a 4xx code, or with a code the protocol does not allow there. Temporary.
    case temporaryReply(command: String, code: Int, text: String)
    /// The server answered `command` with a 5xx code. Permanent.
    case permanentReply(command: String, code: Int, text: String)
    /// TLS could not be set up: STARTTLS not offered, handshake or certificate verification failed. Permanent.
    case tlsFailed(String)
    /// The connection could not be opened or broke down. Temporary.
    case connectionFailed(String)
    /// The server sent something that is not a valid SMTP reply, or one that is too large. Temporary.
    case protocolViolation(String)
    /// The whole exchange did not finish within the configured number of seconds. Temporary.
    case timedOut(seconds: Double)
    /// The sendmail program exited unsuccessfully; `standardError` holds at most its first 500 bytes. Temporary.
    case sendmailFailed(exitCode: Int32, standardError: String)

    /// Whether retrying the same message later is pointless until something (address, settings, server) is changed.
    public var isPermanent: Bool {
        switch self {
        case .invalidHeader, .misconfigured, .permanentReply, .tlsFailed:
            return true
        case .temporaryReply, .connectionFailed, .protocolViolation, .timedOut, .sendmailFailed:
            return false
        }
    }

    /// A one-line explanation for an administrator.
    public var description: String {
        let kind = isPermanent ? "permanent" : "temporary"
        switch self {
        case .invalidHeader(let reason):
            return "\(kind) mail error: invalid header: \(reason)"
        case .misconfigured(let reason):
            return "\(kind) mail error: misconfigured: \(reason)"
        case .temporaryReply(let command, let code, let text), .permanentReply(let command, let code, let text):
            return "\(kind) mail error: SMTP server answered \(command) with \(code) \(text)"
        case .tlsFailed(let reason):
            return "\(kind) mail error: TLS failed: \(reason)"
        case .connectionFailed(let reason):
            return "\(kind) mail error: connection failed: \(reason)"
        case .protocolViolation(let reason):
            return "\(kind) mail error: SMTP protocol violation: \(reason)"
        case .timedOut(let seconds):
            return "\(kind) mail error: timed out after \(seconds) seconds"
        case .sendmailFailed(let exitCode, let standardError):
            return "\(kind) mail error: sendmail exited with status \(exitCode): \(standardError)"
        }
    }
}
