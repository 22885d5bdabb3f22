/// Reads the free Indonesian text that work plans give as the timing of an action
/// (`TARGET WAKTU`) into a `PeriodSchedule` of due dates.
///
/// The text is split into parts at `,` `;` `&`, new lines, `dan` and `serta`. Each part
/// is one of:
///
/// | part | example | due dates | span |
/// |---|---|---|---|
/// | month | `Januari 2021`, `Jan-2021`, `Bln Februari 2021` | last day of the month | – |
/// | date | `22 November 2026` | that day | – |
/// | quarter, caturwulan, half | `Triwulan I 2025`, `TW 1`, `Q1`, `Semester II 2024` | last day of the period | – |
/// | year | `2025`, `Tahun 2025`, `TA 2025` | 31 December | – |
/// | point of the year | `Awal tahun`, `Pertengahan tahun`, `Akhir tahun` | end of January, June, December | – |
/// | range | `Januari s/d Oktober 2021`, `Januari – Desember 2025`, `Triwulan I - III`, `2020-2024` | the end of every period in the range | first to last day |
/// | whole year | `Sepanjang tahun 2025` | the end of every month | the year |
/// | recurrence | `Setiap bulan`, `setiap 3 bulan`, `Setiap triwulan`, `bulanan`, `2 kali setahun` | every n-th month end of the year, from January | the year |
///
/// Years and units left out are filled in from the neighbouring parts:
/// - a range end without a year takes the other end's (`Januari s/d Oktober 2021`); a range
///   that runs backwards within one year crosses the turn of the year (`Oktober - Februari
///   2025` starts in October 2024);
/// - a part without a year takes the first year of the nearest following part that has one
///   (`Maret, Juni, September, Desember 2025`), else the last year of the nearest preceding
///   one (`Januari 2021, Maret`), else `defaultYear`;
/// - a bare year right after a part without a year is only that part's year (`Juli, 2021`
///   is July 2021, not also the whole of 2021);
/// - a lone ordinal takes the quarter/caturwulan/semester unit before it (`Semester I dan II`,
///   `Triwulan I - IV`).
///
/// Remarks in parentheses or brackets after a readable part become `notes`. A part that does
/// not fit entirely, or names an impossible period (`Triwulan V`, `30 Februari`, a range
/// ending before it starts, a range with days), is kept verbatim in `unparsed`: weekly or
/// daily rhythms, events (`setiap ada pertemuan`), `menyesuaikan`, `insidental`, `atau`,
/// labels before a period (`PK Januari 2021`), two-digit years (`Jan-21`), numeric dates.
public enum PeriodParser {
    /// Parses `text`. `defaultYear` is the plan's year: the year of every part that names
    /// none and has no neighbour that does, so also the year a bare `Setiap bulan` repeats
    /// within. Outside 1900–2199 it is not used and such parts are unparsed.
    public static func parse(_ text: String, defaultYear: Int) -> PeriodSchedule {
        let segments = PhraseSplitter.segments(of: text)
        let expressions = segments.map { PeriodGrammar.expression(in: PeriodLexer.tokens(of: $0.body)) }
        let outcomes = PeriodResolver(planYear: defaultYear).outcomes(of: expressions)

        var dueDates: [CalendarDate] = []
        var spans: [CalendarSpan] = []
        var recurrences: [PeriodRecurrence] = []
        var notes: [String] = []
        var unparsed: [String] = []
        for (segment, outcome) in zip(segments, outcomes) {
            switch outcome {
            case .scheduled(let due, let span, let recurrence):
                dueDates += due
                spans += [span].compactMap { $0 }
                recurrences += [recurrence].compactMap { $0 }
                notes += segment.remarks
            case .yearOfPrevious:
                notes += segment.remarks
            case .unreadable:
                unparsed.append(segment.text)
            }
        }
        return PeriodSchedule(
            text: text,
            dueDates: dueDates,
            spans: spans,
            recurrence: recurrences.min { $0.intervalMonths < $1.intervalMonths },
            notes: notes,
            unparsed: unparsed)
    }
}
