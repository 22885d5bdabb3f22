import Logging
import Vapor

/// Wraps a log handler so that, whatever `LOG_LEVEL` says, no log line carries what people sent
/// or what the database holds:
/// - the HTTP layer's trace lines are dropped: Vapor traces every decoded request part, i.e. the
///   head (user agent, referrer, forwarded addresses, cookies) and the body (passwords,
///   whistleblowing reports before they are encrypted);
/// - the values of queries are replaced by `[redacted]` (``redactedKeys``): the SQL drivers log
///   bound values, FluentKit each query's input and filters, PostgresNIO at trace level whole
///   protocol messages with rows — password hashes, TOTP secrets, complainants' contacts, WBS
///   inserts. The SQL text itself stays.
struct LogPrivacyFilter: LogHandler {
    /// Metadata keys whose values never reach the log.
    static let redactedKeys: Set<String> = [
        "binds", "psql_binds", "psql_message", "psql_connection_action", "psql_connection_state",
        "input", "filters", "joins",
    ]

    var wrapped: any LogHandler

    var logLevel: Logger.Level {
        get { wrapped.logLevel }
        set { wrapped.logLevel = newValue }
    }

    var metadata: Logger.Metadata {
        get { wrapped.metadata }
        set { wrapped.metadata = newValue }
    }

    var metadataProvider: Logger.MetadataProvider? {
        get { wrapped.metadataProvider }
        set { wrapped.metadataProvider = newValue }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { wrapped[metadataKey: key] }
        set { wrapped[metadataKey: key] = newValue }
    }

    /// Wraps the handler of `app`'s logger, which every request's logger copies.
    static func install(on app: Application) {
        app.logger.handler = LogPrivacyFilter(wrapped: app.logger.handler)
    }

    func log(event: LogEvent) {
        if event.level == .trace && event.source == "Vapor" { return }
        var event = event
        event.metadata = event.metadata.map(Self.redacted)
        wrapped.log(event: event)
    }

    static func redacted(_ metadata: Logger.Metadata) -> Logger.Metadata {
        metadata.reduce(into: [:]) { result, entry in
            result[entry.key] = redactedKeys.contains(entry.key) ? "[redacted]" : entry.value
        }
    }
}
