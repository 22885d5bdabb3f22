/// Where a whistleblowing report stands in its handling. The status is kept in clear (it is
/// what the statistics count); why a report was closed is written to the reporter, encrypted.
///
/// baru → ditelaah → diinvestigasi → selesai, and from any open status to *tidak
/// ditindaklanjuti*; a review may also end a report without an investigation (ditelaah →
/// selesai). Both closing statuses need a reason and are final.
public enum WhistleblowingStatus: String, Codable, CaseIterable, Sendable, Labelled {
    /// Received, not yet looked at.
    case baru
    /// Being reviewed: is it within the unit's remit, is there enough to act on?
    case ditelaah
    /// Under investigation.
    case diinvestigasi
    /// Handled to the end.
    case selesai
    /// Not followed up (outside the remit, too little information, …), with the reason.
    case tidakDitindaklanjuti = "tidak_ditindaklanjuti"

    public static let labelGroup = "whistleblowing_status"

    /// The statuses a report may move to from this one.
    public var next: [WhistleblowingStatus] {
        switch self {
        case .baru: [.ditelaah, .tidakDitindaklanjuti]
        case .ditelaah: [.diinvestigasi, .selesai, .tidakDitindaklanjuti]
        case .diinvestigasi: [.selesai, .tidakDitindaklanjuti]
        case .selesai, .tidakDitindaklanjuti: []
        }
    }

    /// Whether the handling has ended (the retention period starts counting then).
    public var isClosed: Bool { next.isEmpty }

    /// Whether moving to this status needs a reason (the closing ones).
    public var needsReason: Bool { isClosed }
}
