import XCTest
@testable import ZICore

/// The phrasings of TARGET WAKTU the parser reads, and the ones it must flag.
final class PeriodParserTests: XCTestCase {
    private let quarterEnds2025 = ["2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31"]
    private let year2025 = "2025-01-01..2025-12-31"

    func testMonthNamesAbbreviationsAndVariants() {
        let spellings: [(String, [String])] = [
            ("2025-01-31", ["Januari", "Jan", "Jan.", "JANUARI", "January"]),
            ("2025-02-28", ["Februari", "Feb", "Pebruari", "Febuari", "Peb"]),
            ("2025-03-31", ["Maret", "Mar", "Mrt"]),
            ("2025-04-30", ["April", "Apr"]),
            ("2025-05-31", ["Mei", "May"]),
            ("2025-06-30", ["Juni", "Jun"]),
            ("2025-07-31", ["Juli", "Jul"]),
            ("2025-08-31", ["Agustus", "Agu", "Agt", "Ags", "Aug"]),
            ("2025-09-30", ["September", "Sep", "Sept", "Sept."]),
            ("2025-10-31", ["Oktober", "Okt", "Oct"]),
            ("2025-11-30", ["November", "Nopember", "Nov", "Nop"]),
            ("2025-12-31", ["Desember", "Des", "Dec"]),
        ]
        assertSchedules(
            spellings.flatMap { due, names in
                names.flatMap { name in [PeriodCase.due("\(name) 2025", [due]), .due(name, planYear: 2025, [due])] }
            })
        assertSchedules([
            .due("Februari 2024", ["2024-02-29"]),
            .due("Jan-2021", ["2021-01-31"]),
            .due("Bulan Maret 2025", ["2025-03-31"]),
            .due("Maret Tahun 2025", ["2025-03-31"]),
            .due("22 November 2026", ["2026-11-22"]),
            .due("29 Februari 2024", ["2024-02-29"]),
        ])
    }

    func testMonthRangesHaveADueDateEveryMonthAndASpan() {
        let janToMar = ["2025-01-31", "2025-02-28", "2025-03-31"]
        let span = "2025-01-01..2025-03-31"
        let connectors = ["s/d", "s.d.", "s.d", "sd", "S/D", "sampai dengan", "sampai", "hingga", "-", "–", "—"]
        assertSchedules(connectors.map { PeriodCase.due("Januari \($0) Maret 2025", janToMar, spans: [span]) })
        assertSchedules(["-", "–", "—"].map { PeriodCase.due("Jan\($0)Mar 2025", janToMar, spans: [span]) })
        assertSchedules([
            .due("Januari s/d Oktober 2021", MonthEnds.of(2021, 1...10), spans: ["2021-01-01..2021-10-31"]),
            .due("Januari – Desember 2025", MonthEnds.of(2025, 1...12), spans: [year2025]),
            .due("Januari 2021 s/d Oktober 2021", MonthEnds.of(2021, 1...10), spans: ["2021-01-01..2021-10-31"]),
            .due("Januari 2021 s/d Maret", MonthEnds.of(2021, 1...3), spans: ["2021-01-01..2021-03-31"]),
            .due("Desember 2024 - Januari 2025", ["2024-12-31", "2025-01-31"], spans: ["2024-12-01..2025-01-31"]),
            .due("Oktober - Februari 2025", MonthEnds.of(2024, 10...12) + MonthEnds.of(2025, 1...2), spans: ["2024-10-01..2025-02-28"]),
            .due("Sepanjang tahun 2025", MonthEnds.of(2025, 1...12), spans: [year2025]),
            .flagged("Desember 2025 - Januari 2025"),
            .flagged("Januari - 3 2025"),
            .flagged("1 - 15 Maret 2025"),
            .flagged("10 Januari - 20 Maret 2025"),
        ])
    }

    func testListsCombineAndALaterYearAppliesToEarlierMonths() {
        assertSchedules([
            .due("Maret, Juni, September, Desember 2025", planYear: 2021, quarterEnds2025),
            .due("Juni, Oktober 2021", ["2021-06-30", "2021-10-31"]),
            .due("Juli dan Desember 2021", ["2021-07-31", "2021-12-31"]),
            .due("Juni 2021, Januari s/d Oktober 2021", MonthEnds.of(2021, 1...10), spans: ["2021-01-01..2021-10-31"]),
            .due("Januari 2025; Maret 2025", ["2025-01-31", "2025-03-31"]),
            .due("Januari 2025 & Maret 2025", ["2025-01-31", "2025-03-31"]),
            .due("Januari 2025\nMaret 2025", ["2025-01-31", "2025-03-31"]),
            .due("Januari serta Maret 2025", ["2025-01-31", "2025-03-31"]),
            .due(
                "Januari s/d Maret, Juli s/d September 2024", planYear: 2025,
                MonthEnds.of(2024, 1...3) + MonthEnds.of(2024, 7...9),
                spans: ["2024-01-01..2024-03-31", "2024-07-01..2024-09-30"]),
            .due("Juli, 2021", planYear: 2025, ["2021-07-31"]),
            .due("Januari 2021, Maret", planYear: 2025, ["2021-01-31", "2021-03-31"]),
            .due("Desember 2024, Januari, Februari 2025", ["2024-12-31", "2025-01-31", "2025-02-28"]),
            .due("Maret", planYear: 2030, ["2030-03-31"]),
            .due("2024, 2025", ["2024-12-31", "2025-12-31"]),
            .due("Januari 2025, Januari 2025", ["2025-01-31"]),
        ])
    }

