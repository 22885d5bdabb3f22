import Logging
import Vapor

/// Wraps the application logger's handler so the HTTP layer's trace lines are never written,
/// whatever `LOG_LEVEL` says: Vapor traces every decoded request part, i.e. the head (user
/// agent, referrer, forwarded addresses, cookies) and the body (passwords, whistleblowing
/// reports before they are encrypted). Everything else passes through unchanged.
struct HTTPTraceFilter: LogHandler {
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
        app.logger.handler = HTTPTraceFilter(wrapped: app.logger.handler)
    }

    func log(event: LogEvent) {
        if event.level == .trace && event.source == "Vapor" { return }
        wrapped.log(event: event)
    }
}
