import NIOConcurrencyHelpers
import Vapor

/// Counts the requests the benchmarked server is still answering. When wrk stops, up to one
/// request per connection is still being worked on; the benchmark waits for them before it
/// measures the next endpoint (their CPU would be counted there) and before it shuts down.
final class InFlightRequests: AsyncMiddleware, Sendable {
    private let count = NIOLockedValueBox(0)

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        count.withLockedValue { $0 += 1 }
        defer { count.withLockedValue { $0 -= 1 } }
        return try await next.respond(to: request)
    }

    /// Returns once no request is being answered (checking every 10 ms, for at most a minute).
    func drained() async throws {
        for _ in 0..<6000 where count.withLockedValue({ $0 }) > 0 {
            try await Task.sleep(for: .milliseconds(10))
        }
    }
}
