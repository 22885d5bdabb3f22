import Foundation

/// How SIZI sends e-mail (`SIZI_SMTP_*`, `SIZI_SENDMAIL_PATH`, `SIZI_MAIL_FROM`): over SMTP
/// (STARTTLS by default, implicit TLS or, for a local relay, none; with or without a login), or
/// through a sendmail-compatible program. Without either, reminders stay in the app.
public struct MailSettings: Sendable {
    /// How messages leave.
    public enum Route: Sendable {
        case smtp(SMTPSettings)
        case sendmail(path: String)
    }

    /// Nil: e-mail is off.
    public var route: Route?
    /// The sender (`SIZI_MAIL_FROM`, default `SIZI <sizi@localhost>`).
    public var from = "sizi@localhost"
    /// The site's address for links in messages (`SIZI_PUBLIC_URL`, e.g. `https://zi.example.go.id`).
    public var publicURL: String?
    /// Seconds between the background rounds that close silent complaints, record reminders and
    /// send e-mail (`SIZI_BACKGROUND_SECONDS`, default 300; 0 turns them off).
    public var backgroundSeconds = 300

    public init() {}

    /// Reads the variables; `integer` checks a number's range and names the variable when it fails.
    init(_ env: [String: String], integer: (String, Int, ClosedRange<Int>) throws -> Int) throws {
        func value(_ key: String) -> String? { env[key].flatMap { $0.isEmpty ? nil : $0 } }
        if let host = value("SIZI_SMTP_HOST") {
            guard let security = SMTPSettings.Security(rawValue: value("SIZI_SMTP_SECURITY") ?? "starttls") else {
                throw SettingsError(key: "SIZI_SMTP_SECURITY", message: "must be starttls, tls or none")
            }
            let port = value("SIZI_SMTP_PORT") == nil ? nil : try integer("SIZI_SMTP_PORT", 587, 1...65_535)
            route = .smtp(
                SMTPSettings(
                    host: host, port: port, security: security, username: value("SIZI_SMTP_USERNAME"),
                    password: value("SIZI_SMTP_PASSWORD"), trustedCAFile: value("SIZI_SMTP_CA_FILE"),
                    timeout: Double(try integer("SIZI_SMTP_TIMEOUT_SECONDS", 30, 1...600))))
        } else if let path = value("SIZI_SENDMAIL_PATH") {
            route = .sendmail(path: path)
        }
        if let sender = value("SIZI_MAIL_FROM") {
            guard (try? MailAddress(sender)) != nil else {
                throw SettingsError(key: "SIZI_MAIL_FROM", message: "must be one e-mail address, like zi@unit.go.id")
            }
            from = sender
        }
        if let url = value("SIZI_PUBLIC_URL") {
            guard url.hasPrefix("https://") || url.hasPrefix("http://") else {
                throw SettingsError(key: "SIZI_PUBLIC_URL", message: "must start with https:// or http://")
            }
            publicURL = url.hasSuffix("/") ? String(url.dropLast()) : url
        }
        backgroundSeconds = try integer("SIZI_BACKGROUND_SECONDS", 300, 0...86_400)
    }

    /// The transport the route describes; nil when e-mail is off.
    func transport() throws -> (any MailTransport)? {
        switch route {
        case .smtp(let settings): try SMTPTransport(settings: settings)
        case .sendmail(let path): SendmailTransport(executablePath: path)
        case nil: nil
        }
    }
}