    func testQuartersHalvesAndYears() {
        assertSchedules([
            .due("Triwulan I 2025", ["2025-03-31"]),
            .due("TW I", ["2025-03-31"]),
            .due("TW 1", ["2025-03-31"]),
            .due("TW.II/2025", ["2025-06-30"]),
            .due("Triwulan 1", ["2025-03-31"]),
            .due("Q1", ["2025-03-31"]),
            .due("Q3 2024", ["2024-09-30"]),
            .due("Triwulan IV 2025", ["2025-12-31"]),
            .due("Triwulan ke-2", ["2025-06-30"]),
            .due("Triwulan kedua", ["2025-06-30"]),
            .due("Kuartal 3", ["2025-09-30"]),
            .due("Triwulan I - III 2025", ["2025-03-31", "2025-06-30", "2025-09-30"], spans: ["2025-01-01..2025-09-30"]),
            .due("Q1-Q2 2025", ["2025-03-31", "2025-06-30"], spans: ["2025-01-01..2025-06-30"]),
            .due("Triwulan I, II, III dan IV 2025", quarterEnds2025),
            .due("Semester II 2024", ["2024-12-31"]),
            .due("Semester 1", ["2025-06-30"]),
            .due("Semester I dan II 2024", ["2024-06-30", "2024-12-31"]),
            .due("Caturwulan II 2025", ["2025-08-31"]),
            .due("Tahun 2025", ["2025-12-31"]),
            .due("2025", ["2025-12-31"]),
            .due("TA 2025", ["2025-12-31"]),
            .due("Tahun Anggaran 2026", ["2026-12-31"]),
            .due("2020-2024", ["2020-12-31", "2021-12-31", "2022-12-31", "2023-12-31", "2024-12-31"], spans: ["2020-01-01..2024-12-31"]),
            .flagged("Triwulan V 2025"),
            .flagged("Semester 3 2025"),
            .flagged("Triwulan 2025"),
        ])
    }

    func testPointsOfTheYear() {
        assertSchedules([
            .due("Awal tahun", planYear: 2025, ["2025-01-31"]),
            .due("Pertengahan tahun 2024", ["2024-06-30"]),
            .due("Akhir tahun", planYear: 2021, ["2021-12-31"]),
            .due("Akhir 2024", ["2024-12-31"]),
            .due("Akhir Maret 2025", ["2025-03-31"]),
            .flagged("Akhir"),
        ])
    }

    func testRecurrencesRepeatWithinThePlanYear() {
        assertSchedules([
            .due("Setiap bulan", planYear: 2024, MonthEnds.of(2024, 1...12), spans: ["2024-01-01..2024-12-31"], every: 1),
            .due("tiap bulan", MonthEnds.of(2025, 1...12), spans: [year2025], every: 1),
            .due("bulanan", MonthEnds.of(2025, 1...12), spans: [year2025], every: 1),
            .due("sebulan sekali", MonthEnds.of(2025, 1...12), spans: [year2025], every: 1),
            .due("setiap 3 bulan", quarterEnds2025, spans: [year2025], every: 3),
            .due("setiap tiga bulan", quarterEnds2025, spans: [year2025], every: 3),
            .due("3 bulan sekali", quarterEnds2025, spans: [year2025], every: 3),
            .due("Setiap triwulan", quarterEnds2025, spans: [year2025], every: 3),
            .due("per triwulan", quarterEnds2025, spans: [year2025], every: 3),
            .due("triwulanan", quarterEnds2025, spans: [year2025], every: 3),
            .due("setiap 2 bulan", MonthEnds.of(2025, [2, 4, 6, 8, 10, 12]), spans: [year2025], every: 2),
            .due("setiap semester", ["2025-06-30", "2025-12-31"], spans: [year2025], every: 6),
            .due("setiap 6 bulan sekali", ["2025-06-30", "2025-12-31"], spans: [year2025], every: 6),
            .due("2 kali setahun", ["2025-06-30", "2025-12-31"], spans: [year2025], every: 6),
            .due("Setiap tahun", ["2025-12-31"], spans: [year2025], every: 12),
            .due("sekali dalam setahun", ["2025-12-31"], spans: [year2025], every: 12),
            .due(
                "Setiap triwulan 2024", ["2024-03-31", "2024-06-30", "2024-09-30", "2024-12-31"], spans: ["2024-01-01..2024-12-31"],
                every: 3),
            .due("Januari 2021, setiap bulan", planYear: 2025, MonthEnds.of(2021, 1...12), spans: ["2021-01-01..2021-12-31"], every: 1),
            .due("setiap bulan, setiap triwulan", MonthEnds.of(2025, 1...12), spans: [year2025], every: 1),
            .flagged("Setiap minggu"),
            .flagged("setiap hari"),
            .flagged("setiap 2 tahun"),
            .flagged("5 kali setahun"),
            .flagged("2 kali sebulan"),
        ])
        XCTAssertEqual(PeriodParser.parse("setiap 3 bulan", defaultYear: 2025).recurrence?.label, "Setiap triwulan")
        XCTAssertEqual(PeriodParser.parse("setiap 2 bulan", defaultYear: 2025).recurrence?.label, "Setiap 2 bulan")
        XCTAssertEqual(PeriodParser.parse("Setiap bulan", defaultYear: 2025).recurrence?.label, "Setiap bulan")
    }

