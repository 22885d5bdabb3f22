import Foundation
import ZICore

/// Days as stored (`YYYY-MM-DD`) and as shown (`22 November 2026`).
enum WBSDay {
    static func today() -> String { AppClock.current.today().description }

    static func text(_ stored: String) -> String {
        CalendarDate(iso: stored).map(IndonesianDate.format) ?? stored
    }

    /// Midnight WIB of today: the only time a reporter's message carries.
    static func startOfToday() -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = WIBTime.zone
        return calendar.startOfDay(for: AppClock.current.now())
    }
}
