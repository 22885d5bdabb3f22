/// A unit's time limits for complaints, in working days, after SP4N-LAPOR!: verification and
/// forwarding within 3 working days of receipt, the unit's follow-up within 5 working days of
/// forwarding (or a longer limit on the investigation track, chosen per complaint with a
/// reason), and automatic closing when the reporter has not answered a follow-up for 10
/// working days.
public struct ComplaintDeadlines: Sendable, Codable, Equatable {
    /// From receipt until the complaint is verified and forwarded (didisposisikan), rejected or
    /// forwarded to another body.
    public var verifyDays: Int
    /// From forwarding until the unit's follow-up, on the standard track.
    public var followUpDays: Int
    /// The same on the investigation track.
    public var investigationDays: Int
    /// How long the reporter may leave a follow-up unanswered before the complaint closes.
    public var reporterSilenceDays: Int

    public init(verifyDays: Int, followUpDays: Int, investigationDays: Int, reporterSilenceDays: Int) {
        self.verifyDays = verifyDays
        self.followUpDays = followUpDays
        self.investigationDays = investigationDays
        self.reporterSilenceDays = reporterSilenceDays
    }

    /// SP4N-LAPOR!'s limits (3, 5, closing after 10); 60 for investigations, the limit published
    /// service standards give complaints that need an examination.
    public static let standard = ComplaintDeadlines(verifyDays: 3, followUpDays: 5, investigationDays: 60, reporterSilenceDays: 10)

    /// The range each limit may be set to.
    public static let allowedDays = 1...90

    /// The working days the follow-up may take on `track`.
    public func followUpDays(on track: ComplaintTrack) -> Int {
        track == .investigation ? investigationDays : followUpDays
    }

    /// The day a complaint in `status` is due to leave it: the end of verification for diterima
    /// and diverifikasi (counted from receipt), the end of the follow-up for didisposisikan and
    /// diproses (counted from forwarding); nil for an ended complaint.
    public func due(_ status: ComplaintStatus, in timeline: ComplaintTimeline, calendar: WorkingCalendar) -> CalendarDate? {
        switch status {
        case .diterima, .diverifikasi: calendar.adding(workingDays: verifyDays, to: timeline.receivedOn)
        case .didisposisikan, .diproses:
            calendar.adding(workingDays: followUpDays(on: timeline.track), to: timeline.forwardedOn ?? timeline.receivedOn)
        case .selesai, .ditolak, .dialihkan: nil
        }
    }

    /// The day a complaint whose follow-up the reporter has not answered since `day` closes on
    /// its own: the first day after the silence allowed.
    public func closesUnanswered(followedUpOn day: CalendarDate, calendar: WorkingCalendar) -> CalendarDate {
        calendar.adding(workingDays: reporterSilenceDays + 1, to: day)
    }

    /// Whether each part of a complaint's handling kept its limit: nil for a part not done yet.
    public func timeliness(of timeline: ComplaintTimeline, calendar: WorkingCalendar) -> ComplaintTimeliness {
        let verification = timeline.forwardedOn.map { $0 <= calendar.adding(workingDays: verifyDays, to: timeline.receivedOn) }
        let followUp = timeline.answeredOn.map { answered in
            answered <= calendar.adding(workingDays: followUpDays(on: timeline.track), to: timeline.forwardedOn ?? timeline.receivedOn)
        }
        return ComplaintTimeliness(verifiedOnTime: verification, followedUpOnTime: followUp)
    }
}

/// The days that decide a complaint's deadlines.
public struct ComplaintTimeline: Sendable, Equatable {
    public var receivedOn: CalendarDate
    /// The day it left verification: forwarded for follow-up, rejected or sent to another body.
    public var forwardedOn: CalendarDate?
    /// The day the unit gave its follow-up: the first follow-up reply, or the day it was
    /// marked finished without one.
    public var answeredOn: CalendarDate?
    public var track: ComplaintTrack

    public init(
        receivedOn: CalendarDate, forwardedOn: CalendarDate? = nil, answeredOn: CalendarDate? = nil, track: ComplaintTrack = .standard
    ) {
        self.receivedOn = receivedOn
        self.forwardedOn = forwardedOn
        self.answeredOn = answeredOn
        self.track = track
    }
}

/// Whether a complaint was verified and forwarded, and followed up, within its limits (nil: not
/// done yet).
public struct ComplaintTimeliness: Sendable, Equatable {
    public var verifiedOnTime: Bool?
    public var followedUpOnTime: Bool?

    public init(verifiedOnTime: Bool?, followedUpOnTime: Bool?) {
        self.verifiedOnTime = verifiedOnTime
        self.followedUpOnTime = followedUpOnTime
    }

    /// Late in any part already done.
    public var isLate: Bool { verifiedOnTime == false || followedUpOnTime == false }
}

/// How a complaint is followed up: the standard limit, or the longer one for complaints that
/// need an investigation (chosen per complaint, with the reason recorded).
public enum ComplaintTrack: String, CaseIterable, Sendable, Codable, Labelled {
    case standard = "biasa"
    case investigation = "pemeriksaan"

    public static let labelGroup = "complaint_track"
}
