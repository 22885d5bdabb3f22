/// One monitoring period of a ``MonitoringCadence``: a month, a quarter or a half year.
///
/// A period is identified by a stable text ``key`` (`2025-M01`, `2025-Q1`, `2025-S2`),
/// under which the realisations of an action are stored; it encodes to and decodes from
/// JSON as that key. Periods order by their spans (earlier first, the shorter of two
/// periods that start together first).
public struct MonitoringPeriod: Hashable, Comparable, Sendable, Codable {
    /// The cadence the period belongs to.
    public let cadence: MonitoringCadence
    /// The calendar year.
    public let year: Int
    /// Position within the year, from 1 (January, Triwulan I, Semester I).
    public let index: Int

    /// A period, or `nil` when the year has no such period (`Triwulan V`) or the year
    /// cannot be a ``CalendarDate`` year.
    public init?(cadence: MonitoringCadence, year: Int, index: Int) {
        guard CalendarDate.years.contains(year),
            let period = Period(unit: cadence.unit, year: year, index: index)
        else { return nil }
        self.init(cadence: cadence, period: period)
    }

    /// Parses a ``key``; `nil` for any other text (`2025-M1`, `2025-Q5`, `2025-q1` …).
    public init?(key: String) {
        let parts = key.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, let year = Self.number(parts[0]),
            let letter = parts[1].first,
            let cadence = MonitoringCadence.allCases.first(where: { $0.keyLetter == letter }),
            parts[1].count == 1 + cadence.keyIndexWidth,
            let index = Self.number(parts[1].dropFirst())
        else { return nil }
        self.init(cadence: cadence, year: year, index: index)
    }

    init(cadence: MonitoringCadence, period: Period) {
        self.cadence = cadence
        year = period.year
        index = period.index
    }

    /// The days of the period, first to last.
    public var span: CalendarSpan {
        // A period always starts before it ends.
        CalendarSpan(start: period.start, end: period.end)!
    }

    /// Stable text key: the year, the cadence letter (`M`onth, `Q`uarter, `S`emester) and
    /// the index, two digits for months: `2025-M01`, `2025-Q1`, `2025-S2`.
    public var key: String {
        let yyyy = String(year).leftPadded(to: 4)
        return "\(yyyy)-\(cadence.keyLetter)\(String(index).leftPadded(to: cadence.keyIndexWidth))"
    }

    /// Whether `date` falls in the period.
    public func contains(_ date: CalendarDate) -> Bool {
        span.contains(date)
    }

    public static func < (lhs: MonitoringPeriod, rhs: MonitoringPeriod) -> Bool {
        lhs.span < rhs.span
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let period = MonitoringPeriod(key: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "Expected a monitoring period key such as 2025-Q1, found \"\(text)\"")
        }
        self = period
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(key)
    }

    var period: Period {
        // Valid by construction: every initialiser goes through `Period`.
        Period(unit: cadence.unit, year: year, index: index)!
    }

    private static func number(_ digits: Substring) -> Int? {
        digits.allSatisfy { $0.isASCII && $0.isNumber } ? Int(digits) : nil
    }
}
