import Fluent
import Foundation
import NIOConcurrencyHelpers
import Vapor
import ZICore

/// The holiday calendar, kept for a minute: every public complaint needs it for its first due
/// date, and the table changes a few times a year. A change made by this instance is seen at
/// once (``invalidate()``); one made by another instance within ``lifetime``.
final class HolidayCache: Sendable {
    /// How long a loaded calendar is used.
    static let lifetime: TimeInterval = 60

    private let state = NIOLockedValueBox<(calendar: WorkingCalendar, loadedAt: Date)?>(nil)

    /// The calendar, loaded from `db` when none is kept or it is older than ``lifetime``.
    func calendar(on db: any Database, now: Date = AppClock.current.now()) async throws -> WorkingCalendar {
        if let kept = state.withLockedValue({ $0 }), now.timeIntervalSince(kept.loadedAt) < Self.lifetime { return kept.calendar }
        let calendar = try await Holidays.calendar(on: db)
        state.withLockedValue { $0 = (calendar, now) }
        return calendar
    }

    /// Forgets the kept calendar (after a holiday was set or removed).
    func invalidate() {
        state.withLockedValue { $0 = nil }
    }
}

extension Application {
    private struct HolidayCacheKey: StorageKey { typealias Value = HolidayCache }

    /// The holiday calendar cache of this instance.
    var holidayCache: HolidayCache {
        if let cache = storage[HolidayCacheKey.self] { return cache }
        let cache = HolidayCache()
        storage[HolidayCacheKey.self] = cache
        return cache
    }
}
