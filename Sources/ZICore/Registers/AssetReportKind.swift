/// Why an asset report (LHKPN or LHKASN) is due: the yearly report, or the report of an official
/// who took up or left a position.
public enum AssetReportKind: String, CaseIterable, Sendable, Codable, Labelled {
    /// The periodic report on the position held on 31 December, due 31 March of the next year.
    case periodik
    /// On taking up a position that obliges a report: due within 3 months.
    case pengangkatan
    /// On leaving such a position: due within 3 months.
    case berhenti

    public static let labelGroup = "asset_report_kind"

    /// Whether the due date runs from the day of the appointment or the leaving.
    public var needsEventDate: Bool { self != .periodik }
}

/// When an asset report is due and whether a filing kept to it: the periodic report of a
/// register year `Y` (the position held on 31 December `Y-1`) is due on 31 March `Y`; the report
/// of an appointment or a leaving within 3 months of that day (Peraturan KPK 2/2020 on LHKPN;
/// the same dates apply to LHKASN in SIZI).
public enum AssetReportDeadline {
    /// The due date of a report of `kind` in register year `year`; nil when an appointment or
    /// leaving has no date yet.
    public static func due(year: Int, kind: AssetReportKind, eventOn: CalendarDate?) -> CalendarDate? {
        switch kind {
        case .periodik: CalendarDate(year: year, month: 3, day: 31)
        case .pengangkatan, .berhenti: eventOn.map { $0.adding(months: 3) }
        }
    }

    /// Whether a report filed on `filedOn` was on time for `due` (an unknown due date counts as on time).
    public static func isOnTime(filedOn: CalendarDate, due: CalendarDate?) -> Bool {
        due.map { filedOn <= $0 } ?? true
    }
}
