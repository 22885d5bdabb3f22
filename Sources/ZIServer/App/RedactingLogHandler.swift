import Logging

/// Wraps the log handler so that no log line carries data bound into SQL or read back from the
/// database: the drivers log bound values (`binds`, `psql_binds`), FluentKit logs each query's
/// values (`input`, `filters`, `joins`) and, at trace level, PostgresNIO whole protocol messages
/// with rows (`psql_message`). Those would put password hashes, TOTP secrets,
/// complainants' contacts and WBS inserts into the log; only the SQL text itself stays.
struct RedactingLogHandler: LogHandler {
    /// Metadata keys whose values never reach the log.
    static let redactedKeys: Set<String> = ["binds", "psql_binds", "psql_message", "psql_connection_action", "psql_connection_state",
                                            "input", "filters", "joins"]

    var wrapped: any LogHandler

    var logLevel: Logger.Level {
        get { wrapped.logLevel }
        set { wrapped.logLevel = newValue }
    }

    var metadata: Logger.Metadata {
        get { wrapped.metadata }
        set { wrapped.metadata = newValue }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { wrapped[metadataKey: key] }
        set { wrapped[metadataKey: key] = newValue }
    }

    func log(event: LogEvent) {
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
