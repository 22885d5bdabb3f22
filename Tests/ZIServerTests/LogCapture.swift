import Foundation
import Logging
import NIOConcurrencyHelpers

/// A log handler that keeps every line it is given (message and metadata), for tests that
/// check what the process logs.
struct LogCapture: LogHandler {
    /// The lines, shared by every copy of the handler.
    final class Lines: Sendable {
        private let lines = NIOLockedValueBox<[String]>([])

        func append(_ line: String) { lines.withLockedValue { $0.append(line) } }
        var all: [String] { lines.withLockedValue { $0 } }
    }

    let lines: Lines
    var logLevel: Logger.Level = .trace
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { $1 }
        lines.append("\(event.level) [\(event.source)] \(event.message) \(merged)")
    }
}
