import Foundation
import Vapor

/// SIZI's configuration, read from environment variables (see README "Konfigurasi").
public struct Settings: Sendable {
    /// Where SIZI keeps its SQLite file and other data (`SIZI_DATA_DIR`, default `./sizi-data`).
    public var dataDirectory: String
    /// A `postgres://` URL switches storage to PostgreSQL (`DATABASE_URL`).
    public var databaseURL: String?
    /// The first admin's password (`SIZI_ADMIN_PASSWORD`); generated and printed once when absent.
    public var adminPassword: String?
    /// Bcrypt cost (`SIZI_BCRYPT_COST`, default 12; tests use a lower one).
    public var bcryptCost: Int
    /// Lifetime of a login session in hours (`SIZI_SESSION_HOURS`, default 12).
    public var sessionHours: Int
    /// Forces the `Secure` cookie flag on (`SIZI_COOKIE_SECURE=true`); otherwise it is set for HTTPS requests.
    public var alwaysSecureCookies: Bool
    /// Seconds an authenticated session may be served from this instance's cache (`SIZI_SESSION_CACHE_SECONDS`, default 5, 0 = off).
    public var sessionCacheSeconds: Int
    /// `json` for one JSON object per log line (`SIZI_LOG_FORMAT`).
    public var logFormat: LogFormat
    /// Where evidence files are kept (`SIZI_EVIDENCE_STORAGE`: `filesystem`, the default, or `database`).
    public var evidenceStorage: BlobStorageKind = .filesystem
    /// The largest evidence file accepted, in bytes (`SIZI_EVIDENCE_MAX_MB`, default 50).
    public var evidenceMaxBytes: Int64 = 50 << 20
    /// The largest file attached to a complaint, in bytes (`SIZI_COMPLAINT_ATTACHMENT_MAX_MB`,
    /// default 10): the public form is open to anyone, so it gets its own, smaller limit.
    public var complaintAttachmentMaxBytes: Int64 = 10 << 20
    /// A folder of gratification rule periods (JSON, as in `Sources/ZICore/Resources/gratification`)
    /// to use instead of the bundled ones (`SIZI_GRATIFICATION_RULES_DIR`), so the UPG's verified
    /// limits apply without a new release; checked at start.
    public var gratificationRulesDirectory: String?
    /// The agency's own risk matrix (JSON, as `Sources/ZICore/Resources/risk/matriks-risiko-5x5.json`)
    /// to rate risks with instead of the bundled one (`SIZI_RISK_MATRIX_FILE`); checked at start.
    public var riskMatrixFile: String?
    /// Public submissions (complaints, surveys) accepted per client address and minute
    /// (`SIZI_PUBLIC_SUBMISSIONS_PER_MINUTE`, default 10).
    public var publicSubmissionsPerMinute = 10
    /// Calls PortalRB may make per token and minute (`SIZI_PORTALRB_REQUESTS_PER_MINUTE`, default
    /// 600); more answer 429 with `Retry-After`.
    public var portalRBRequestsPerMinute = 600
    /// Reverse proxies whose forwarded client address and scheme are believed (`SIZI_TRUSTED_PROXIES`,
    /// comma-separated addresses or CIDR ranges; default none).
    public var trustedProxies: [IPNetwork] = []
    /// Minutes a login session may go unused before it ends (`SIZI_SESSION_IDLE_MINUTES`, default 30).
    public var sessionIdleMinutes = 30
    /// Administrators (`super_admin`, `admin_instansi`) must log in with a second factor
    /// (`SIZI_REQUIRE_ADMIN_2FA`, default true; only test harnesses turn it off).
    public var requireAdministratorSecondFactor = true
    /// The bearer token `/metrics` asks for (`SIZI_METRICS_TOKEN`); without it only direct requests from this host are answered.
    public var metricsToken: String?
    /// The key sealing TOTP secrets in the database (`SIZI_SECRET_KEY`, base64 of 32 bytes); without
    /// it a key file in the data directory is made and used (see ``SecretSealer``).
    public var secretKey: String?
    /// Bytes of attachments the public may send to one unit per day (`SIZI_PUBLIC_UPLOAD_MB_PER_UNIT_DAY`, default 500).
    public var publicUploadBytesPerUnitDay: Int64 = 500 << 20
    /// The whistleblowing system (`SIZI_WBS_*`).
    public var whistleblowing = WhistleblowingSettings()
    /// E-mail and the background rounds (`SIZI_SMTP_*`, `SIZI_MAIL_FROM`, `SIZI_PUBLIC_URL`, `SIZI_BACKGROUND_SECONDS`).
    public var mail = MailSettings()

    /// How log lines are written.
    public enum LogFormat: String, Sendable {
        case text, json
    }

    public init(
        dataDirectory: String = "sizi-data",
        databaseURL: String? = nil,
        adminPassword: String? = nil,
        bcryptCost: Int = 12,
        sessionHours: Int = 12,
        alwaysSecureCookies: Bool = false,
        sessionCacheSeconds: Int = 5,
        logFormat: LogFormat = .text
    ) {
        self.dataDirectory = dataDirectory
        self.databaseURL = databaseURL
        self.adminPassword = adminPassword
        self.bcryptCost = bcryptCost
        self.sessionHours = sessionHours
        self.alwaysSecureCookies = alwaysSecureCookies
        self.sessionCacheSeconds = sessionCacheSeconds
        self.logFormat = logFormat
    }

