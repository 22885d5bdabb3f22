import Foundation
import NIOConcurrencyHelpers

/// A small in-memory cache whose entries live for a fixed time; when it holds `capacity`
/// entries it starts afresh, so an attacker asking for many keys cannot make it grow.
final class ExpiringCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let lifetime: TimeInterval
    private let capacity: Int
    private let entries = NIOLockedValueBox<[Key: (value: Value, storedAt: Date)]>([:])

    init(lifetime: TimeInterval, capacity: Int) {
        self.lifetime = lifetime
        self.capacity = capacity
    }

    /// The kept value of `key`, or `make()`'s, which is then kept.
    func value(for key: Key, now: Date = AppClock.current.now(), make: () async throws -> Value) async rethrows -> Value {
        if let kept = kept(key, now: now) { return kept }
        return keep(try await make(), for: key, now: now)
    }

    /// The kept value of `key`, or `make()`'s, which is then kept (for callers that do not wait).
    func value(for key: Key, now: Date = AppClock.current.now(), make: () throws -> Value) rethrows -> Value {
        if let kept = kept(key, now: now) { return kept }
        return keep(try make(), for: key, now: now)
    }

    private func kept(_ key: Key, now: Date) -> Value? {
        guard let kept = entries.withLockedValue({ $0[key] }), now.timeIntervalSince(kept.storedAt) < lifetime else { return nil }
        return kept.value
    }

    private func keep(_ value: Value, for key: Key, now: Date) -> Value {
        entries.withLockedValue { entries in
            if entries.count >= capacity { entries.removeAll() }
            entries[key] = (value, now)
        }
        return value
    }
}
