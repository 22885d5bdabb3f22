/// What the free-text timing of a work-plan action (its `TARGET WAKTU`) means as a schedule.
///
/// The original text is always kept. Whatever could not be read is listed in `unparsed`,
/// never dropped and never guessed; `needsScheduling` then asks a person to schedule it.
public struct PeriodSchedule: Hashable, Sendable, Codable {
    /// The text exactly as written in the plan.
    public let text: String
    /// Every due date, sorted, without duplicates: the last day of each named period.
    public let dueDates: [CalendarDate]
    /// Stretches during which the activity is ongoing (from ranges such as
    /// `Januari s/d Oktober 2021` and from recurrences), sorted, without duplicates.
    public let spans: [CalendarSpan]
    /// The recurrence, when the text describes one (`Setiap bulan` …). With several,
    /// the most frequent one; the due dates of all of them are in `dueDates`.
    public let recurrence: PeriodRecurrence?
    /// Remarks in parentheses that follow a readable period, kept verbatim
    /// (`Januari-Desember 2025 (Program)` → `Program`). They do not change the schedule.
    public let notes: [String]
    /// The parts of the text that could not be read, verbatim, in the order written
    /// (`setiap ada pertemuan`, `menyesuaikan` …).
    public let unparsed: [String]
    /// True ("perlu dijadwalkan") when nothing could be scheduled or part of the text
    /// could not be read.
    public let needsScheduling: Bool

    public init(
        text: String,
        dueDates: [CalendarDate],
        spans: [CalendarSpan],
        recurrence: PeriodRecurrence?,
        notes: [String],
        unparsed: [String]
    ) {
        self.text = text
        self.dueDates = Array(Set(dueDates)).sorted()
        self.spans = Array(Set(spans)).sorted()
        self.recurrence = recurrence
        self.notes = notes
        self.unparsed = unparsed
        needsScheduling = dueDates.isEmpty || !unparsed.isEmpty
    }
}
