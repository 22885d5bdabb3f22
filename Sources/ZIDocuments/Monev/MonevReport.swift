import ZICore

/// The content of a "Laporan Monitoring dan Evaluasi" (monev) of a Zona Integritas for one
/// period: the realisation of the actions, the monev meetings with their findings and
/// follow-ups, and a summary.
///
/// Plain data; ``MonevReportDOCX`` and ``MonevReportXLSX`` render it.
public struct MonevReport: Sendable, Equatable {
    /// The work unit.
    public var unitName: String
    /// The plan year.
    public var year: Int
    /// The period as it is to be printed (`Triwulan I 2025`).
    public var periodLabel: String
    /// The first day of the period.
    public var periodStart: CalendarDate
    /// The last day of the period.
    public var periodEnd: CalendarDate
    /// The actions reported on, in plan order.
    public var actions: [ActionRow]
    /// The monev meetings of the period, in date order.
    public var meetings: [Meeting]
    /// The counts the report opens with.
    public var summary: Summary

    public init(
        unitName: String, year: Int, periodLabel: String, periodStart: CalendarDate, periodEnd: CalendarDate,
        actions: [ActionRow], meetings: [Meeting], summary: Summary
    ) {
        self.unitName = unitName
        self.year = year
        self.periodLabel = periodLabel
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.actions = actions
        self.meetings = meetings
        self.summary = summary
    }

    /// One action of the plan and how far it got.
    public struct ActionRow: Sendable, Equatable {
        /// The change area's name.
        public var area: String
        /// The indikator the action serves.
        public var indikator: String
        /// The action.
        public var langkahAksi: String
        /// When it is due, as written in the plan.
        public var targetWaktu: String?
        /// Who is in charge.
        public var pic: String?
        /// How much of it is done, in percent (0…100).
        public var realisasiPercent: Double?
        /// What the person in charge reported.
        public var laporan: String?
        /// The status as the caller words it (`Selesai`, `Terlambat`, `Dalam proses`).
        public var status: String

        public init(
            area: String, indikator: String, langkahAksi: String, targetWaktu: String?, pic: String?,
            realisasiPercent: Double?, laporan: String?, status: String
        ) {
            self.area = area
            self.indikator = indikator
            self.langkahAksi = langkahAksi
            self.targetWaktu = targetWaktu
            self.pic = pic
            self.realisasiPercent = realisasiPercent
            self.laporan = laporan
            self.status = status
        }
    }

    /// A monev meeting.
    public struct Meeting: Sendable, Equatable {
        /// When it took place.
        public var date: CalendarDate
        /// Who attended, as names or positions.
        public var attendees: [String]
        /// Whether the head of the unit attended.
        public var pimpinanHadir: Bool
        /// The minutes (paragraphs separated by blank lines).
        public var notulen: String
        /// What the meeting found, each with its follow-up.
        public var findings: [Finding]

        public init(date: CalendarDate, attendees: [String], pimpinanHadir: Bool, notulen: String, findings: [Finding]) {
            self.date = date
            self.attendees = attendees
            self.pimpinanHadir = pimpinanHadir
            self.notulen = notulen
            self.findings = findings
        }
    }

    /// A finding of a meeting and its follow-up (tindak lanjut).
    public struct Finding: Sendable, Equatable {
        /// What was found.
        public var text: String
        /// What is to be done about it.
        public var tindakLanjut: String
        /// Who is responsible.
        public var owner: String?
        /// By when.
        public var dueDate: CalendarDate?
        /// The status as the caller words it (`Selesai`, `Belum selesai`).
        public var status: String

        public init(text: String, tindakLanjut: String, owner: String?, dueDate: CalendarDate?, status: String) {
            self.text = text
            self.tindakLanjut = tindakLanjut
            self.owner = owner
            self.dueDate = dueDate
            self.status = status
        }
    }

    /// The counts of the period.
    public struct Summary: Sendable, Equatable {
        /// Actions due in the period.
        public var actionsDue: Int
        /// Of those, the ones done.
        public var actionsDone: Int
        /// Follow-ups of findings.
        public var followUpsTotal: Int
        /// Of those, the ones done.
        public var followUpsDone: Int

        public init(actionsDue: Int, actionsDone: Int, followUpsTotal: Int, followUpsDone: Int) {
            self.actionsDue = actionsDue
            self.actionsDone = actionsDone
            self.followUpsTotal = followUpsTotal
            self.followUpsDone = followUpsDone
        }
    }
}
