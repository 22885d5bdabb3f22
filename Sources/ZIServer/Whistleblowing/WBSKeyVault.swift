import Foundation
import NIOConcurrencyHelpers
import Vapor
import ZICore

/// Handlers' unlocked private keys, in this process's memory only and never in the database:
/// one per login session, kept while the session lasts and the key is used at least every
/// ``idleLimit``; dropped at logout, at the handler's "kunci" button, and when either limit
/// passes. Another instance behind a load balancer does not share it: there the handler
/// unlocks again.
final class WBSKeyVault: Sendable {
    private struct Entry {
        let userID: UUID
        let key: CryptoBox<HandlerPrivateKey>
        let sessionExpiresAt: Date
        var lastUsed: Date
    }

    let idleLimit: TimeInterval
    private let entries = NIOLockedValueBox<[UUID: Entry]>([:])

    init(idleLimit: TimeInterval) {
        self.idleLimit = idleLimit
    }

    /// Keeps `key` for the session of `current`.
    func keep(_ key: HandlerPrivateKey, for current: CurrentUser, now: Date = AppClock.current.now()) {
        entries.withLockedValue { entries in
            Self.sweep(&entries, now: now, idleLimit: idleLimit)
            entries[current.sessionID] = Entry(userID: current.id, key: CryptoBox(key), sessionExpiresAt: current.expiresAt, lastUsed: now)
        }
    }

    /// The key unlocked in the session of `current`, if it is still fresh (which keeps it fresh).
    func key(for current: CurrentUser, now: Date = AppClock.current.now()) -> HandlerPrivateKey? {
        entries.withLockedValue { entries -> CryptoBox<HandlerPrivateKey>? in
            Self.sweep(&entries, now: now, idleLimit: idleLimit)
            guard var entry = entries[current.sessionID], entry.userID == current.id else { return nil }
            entry.lastUsed = now
            entries[current.sessionID] = entry
            return entry.key
        }?.value
    }

    /// Whether the session of `current` holds an unlocked key.
    func isUnlocked(_ current: CurrentUser) -> Bool {
        key(for: current) != nil
    }

    /// Drops the key of one session (logout, or the handler locks it).
    func forget(sessionID: UUID) {
        _ = entries.withLockedValue { $0.removeValue(forKey: sessionID) }
    }

    private static func sweep(_ entries: inout [UUID: Entry], now: Date, idleLimit: TimeInterval) {
        entries = entries.filter { $0.value.sessionExpiresAt > now && now.timeIntervalSince($0.value.lastUsed) < idleLimit }
    }
}

extension Application {
    private struct WBSKeyVaultKey: StorageKey { typealias Value = WBSKeyVault }

    /// The unlocked handler keys of this instance.
    var wbsKeyVault: WBSKeyVault {
        get { storage[WBSKeyVaultKey.self]! }
        set { storage[WBSKeyVaultKey.self] = newValue }
    }
}
