import Foundation
import NIOConcurrencyHelpers
import Vapor

/// How many bytes of attachments the public may send to one unit per day (complaints and WBS
/// reports together, `SIZI_PUBLIC_UPLOAD_MB_PER_UNIT_DAY`, default 500): the forms are open to
/// anyone, and without a budget one client rotating addresses could fill the disk through them.
/// Counted in memory per instance and per calendar day (UTC); a refused form keeps nothing.
final class PublicUploadQuota: Sendable {
    private struct State {
        var day = ""
        var bytes: [UUID: Int64] = [:]
    }

    private let bytesPerDay: Int64
    private let state = NIOLockedValueBox(State())

    init(bytesPerDay: Int64) {
        self.bytesPerDay = bytesPerDay
    }

    /// Counts `bytes` for `unitID` today; throws 413 `unit_upload_quota` (counting nothing) when
    /// they would pass the unit's budget.
    func admit(_ bytes: Int64, for unitID: UUID, now: Date = AppClock.current.now()) throws {
        guard bytes > 0 else { return }
        let day = String(ISO8601DateFormatter.string(from: now, timeZone: .gmt, formatOptions: [.withFullDate]))
        let admitted = state.withLockedValue { state -> Bool in
            if state.day != day { state = State(day: day) }
            let used = state.bytes[unitID, default: 0]
            guard used + bytes <= bytesPerDay else { return false }
            state.bytes[unitID] = used + bytes
            return true
        }
        guard admitted else { throw AppError(.payloadTooLarge, code: "unit_upload_quota", arguments: [String(bytesPerDay >> 20)]) }
    }
}

extension Application {
    private struct PublicUploadQuotaKey: StorageKey { typealias Value = PublicUploadQuota }

    /// The daily budget of public attachments per unit.
    var publicUploadQuota: PublicUploadQuota {
        get { storage[PublicUploadQuotaKey.self]! }
        set { storage[PublicUploadQuotaKey.self] = newValue }
    }
}
