import ZICore

/// The evaluation of complaint handling (evaluasi penanganan pengaduan) of a unit for a
/// month, triwulan or semester: what was received, through which channels, about which
/// services, where it stands, how fast it was finished, and the three counts the LKE asks.
///
/// Plain data the server computes from its records; ``ComplaintEvaluationDOCX`` and
/// ``ComplaintEvaluationXLSX`` render it.
public struct ComplaintEvaluation: Sendable, Equatable {
    /// The work unit.
    public var unitName: String
    /// The period as it is to be printed (`Triwulan III 2026`, `Semester I 2026`, `Juli 2026`).
    public var periodLabel: String
    /// The first day of the period.
    public var periodStart: CalendarDate
    /// The last day of the period.
    public var periodEnd: CalendarDate
    /// The day the evaluation is made.
    public var generatedOn: CalendarDate
    /// Complaints received in the period.
    public var received: Int
    /// Those received, by channel; a channel without an entry counts 0.
    public var byChannel: [ComplaintChannel: Int]
    /// Those received, by kind; a kind without an entry counts 0.
    public var byKind: [ComplaintKind: Int]
    /// Those received, by category or service, in the order to print; complaints without one
    /// belong under a label such as `Tanpa kategori`, so that the counts add up to ``received``.
    public var byService: [LabelledCount]
    /// Those received, by current status; a status without an entry counts 0.
    public var byStatus: [ComplaintStatus: Int]
    /// How fast complaints were finished.
    public var timeliness: Timeliness
    /// The inputs of the LKE question "Persentase penanganan pengaduan masyarakat".
    public var lke: LKEInputs

    /// An evaluation of `unitName` for `periodLabel`.
    public init(
        unitName: String, periodLabel: String, periodStart: CalendarDate, periodEnd: CalendarDate, generatedOn: CalendarDate,
        received: Int, byChannel: [ComplaintChannel: Int], byKind: [ComplaintKind: Int], byService: [LabelledCount],
        byStatus: [ComplaintStatus: Int], timeliness: Timeliness, lke: LKEInputs
    ) {
        self.unitName = unitName
        self.periodLabel = periodLabel
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.generatedOn = generatedOn
        self.received = received
        self.byChannel = byChannel
        self.byKind = byKind
        self.byService = byService
        self.byStatus = byStatus
        self.timeliness = timeliness
        self.lke = lke
    }

    /// How fast the complaints of the period were finished, in working days.
    public struct Timeliness: Sendable, Equatable {
        /// Finished within their deadlines.
        public var finishedOnTime: Int
        /// Finished after a deadline.
        public var finishedLate: Int
        /// The mean working days from receipt to finishing; `nil` when none finished.
        public var averageWorkingDays: Double?
        /// The most working days one took; `nil` when none finished.
        public var maximumWorkingDays: Int?
        /// Complaints still open past their due date at the end of the period.
        public var overdueOpen: Int
        /// Verified and forwarded (or rejected, or sent elsewhere) within the unit's limit, and later.
        public var verifiedOnTime: Int
        public var verifiedLate: Int

        /// Timeliness with the given counts.
        public init(
            finishedOnTime: Int, finishedLate: Int, averageWorkingDays: Double?, maximumWorkingDays: Int?, overdueOpen: Int,
            verifiedOnTime: Int = 0, verifiedLate: Int = 0
        ) {
            self.verifiedOnTime = verifiedOnTime
            self.verifiedLate = verifiedLate
            self.finishedOnTime = finishedOnTime
            self.finishedLate = finishedLate
            self.averageWorkingDays = averageWorkingDays
            self.maximumWorkingDays = maximumWorkingDays
            self.overdueOpen = overdueOpen
        }

        /// All finished, on time or late.
        public var finished: Int { finishedOnTime + finishedLate }
        /// All past verification, on time or late.
        public var verified: Int { verifiedOnTime + verifiedLate }
    }

    /// The inputs (`Jumlah`) of LKE question A.II.5.ii.a (PermenPANRB 90/2021), whose value is
    /// finished ÷ to follow up.
    public struct LKEInputs: Sendable, Equatable {
        /// Jumlah pengaduan masyarakat yang harus ditindaklanjuti: every complaint of the period
        /// that needs a follow-up (finished, in process or still waiting).
        public var toFollowUp: Int
        /// Jumlah pengaduan masyarakat yang sedang diproses.
        public var inProcess: Int
        /// Jumlah pengaduan masyarakat yang selesai ditindaklanjuti.
        public var finished: Int

        /// The three counts.
        public init(toFollowUp: Int, inProcess: Int, finished: Int) {
            self.toFollowUp = toFollowUp
            self.inProcess = inProcess
            self.finished = finished
        }
    }
}
