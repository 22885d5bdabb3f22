/// An inclusive stretch of calendar days during which a planned activity runs,
/// e.g. 1 January – 31 October 2021 for `Januari s/d Oktober 2021`.
///
/// Encodes to JSON as `{"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"}`.
public struct CalendarSpan: Hashable, Comparable, Sendable, Codable {
    /// First day of the span.
    public let start: CalendarDate
    /// Last day of the span (inclusive).
    public let end: CalendarDate

    /// A span; `nil` when it would end before it starts.
    public init?(start: CalendarDate, end: CalendarDate) {
        guard start <= end else { return nil }
        self.start = start
        self.end = end
    }

    /// Whether `date` lies within the span, both ends included.
    public func contains(_ date: CalendarDate) -> Bool {
        start <= date && date <= end
    }

    public static func < (lhs: CalendarSpan, rhs: CalendarSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }

    private enum CodingKeys: String, CodingKey { case start, end }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let start = try container.decode(CalendarDate.self, forKey: .start)
        let end = try container.decode(CalendarDate.self, forKey: .end)
        guard let span = CalendarSpan(start: start, end: end) else {
            throw DecodingError.dataCorruptedError(
                forKey: .end, in: container, debugDescription: "A span cannot end before it starts")
        }
        self = span
    }
}
