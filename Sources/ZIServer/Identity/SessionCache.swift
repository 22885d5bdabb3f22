import Foundation
import Vapor

/// A short-lived, per-instance cache of authenticated sessions, so that a burst of
/// requests with the same token does not query the database each time.
///
/// Entries live at most `ttl` seconds (`SIZI_SESSION_CACHE_SECONDS`, default 5; 0 turns the
/// cache off). This instance drops a user's entries as soon as it logs them out, disables
/// them, changes their password or roles; another instance sharing the database notices
/// such a change within `ttl` at the latest.
final class SessionCache: @unchecked Sendable {
    private struct Entry {
        let current: CurrentUser
        let storedAt: Date
    }

    private let ttl: TimeInterval
    private let capacity: Int
    private let lock = NSLock()
    private var entries: [String: Entry] = [:]

    init(ttl: TimeInterval, capacity: Int = 10_000) {
        self.ttl = ttl
        self.capacity = capacity
    }

    /// The cached session for a token hash, if still fresh and not expired.
    func get(_ tokenHash: String, now: Date = AppClock.current.now()) -> CurrentUser? {
        guard ttl > 0 else { return nil }
        return lock.withLock {
            guard let entry = entries[tokenHash] else { return nil }
            guard now.timeIntervalSince(entry.storedAt) < ttl, entry.current.expiresAt > now else {
                entries[tokenHash] = nil
                return nil
            }
            return entry.current
        }
    }

    func put(_ tokenHash: String, _ current: CurrentUser, now: Date = AppClock.current.now()) {
        guard ttl > 0 else { return }
        lock.withLock {
            if entries.count >= capacity {
                entries = entries.filter { now.timeIntervalSince($0.value.storedAt) < ttl }
                if entries.count >= capacity { entries.removeAll() }
            }
            entries[tokenHash] = Entry(current: current, storedAt: now)
        }
    }

    /// Forgets every session of a user (after their account or roles changed).
    func invalidate(userID: UUID) {
        lock.withLock { entries = entries.filter { $0.value.current.id != userID } }
    }

    /// Forgets one session (after logout).
    func invalidate(sessionID: UUID) {
        lock.withLock { entries = entries.filter { $0.value.current.sessionID != sessionID } }
    }
}

extension Application {
    private struct SessionCacheKey: StorageKey { typealias Value = SessionCache }

    var sessionCache: SessionCache {
        get { storage[SessionCacheKey.self]! }
        set { storage[SessionCacheKey.self] = newValue }
    }
}
