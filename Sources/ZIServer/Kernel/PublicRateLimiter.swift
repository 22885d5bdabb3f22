import Crypto
import Foundation
import NIOConcurrencyHelpers
import Vapor

/// Limits how many public submissions one client may send per minute, without keeping its
/// address: clients are told apart by an HMAC of the address (see ``ClientAddress``: behind a
/// trusted proxy, the forwarded one; an IPv6 client by its /64) under a key that lives only in
/// this process and is replaced every hour, and counts are kept for the current minute only.
/// Each ``Budget`` is counted apart, so guessing WBS receipts does not use up complaints.
final class PublicRateLimiter: Sendable {
    /// What a submission is counted against.
    enum Budget: String, Sendable {
        /// Complaints, survey answers and WBS reports.
        case submissions
        /// Looking up a complaint's tracking code or a WBS receipt.
        case lookups
        /// Failed logins (each one costs a Bcrypt), whatever the account.
        case loginFailures
    }

    private struct State {
        var key = PublicRateLimiter.newKey()
        var keyStarted = AppClock.current.now()
        var minute = 0
        var counts: [String: Int] = [:]
    }

    private let perMinute: Int
    private let state = NIOLockedValueBox(State())

    /// Minutes are those of the request's clock (``AppClock/current``).
    init(perMinute: Int) {
        self.perMinute = perMinute
    }

    /// Counts a submission from `req`'s client; throws 429 with the seconds to wait when the
    /// client already sent its share this minute.
    func admit(_ req: Request, budget: Budget = .submissions) throws {
        try count(req, budget: budget, consume: true)
    }

    /// Throws the same 429 when the client has no submission left this minute, without counting
    /// one: checked before a form's body is read, so an exhausted client is refused at once.
    func ensureRemaining(_ req: Request, budget: Budget = .submissions) throws {
        try count(req, budget: budget, consume: false)
    }

    /// Counts a call under `key` (e.g. an API token's id) instead of the client's address.
    func admit(key: String) throws {
        try count(key: "key " + key, budget: .submissions, consume: true)
    }

    private func count(_ req: Request, budget: Budget, consume: Bool) throws {
        try count(key: budget.rawValue + " " + req.application.clientAddress.key(for: req), budget: budget, consume: consume)
    }

    private func count(key address: String, budget: Budget, consume: Bool) throws {
        let now = AppClock.current.now()
        let minute = Int(now.timeIntervalSince1970) / 60
        let admitted = state.withLockedValue { state -> Bool in
            if now.timeIntervalSince(state.keyStarted) > 3600 {
                state.key = Self.newKey()
                state.keyStarted = now
            }
            if state.minute != minute {
                state.minute = minute
                state.counts = [:]
            }
            let client = Data(HMAC<SHA256>.authenticationCode(for: Data(address.utf8), using: SymmetricKey(data: state.key)))
                .base64EncodedString()
            let count = state.counts[client, default: 0]
            guard count < perMinute else { return false }
            if consume { state.counts[client] = count + 1 }
            return true
        }
        guard admitted else {
            let wait = 60 - Int(now.timeIntervalSince1970) % 60
            throw AppError(
                .tooManyRequests, code: budget == .loginFailures ? "too_many_login_attempts" : "too_many_submissions",
                arguments: [String(wait)])
        }
    }
}

extension PublicRateLimiter {
    /// 32 random bytes for the HMAC key.
    fileprivate static func newKey() -> Data {
        SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
    }
}

extension Application {
    private struct PublicRateLimiterKey: StorageKey { typealias Value = PublicRateLimiter }

    private struct PortalRBRateLimiterKey: StorageKey { typealias Value = PublicRateLimiter }

    /// The limiter of PortalRB's calls, per token (`SIZI_PORTALRB_REQUESTS_PER_MINUTE`).
    var portalRBRateLimiter: PublicRateLimiter {
        get { storage[PortalRBRateLimiterKey.self]! }
        set { storage[PortalRBRateLimiterKey.self] = newValue }
    }

    /// The limiter of public submissions.
    var publicRateLimiter: PublicRateLimiter {
        get { storage[PublicRateLimiterKey.self]! }
        set { storage[PublicRateLimiterKey.self] = newValue }
    }
}
