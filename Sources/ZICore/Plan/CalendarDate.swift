import Foundation

/// A day of the Gregorian calendar (year, month, day) with no time and no time zone,
/// so that a due date can never shift by a day when it crosses a server boundary.
///
/// Encodes to and decodes from JSON as an ISO 8601 date string, `YYYY-MM-DD`.
public struct CalendarDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A date, or `nil` when the day does not exist (31 April, 29 February 2025 …).
    public init?(year: Int, month: Int, day: Int) {
        guard CalendarDate.years.contains(year), (1...12).contains(month),
            (1...CalendarDate.daysIn(year: year, month: month)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The years a date may have: those written with four digits.
    public static let years = 1...9999

    /// Parses `YYYY-MM-DD`; `nil` for any other shape or a day that does not exist.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The first day of a month.
    static func startOf(year: Int, month: Int) -> CalendarDate {
        CalendarDate(checkedYear: year, month: month, day: 1)
    }

    /// The last day of a month (28, 29, 30 or 31).
    static func endOf(year: Int, month: Int) -> CalendarDate {
        CalendarDate(checkedYear: year, month: month, day: daysIn(year: year, month: month))
    }

    /// Number of days in a month of the Gregorian calendar.
    static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The date `days` days later (earlier when negative), clamped to the years a date may have.
    public func adding(days: Int) -> CalendarDate {
        var date = self
        var remaining = days
        while remaining > 0 {
            let left = Self.daysIn(year: date.year, month: date.month) - date.day
            if remaining <= left { return CalendarDate(checkedYear: date.year, month: date.month, day: date.day + remaining) }
            remaining -= left + 1
            guard date.month < 12 || date.year < Self.years.upperBound else { return date }
            date = date.month == 12 ? Self.startOf(year: date.year + 1, month: 1) : Self.startOf(year: date.year, month: date.month + 1)
        }
        while remaining < 0 {
            if -remaining < date.day { return CalendarDate(checkedYear: date.year, month: date.month, day: date.day + remaining) }
            remaining += date.day
            guard date.month > 1 || date.year > Self.years.lowerBound else { return date }
            date = date.month == 1 ? Self.endOf(year: date.year - 1, month: 12) : Self.endOf(year: date.year, month: date.month - 1)
        }
        return date
    }

    private static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// A date whose parts are known to be valid (callers have checked or clamped them).
    init(checkedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        let yyyy = String(year).leftPadded(to: 4)
        return "\(yyyy)-\(String(month).leftPadded(to: 2))-\(String(day).leftPadded(to: 2))"
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = CalendarDate(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Expected a calendar date YYYY-MM-DD, found \"\(text)\"")
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension String {
    /// The text with zeros in front up to `width` characters (`7` → `07`).
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
