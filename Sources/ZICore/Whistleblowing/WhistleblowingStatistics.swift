/// A unit's whistleblowing counts for one period (a month, a quarter or a half year), month by
/// month: what monev and the LKE (A.I.5.iv, the WBS is applied and evaluated) need, computed
/// from status and dates only, never from a report's content.
public struct WhistleblowingStatistics: Codable, Equatable, Sendable {
    /// The counts of one month of the period.
    public struct Month: Codable, Equatable, Sendable {
        /// `2026-M03`.
        public let period: String
        /// `Maret 2026`.
        public let label: String
        /// Reports submitted in the month.
        public let received: Int
        /// Reports closed in the month, whenever they were submitted.
        public let closed: Int
    }

    /// The period's key (`2026-Q1`) and label (`Triwulan I 2026`).
    public let period: String
    public let periodLabel: String
    /// First and last day, `YYYY-MM-DD`.
    public let from: String
    public let to: String
    /// Reports submitted in the period.
    public let received: Int
    /// Reports closed in the period, whenever they were submitted.
    public let closed: Int
    /// The reports submitted in the period by their status now (every status, zeros included).
    public let byStatus: [String: Int]
    /// Of those, how many were taken up (moved past *baru*).
    public let followedUp: Int
    /// Reports submitted by the end of the period and not closed by then.
    public let openAtEnd: Int
    /// Month by month.
    public let months: [Month]

    /// The counts of `cases` for `period`; `names` names the period and its months.
    public init(_ cases: [WhistleblowingCaseDates], period: MonitoringPeriod, names: LabelNames) {
        let span = period.span
        let received = cases.filter { span.contains($0.submittedOn) }
        self.period = period.key
        periodLabel = names(period)
        from = span.start.description
        to = span.end.description
        self.received = received.count
        closed = cases.filter { $0.closedOn.map(span.contains) ?? false }.count
        byStatus = Dictionary(
            uniqueKeysWithValues: WhistleblowingStatus.allCases.map { status in
                (status.rawValue, received.filter { $0.status == status }.count)
            })
        followedUp = received.filter { $0.status != .baru }.count
        openAtEnd = cases.filter { $0.submittedOn <= span.end && ($0.closedOn.map { $0 > span.end } ?? true) }.count
        months = Self.months(of: span).map { month in
            Month(
                period: month.key, label: names(month), received: cases.filter { month.contains($0.submittedOn) }.count,
                closed: cases.filter { $0.closedOn.map(month.contains) ?? false }.count)
        }
    }

    /// The months a span covers, in order.
    private static func months(of span: CalendarSpan) -> [MonitoringPeriod] {
        var months = [MonitoringCadence.bulanan.period(containing: span.start)]
        while let last = months.last, last.span.end < span.end {
            months.append(MonitoringCadence.bulanan.period(containing: last.span.end.adding(days: 1)))
        }
        return months
    }
}