    /// Reads the settings from an environment dictionary, refusing values that make no sense.
    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) throws -> Settings {
        func int(_ key: String, _ fallback: Int, _ range: ClosedRange<Int>) throws -> Int {
            guard let raw = env[key], !raw.isEmpty else { return fallback }
            guard let value = Int(raw), range.contains(value) else {
                throw SettingsError(key: key, message: "must be a whole number in \(range.lowerBound)...\(range.upperBound)")
            }
            return value
        }
        var settings = Settings()
        if let dir = env["SIZI_DATA_DIR"], !dir.isEmpty { settings.dataDirectory = dir }
        if let url = env["DATABASE_URL"], !url.isEmpty {
            guard url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") else {
                throw SettingsError(key: "DATABASE_URL", message: "must start with postgres:// (leave it unset for SQLite)")
            }
            settings.databaseURL = url
        }
        if let password = env["SIZI_ADMIN_PASSWORD"], !password.isEmpty { settings.adminPassword = password }
        settings.bcryptCost = try int("SIZI_BCRYPT_COST", 12, 10...31)
        settings.sessionHours = try int("SIZI_SESSION_HOURS", 12, 1...720)
        settings.sessionIdleMinutes = try int("SIZI_SESSION_IDLE_MINUTES", 30, 1...1440)
        settings.trustedProxies = try (env["SIZI_TRUSTED_PROXIES"] ?? "").split(separator: ",").map { entry in
            guard let network = IPNetwork(entry) else {
                throw SettingsError(key: "SIZI_TRUSTED_PROXIES", message: "has \"\(entry)\", which is not an address or CIDR range")
            }
            return network
        }
        settings.sessionCacheSeconds = try int("SIZI_SESSION_CACHE_SECONDS", 5, 0...300)
        settings.alwaysSecureCookies = env["SIZI_COOKIE_SECURE"] == "true"
        if let storage = env["SIZI_EVIDENCE_STORAGE"], !storage.isEmpty {
            guard let kind = BlobStorageKind(rawValue: storage) else {
                throw SettingsError(key: "SIZI_EVIDENCE_STORAGE", message: "must be filesystem or database")
            }
            settings.evidenceStorage = kind
        }
        settings.evidenceMaxBytes = Int64(try int("SIZI_EVIDENCE_MAX_MB", 50, 1...4096)) << 20
        if let rules = env["SIZI_GRATIFICATION_RULES_DIR"], !rules.isEmpty { settings.gratificationRulesDirectory = rules }
        if let matrix = env["SIZI_RISK_MATRIX_FILE"], !matrix.isEmpty { settings.riskMatrixFile = matrix }
        settings.complaintAttachmentMaxBytes = Int64(try int("SIZI_COMPLAINT_ATTACHMENT_MAX_MB", 10, 1...1024)) << 20
        settings.publicSubmissionsPerMinute = try int("SIZI_PUBLIC_SUBMISSIONS_PER_MINUTE", 10, 1...1_000_000)
        settings.portalRBRequestsPerMinute = try int("SIZI_PORTALRB_REQUESTS_PER_MINUTE", 600, 1...10_000_000)
        settings.publicUploadBytesPerUnitDay = Int64(try int("SIZI_PUBLIC_UPLOAD_MB_PER_UNIT_DAY", 500, 1...1_000_000)) << 20
        if let key = env["SIZI_SECRET_KEY"], !key.isEmpty { settings.secretKey = key }
        settings.requireAdministratorSecondFactor = env["SIZI_REQUIRE_ADMIN_2FA"] != "false"
        if let token = env["SIZI_METRICS_TOKEN"], !token.isEmpty {
            guard token.utf8.count >= 32 else { throw SettingsError(key: "SIZI_METRICS_TOKEN", message: "must be at least 32 characters") }
            settings.metricsToken = token
        }
        settings.whistleblowing = try WhistleblowingSettings(env, integer: int)
        settings.mail = try MailSettings(env, integer: int)
        if let format = env["SIZI_LOG_FORMAT"], !format.isEmpty {
            guard let parsed = LogFormat(rawValue: format) else {
                throw SettingsError(key: "SIZI_LOG_FORMAT", message: "must be text or json")
            }
            settings.logFormat = parsed
        }
        return settings
    }

    /// Where the filesystem backend keeps evidence blobs, and where uploads arrive first.
    public var evidenceDirectory: URL {
        URL(fileURLWithPath: dataDirectory).appendingPathComponent("evidence")
    }

    /// The SQLite file used when no `DATABASE_URL` is set.
    public var sqlitePath: String { (dataDirectory as NSString).appendingPathComponent("sizi.sqlite") }
}

/// A configuration value that cannot be used; the message names the variable.
public struct SettingsError: Error, CustomStringConvertible {
    public let key: String
    public let message: String
    public var description: String { "\(key) \(message)" }
}

extension Application {
    private struct SettingsKey: StorageKey { typealias Value = Settings }

    /// The settings the application was configured with.
    var settings: Settings {
        get { storage[SettingsKey.self]! }
        set { storage[SettingsKey.self] = newValue }
    }
}
