import XCTest
@testable import ZICore

/// Every distinct TARGET WAKTU of the real work plans in `reference/seeds/` (the
/// BPMP DKI 2022 plan has no TARGET WAKTU column), read with the plan's own year.
final class PeriodParserSeedTests: XCTestCase {
    /// Rencana Kerja Balai Penelitian Ternak 2021.
    private let balitnak2021: [PeriodCase] = [
        .flagged("Adanya undangan Workshop penyusunan LAKIN setiap tahunnya ( 2 kali )", planYear: 2021),
        .flagged("Dokumen Petunjuk direvisi apabila ada perubahan kebijakan", planYear: 2021),
        .due("Feb-2021", planYear: 2021, ["2021-02-28"]),
        .due("Februari 2021", planYear: 2021, ["2021-02-28"]),
        .due("Januari 2021", planYear: 2021, ["2021-01-31"]),
        .due("Januari 2021 s/d Oktober 2021", planYear: 2021, MonthEnds.of(2021, 1...10), spans: ["2021-01-01..2021-10-31"]),
        .due("Januari 2021, setiap ada pertemuan", planYear: 2021, ["2021-01-31"], unparsed: ["setiap ada pertemuan"]),
        .due("Januari s/d Desember 2021", planYear: 2021, MonthEnds.of(2021, 1...12), spans: ["2021-01-01..2021-12-31"]),
        .due("Januari s/d Februari 2021", planYear: 2021, ["2021-01-31", "2021-02-28"], spans: ["2021-01-01..2021-02-28"]),
        .due("Januari s/d Oktober 2021", planYear: 2021, MonthEnds.of(2021, 1...10), spans: ["2021-01-01..2021-10-31"]),
        .due("Januari s/d oktober 2021", planYear: 2021, MonthEnds.of(2021, 1...10), spans: ["2021-01-01..2021-10-31"]),
        .due("Januari, Oktober 2021", planYear: 2021, ["2021-01-31", "2021-10-31"]),
        .due("Januari, desember 2021", planYear: 2021, ["2021-01-31", "2021-12-31"]),
        .due("Juli 2021", planYear: 2021, ["2021-07-31"]),
        .due("Juli, 2021", planYear: 2021, ["2021-07-31"]),
        .due("Juli, Oktober 2021", planYear: 2021, ["2021-07-31", "2021-10-31"]),
        .due("Juni 2021, Januari s/d Oktober 2021", planYear: 2021, MonthEnds.of(2021, 1...10), spans: ["2021-01-01..2021-10-31"]),
        .due("Juni, Oktober 2021", planYear: 2021, ["2021-06-30", "2021-10-31"]),
        .due("Maret 2021", planYear: 2021, ["2021-03-31"]),
        .due("Oktober 2021", planYear: 2021, ["2021-10-31"]),
        .flagged(
            "Renstra 2020-2024 2024 Bln Februari 2021, PK Januari 2021", planYear: 2021,
            unparsed: ["Renstra 2020-2024 2024 Bln Februari 2021", "PK Januari 2021"]),
        .flagged(
            "Renstra 2020-2024 RKT Bln Februari 2021, PK Januari 2021", planYear: 2021,
            unparsed: ["Renstra 2020-2024 RKT Bln Februari 2021", "PK Januari 2021"]),
        .due("Setiap bulan", planYear: 2021, MonthEnds.of(2021, 1...12), spans: ["2021-01-01..2021-12-31"], every: 1),
    ]

    /// Rencana Kerja Pusat Standardisasi Instrumen Perkebunan 2025.
    private let perkebunan2025: [PeriodCase] = {
        let wholeYear = MonthEnds.of(2025, 1...12)
        let quarterEnds = ["2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31"]
        let yearSpan = "2025-01-01..2025-12-31"
        return [
            .due("Agustus 2025", ["2025-08-31"]),
            .due("April 2025", ["2025-04-30"]),
            .due("Desember 2024 - Januari 2025", ["2024-12-31", "2025-01-31"], spans: ["2024-12-01..2025-01-31"]),
            .due("Desember 2025", ["2025-12-31"]),
            .due("Februari-Desember 2025", MonthEnds.of(2025, 2...12), spans: ["2025-02-01..2025-12-31"]),
            .due("Februari-Juni 2025", MonthEnds.of(2025, 2...6), spans: ["2025-02-01..2025-06-30"]),
            .due("Januari - Desember 2025", wholeYear, spans: [yearSpan]),
            .due("Januari - Februari 2025", ["2025-01-31", "2025-02-28"], spans: ["2025-01-01..2025-02-28"]),
            .due("Januari 2025", ["2025-01-31"]),
            .due("Januari s/d Desember 2025", wholeYear, spans: [yearSpan]),
            .due("Januari s/d Desember 2025, Maret, Juni, September, Desember 2025", wholeYear, spans: [yearSpan]),
            .due("Januari s/d Desember 2025; Maret, Juni, September, Desember 2025", wholeYear, spans: [yearSpan]),
            .due("Januari – Desember 2025", wholeYear, spans: [yearSpan]),
            .due("Januari – Juni 2025", MonthEnds.of(2025, 1...6), spans: ["2025-01-01..2025-06-30"]),
            .due("Januari-Desember 2025", wholeYear, spans: [yearSpan]),
            .due("Januari-Desember 2025  (Evaluasi)", wholeYear, spans: [yearSpan], notes: ["Evaluasi"]),
            .due("Januari-Desember 2025  (Program)", wholeYear, spans: [yearSpan], notes: ["Program"]),
            .due("Januari-Desember2025", wholeYear, spans: [yearSpan]),
            .due("Januari-Maret 2025", ["2025-01-31", "2025-02-28", "2025-03-31"], spans: ["2025-01-01..2025-03-31"]),
            .due("Juli, Desember 2025", ["2025-07-31", "2025-12-31"]),
            .due("Juni dan Agustus 2025", ["2025-06-30", "2025-08-31"]),
            .due("Maret 2025", ["2025-03-31"]),
            .due("Maret, Juni, September, Desember 2025", quarterEnds),
            .due("Oktober 2025", ["2025-10-31"]),
            .due("Triwulan I 2025", ["2025-03-31"]),
        ]
    }()

    func testEveryDistinctSeedPhraseIsCovered() {
        let phrases = (balitnak2021 + perkebunan2025).map(\.phrase)
        XCTAssertEqual(Set(phrases).count, phrases.count, "each seed phrase once")
        XCTAssertEqual(phrases.count, 48, "distinct TARGET WAKTU phrases in the seed plans")
    }

    func testBalaiPenelitianTernak2021() {
        assertSchedules(balitnak2021)
    }

    func testPusatStandardisasiPerkebunan2025() {
        assertSchedules(perkebunan2025)
    }

    func testSeedPhrasesThatNeedAPerson() {
        let flagged = (balitnak2021 + perkebunan2025).filter(\.needsScheduling).map(\.phrase)
        XCTAssertEqual(
            flagged,
            [
                "Adanya undangan Workshop penyusunan LAKIN setiap tahunnya ( 2 kali )",
                "Dokumen Petunjuk direvisi apabila ada perubahan kebijakan",
                "Januari 2021, setiap ada pertemuan",
                "Renstra 2020-2024 2024 Bln Februari 2021, PK Januari 2021",
                "Renstra 2020-2024 RKT Bln Februari 2021, PK Januari 2021",
            ])
    }
}
