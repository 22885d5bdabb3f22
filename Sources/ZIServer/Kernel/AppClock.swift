import Foundation
import Vapor
import ZICore

/// Where SIZI reads the time: the system clock in production, a clock set by the test in tests.
///
/// The application's clock (``Application/clock``) is bound to every request's task by
/// ``ClockMiddleware``, so code that has a request reads `req.clock` and services below it read
/// ``AppClock/current`` without a parameter (the way swift-dependencies injects values). Work
/// outside a request (the CLI, scheduled jobs) binds it with ``Application/withClock(_:)``.
/// This file is the only place that reads the system clock (`scripts/check-layers.py`).
/// Fluent's own `@Timestamp` fields still take the system time.
public struct AppClock: Sendable {
    private let read: @Sendable () -> Date

    public init(_ read: @escaping @Sendable () -> Date) {
        self.read = read
    }

    /// The real time.
    public static let system = AppClock { Date() }

    /// Always `date`.
    public static func fixed(_ date: Date) -> AppClock {
        AppClock { date }
    }

    /// A clock that reads `start` now and runs on at real speed (timeouts still pass).
    public static func starting(at start: Date) -> AppClock {
        let offset = start.timeIntervalSince(Date())
        return AppClock { Date().addingTimeInterval(offset) }
    }

    /// The clock of the current request or job; the system clock outside one.
    @TaskLocal public static var current = AppClock.system

    /// `body` running with this clock as ``current``, for closures that other tasks run (a
    /// database transaction, a batch of writes): task-local values do not travel with them.
    func binding<Argument, Result>(
        _ body: @escaping @Sendable (Argument) async throws -> Result
    ) -> @Sendable (Argument) async throws -> Result {
        let clock = self
        return { argument in try await AppClock.$current.withValue(clock) { try await body(argument) } }
    }

    /// The current moment.
    public func now() -> Date {
        read()
    }

    /// The calendar day it is in WIB.
    public func today() -> CalendarDate {
        WIBTime.day(of: read())
    }
}

extension Application {
    private struct ClockKey: StorageKey { typealias Value = AppClock }

    /// The clock of this application (``AppClock/system`` unless a test sets another).
    public var clock: AppClock {
        get { storage[ClockKey.self] ?? .system }
        set { storage[ClockKey.self] = newValue }
    }

    /// Runs `body` with this application's clock as ``AppClock/current``.
    public func withClock<T>(_ body: () async throws -> T) async rethrows -> T {
        try await AppClock.$current.withValue(clock, operation: body)
    }
}

extension Request {
    /// The application's clock.
    var clock: AppClock { application.clock }
}

/// Binds the application's clock to the task that answers the request (first in the chain).
struct ClockMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        try await AppClock.$current.withValue(request.application.clock) {
            try await next.respond(to: request)
        }
    }
}
