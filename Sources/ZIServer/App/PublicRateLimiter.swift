import Crypto
import Foundation
import NIOConcurrencyHelpers
import Vapor

/// Limits how many public submissions one client may send per minute, without keeping its
/// address: clients are told apart by an HMAC of the address under a key that lives only in
/// this process and is replaced every hour, and counts are kept for the current minute only.
final class PublicRateLimiter: Sendable {
    private struct State {
        var key = PublicRateLimiter.newKey()
        var keyStarted = Date()
        var minute = 0
        var counts: [String: Int] = [:]
    }

    private let perMinute: Int
    private let clock: @Sendable () -> Date
    private let state = NIOLockedValueBox(State())

    init(perMinute: Int, clock: @escaping @Sendable () -> Date = { Date() }) {
        self.perMinute = perMinute
        self.clock = clock
    }

    /// Counts a submission from `req`'s client; throws 429 with the seconds to wait when the
    /// client already sent its share this minute.
    func admit(_ req: Request) throws {
        let now = clock()
        let address = req.remoteAddress?.ipAddress ?? "unknown"
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
            let client = Data(HMAC<SHA256>.authenticationCode(for: Data(address.utf8), using: SymmetricKey(data: state.key))).base64EncodedString()
            let count = state.counts[client, default: 0]
            guard count < perMinute else { return false }
            state.counts[client] = count + 1
            return true
        }
        guard admitted else {
            let wait = 60 - Int(now.timeIntervalSince1970) % 60
            throw AppError(.tooManyRequests, code: "too_many_submissions", arguments: [String(wait)])
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

    /// The limiter of public submissions.
    var publicRateLimiter: PublicRateLimiter {
        get { storage[PublicRateLimiterKey.self]! }
        set { storage[PublicRateLimiterKey.self] = newValue }
    }
}
