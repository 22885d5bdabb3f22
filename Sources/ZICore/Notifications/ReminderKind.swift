/// What a reminder is about: each deadline SIZI sends reminders for, due soon or overdue.
/// A person may turn each kind off (see the notification preferences).
public enum ReminderKind: String, CaseIterable, Sendable, Codable, Labelled {
    /// A plan action the person is PIC of has a due date within ``ReminderTiming/dueSoonDays``.
    case actionDueSoon = "action_due_soon"
    /// A plan action the person is PIC of is past a due date without its evidence.
    case actionOverdue = "action_overdue"
    /// A complaint assigned to the person is due to leave its stage within the lead time.
    case complaintDueSoon = "complaint_due_soon"
    /// A complaint assigned to the person is past its stage's due date.
    case complaintOverdue = "complaint_overdue"
    /// A step of a gratification report (the reporter's own, or one the person handles as UPG)
    /// is due soon.
    case gratificationDueSoon = "gratification_due_soon"
    /// Such a step is overdue (for the UPG: also the KPK's limit).
    case gratificationOverdue = "gratification_overdue"
    /// A unit's LHKPN/LHKASN filings of the year are due soon and not all filed (to the register's keepers).
    case assetReportDueSoon = "asset_report_due_soon"
    /// They are past their due date and not all filed.
    case assetReportOverdue = "asset_report_overdue"
    /// An assessment was submitted and waits for the TPI's review (to the unit's evaluators).
    case reviewWaiting = "review_waiting"
    /// A whistleblowing report waits for a handler (to the unit's handlers; never its content).
    case whistleblowingWaiting = "wbs_waiting"
    /// The agency's proposal list of the year is not confirmed and its cut-off is near (to those
    /// who manage the agency's proposals).
    case proposalCutoff = "proposal_cutoff"

    public static let labelGroup = "reminder_kind"
}

/// When a deadline earns a reminder: once when it comes within the lead time, once when it
/// has passed — never twice for the same deadline (the date is part of the reminder's key).
public enum ReminderTiming {
    /// Calendar days before a due date that the "due soon" reminder goes out.
    public static let dueSoonDays = 3

    /// Which reminder `due` earns on `today`, if any.
    public static func phase(due: CalendarDate, today: CalendarDate) -> Phase? {
        if due < today { return .overdue }
        return due <= today.adding(days: dueSoonDays) ? .dueSoon : nil
    }

    /// Due soon, or overdue.
    public enum Phase: Sendable, Equatable {
        case dueSoon, overdue
    }

    /// The key that makes a reminder unique: kind, the record and the due date.
    public static func key(_ kind: ReminderKind, record: String, due: CalendarDate) -> String {
        "\(kind.rawValue):\(record):\(due)"
    }
}

/// How a person wants reminders by e-mail: each one as it comes, one digest a day, or none
/// (reminders still appear in the app).
public enum ReminderEmailMode: String, CaseIterable, Sendable, Codable, Labelled {
    case immediate = "segera"
    case digest = "ringkasan_harian"
    case off = "tidak"

    public static let labelGroup = "reminder_email_mode"
}

/// How long a failed e-mail waits before the next attempt, and when it stops trying.
public enum DeliveryBackoff {
    /// Attempts after the first failure wait 1, 5, 30 minutes, then 2 and 12 hours.
    public static let waits: [Int] = [60, 300, 1_800, 7_200, 43_200]

    /// Seconds to wait after the `attempts`-th failed attempt, or nil when it should stop.
    public static func wait(afterAttempts attempts: Int) -> Int? {
        attempts >= 1 && attempts <= waits.count ? waits[attempts - 1] : nil
    }
}
