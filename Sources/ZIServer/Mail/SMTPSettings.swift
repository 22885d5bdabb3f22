import Foundation

/// Where and how `SMTPTransport` submits mail.
public struct SMTPSettings: Sendable, Hashable, CustomStringConvertible {
    /// How the connection is protected.
    public enum Security: String, Sendable, Hashable {
        /// Plain TCP upgraded with STARTTLS, which the server must offer (usually port 587).
        case starttls
        /// TLS from the first byte, "implicit TLS" (usually port 465).
        case tls
        /// No encryption at all; credentials, if any, travel in clear text. Only for trusted local relays.
        case none
    }

    /// The server's host name or IP address; TLS certificates are verified against it.
    public var host: String
    /// The TCP port.
    public var port: Int
    /// How the connection is protected.
    public var security: Security
    /// The user name for SMTP AUTH, or nil to send without authenticating.
    public var username: String?
    /// The password for SMTP AUTH. Never printed.
    public var password: String?
    /// A PEM file of certificates trusted in addition to the system roots, e.g. a self-signed relay's certificate.
    public var trustedCAFile: String?
    /// The name this client announces in EHLO.
    public var heloName: String
    /// Seconds allowed for one whole send: connecting, every reply and the message itself; at most one day.
    public var timeout: Double

    /// Creates settings; `port` defaults to 465 for `.tls` and 587 otherwise.
    public init(
        host: String,
        port: Int? = nil,
        security: Security = .starttls,
        username: String? = nil,
        password: String? = nil,
        trustedCAFile: String? = nil,
        heloName: String = "localhost",
        timeout: Double = 30
    ) {
        self.host = host
        self.port = port ?? (security == .tls ? 465 : 587)
        self.security = security
        self.username = username
        self.password = password
        self.trustedCAFile = trustedCAFile
        self.heloName = heloName
        self.timeout = timeout
    }

    /// The settings with the password masked.
    public var description: String {
        "SMTPSettings(host: \(host), port: \(port), security: \(security.rawValue), username: \(username ?? "none"), "
            + "password: \(password == nil ? "none" : "***"), trustedCAFile: \(trustedCAFile ?? "none"), "
            + "heloName: \(heloName), timeout: \(timeout))"
    }

    /// Checks the values that end up in SMTP commands or sockets.
    /// - Throws: `MailError.misconfigured` naming the first bad value.
    func validate() throws {
        func isToken(_ text: String) -> Bool {
            !text.isEmpty && text.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F }
        }
        guard isToken(host) else { throw MailError.misconfigured("host must be a non-empty name without spaces") }
        guard (1...65535).contains(port) else { throw MailError.misconfigured("port must be between 1 and 65535") }
        guard isToken(heloName) else { throw MailError.misconfigured("heloName must be a non-empty name without spaces") }
        guard timeout > 0, timeout <= 86_400 else { throw MailError.misconfigured("timeout must be between 0 and 86400 seconds") }
        guard (username == nil) == (password == nil) else {
            throw MailError.misconfigured("username and password must be set together")
        }
    }
}
