import ZICore

/// One complaint (pengaduan masyarakat) as the register export lists it, with the fields
/// SP4N-LAPOR! uses. Plain data the server maps from its records; never the reporter's
/// identity, never the complaint's text.
public struct ComplaintExportRow: Sendable, Equatable {
    /// The complaint's public number (nomor pelacakan) as staff and SP4N-LAPOR! quote it: the
    /// unit's register number (`2026/000001`) or the public prefix of the tracking code —
    /// never a full tracking code, which lets anyone holding it follow the complaint.
    public var trackingNumber: String
    /// The day it was received.
    public var receivedOn: CalendarDate
    /// How it reached the unit.
    public var channel: ComplaintChannel
    /// Pengaduan, aspirasi or permintaan informasi.
    public var kind: ComplaintKind
    /// The category or service it is about, if known.
    public var category: String?
    /// Its title (judul laporan).
    public var title: String
    /// Where it stands.
    public var status: ComplaintStatus
    /// The day it was verified, if it was.
    public var verifiedOn: CalendarDate?
    /// The day it was finished (selesai), if it was.
    public var finishedOn: CalendarDate?
    /// The working days from receipt to finishing, if finished.
    public var workingDaysToFinish: Int?
    /// Whether it passed a deadline: finished late, or still open after its due date.
    public var isLate: Bool

    /// A row with every field of the register.
    public init(
        trackingNumber: String, receivedOn: CalendarDate, channel: ComplaintChannel, kind: ComplaintKind, category: String?,
        title: String, status: ComplaintStatus, verifiedOn: CalendarDate?, finishedOn: CalendarDate?, workingDaysToFinish: Int?,
        isLate: Bool
    ) {
        self.trackingNumber = trackingNumber
        self.receivedOn = receivedOn
        self.channel = channel
        self.kind = kind
        self.category = category
        self.title = title
        self.status = status
        self.verifiedOn = verifiedOn
        self.finishedOn = finishedOn
        self.workingDaysToFinish = workingDaysToFinish
        self.isLate = isLate
    }
}
