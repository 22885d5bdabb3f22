import Foundation

/// Locks an account for a while after repeated failed logins.
public struct LoginThrottle: Sendable {
    /// Failed attempts in a row that lock the account.
    public let maxFailures: Int
    /// How long the account stays locked.
    public let lockDuration: TimeInterval

    public init(maxFailures: Int = 5, lockDuration: TimeInterval = 15 * 60) {
        self.maxFailures = maxFailures
        self.lockDuration = lockDuration
    }

    /// The state kept per account.
    public struct State: Equatable, Sendable {
        public var failures: Int
        public var lockedUntil: Date?

        public init(failures: Int, lockedUntil: Date?) {
            self.failures = failures
            self.lockedUntil = lockedUntil
        }
    }

    /// Whether the account is locked at `now`.
    public func isLocked(_ state: State, at now: Date) -> Bool {
        guard let until = state.lockedUntil else { return false }
        return until > now
    }

    /// The state after a failed attempt: once `maxFailures` is reached the account locks and the count restarts.
    public func afterFailure(_ state: State, at now: Date) -> State {
        let failures = (state.lockedUntil.map { $0 <= now } ?? false) ? 1 : state.failures + 1
        if failures >= maxFailures {
            return State(failures: 0, lockedUntil: now.addingTimeInterval(lockDuration))
        }
        return State(failures: failures, lockedUntil: state.lockedUntil.flatMap { $0 > now ? $0 : nil })
    }
}