    func testWhatCannotBeReadIsKeptAndFlagged() {
        assertSchedules([
            .due("Januari 2021, setiap ada pertemuan", ["2021-01-31"], unparsed: ["setiap ada pertemuan"]),
            .due("Maret 2025, menyesuaikan", ["2025-03-31"], unparsed: ["menyesuaikan"]),
            .flagged("setiap ada pertemuan"),
            .flagged("menyesuaikan"),
            .flagged("Insidental"),
            .flagged("sesuai kebutuhan"),
            .flagged("Tentatif"),
            .flagged("-"),
            .flagged("Jan-21"),
            .flagged("31/03/2025"),
            .flagged("Juni atau Juli 2025"),
            .flagged("PK Januari 2021"),
            .flagged("30 Februari 2025"),
            .flagged("29 Februari 2025"),
            .flagged("(menyesuaikan)"),
            .flagged("ISO 9001"),
            .flagged(
                "Renstra 2020-2024 RKT Bln Februari 2021, PK Januari 2021",
                unparsed: ["Renstra 2020-2024 RKT Bln Februari 2021", "PK Januari 2021"]),
            .flagged("", unparsed: []),
            .flagged(" , ; ", unparsed: []),
        ])
    }

    func testParenthesisedRemarksBecomeNotes() {
        assertSchedules([
            .due("Januari-Desember 2025 (Program)", MonthEnds.of(2025, 1...12), spans: [year2025], notes: ["Program"]),
            .due("Maret 2025 (PK, RKT), Juni 2025 [revisi]", ["2025-03-31", "2025-06-30"], notes: ["PK, RKT", "revisi"]),
            .due("Juli, 2021 (LAKIN)", ["2021-07-31"], notes: ["LAKIN"]),
            .due("Maret 2025, rapat (bila perlu)", ["2025-03-31"], unparsed: ["rapat (bila perlu)"]),
        ])
    }

    func testTheOriginalTextIsKeptExactly() {
        let text = "  Januari s/d Oktober 2021,\tsetiap ada pertemuan \n"
        let schedule = PeriodParser.parse(text, defaultYear: 2021)
        XCTAssertEqual(schedule.text, text)
        XCTAssertEqual(schedule.unparsed, ["setiap ada pertemuan"])
    }

    func testAPlanYearOutsideTheSupportedYearsIsNeverUsed() {
        XCTAssertEqual(PeriodParser.parse("Maret", defaultYear: 0).unparsed, ["Maret"])
        XCTAssertEqual(PeriodParser.parse("Maret 2025", defaultYear: 0).dueDates.map(\.description), ["2025-03-31"])
        XCTAssertEqual(PeriodParser.parse("Setiap bulan", defaultYear: 12025).unparsed, ["Setiap bulan"])
    }

    func testScheduleEncodesDatesAsISOStrings() throws {
        let schedule = PeriodParser.parse("Januari s/d Februari 2021 (Program), setiap ada pertemuan", defaultYear: 2021)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(schedule), as: UTF8.self)
        XCTAssertEqual(
            json,
            """
            {"dueDates":["2021-01-31","2021-02-28"],"needsScheduling":true,"notes":["Program"],\
            "spans":[{"end":"2021-02-28","start":"2021-01-01"}],\
            "text":"Januari s/d Februari 2021 (Program), setiap ada pertemuan","unparsed":["setiap ada pertemuan"]}
            """)
        XCTAssertEqual(try JSONDecoder().decode(PeriodSchedule.self, from: Data(json.utf8)), schedule)

        let recurring = PeriodParser.parse("setiap semester", defaultYear: 2025)
        let recurringJSON = String(decoding: try encoder.encode(recurring.recurrence), as: UTF8.self)
        XCTAssertEqual(recurringJSON, #"{"intervalMonths":6,"label":"Setiap semester"}"#)
    }
}
