import Foundation
import ZICore

/// Western Indonesia Time (UTC+7), the time zone SIZI shows times and judges due dates in.
enum WIBTime {
    static let zone = TimeZone(identifier: "Asia/Jakarta")!

    /// A moment as `22-11-2026 16:05 WIB`.
    static func format(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = zone
        formatter.dateFormat = "dd-MM-yyyy HH:mm"
        return formatter.string(from: date) + " WIB"
    }

    /// The calendar day it is in WIB at `now` (the current day: ``AppClock/today()``).
    static func day(of now: Date) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
