import Foundation
import XCTest
import ZICore
@testable import ZIDocuments

final class PlanDocumentModelTests: XCTestCase {
    private func row(_ number: Int, _ area: PlanArea, _ indikator: String, realisasi: Double? = nil) -> PlanImportRow {
        PlanImportRow(
            sourceRow: number, area: area, komponen: nil, indikator: indikator, langkahAksi: "Langkah \(number)",
            buktiFisik: ["Bukti \(number)"], targetWaktu: number == 1 ? "Januari 2025" : nil, realisasiPercent: realisasi)
    }

    private func result(_ rows: [PlanImportRow]) -> PlanImportResult {
        PlanImportResult(rows: rows, problems: [], headings: [], areas: [], skippedEmptyRows: 0, headerRow: 1, sheetName: nil)
    }

    func testImportGroupsAreasByFirstAppearanceAndIndikatorByConsecutiveRows() {
        let kemitraan = PlanArea.unitDefined("Pengembangan Program dan Kemitraan")
        let rows = [
            row(1, .standard(1), "Tim kerja"), row(2, .standard(1), "Tim kerja"), row(3, .standard(1), "Rencana kerja"),
            row(4, .standard(2), "SOP"), row(5, kemitraan, "Inovasi"), row(6, .standard(1), "Tim kerja", realisasi: 50),
        ]
        let document = PlanDocument(importResult: result(rows), unitName: "Balai Contoh", year: 2025)

        XCTAssertEqual(document.areas.map(\.name), ["Manajemen Perubahan", "Penataan Tatalaksana", "Pengembangan Program dan Kemitraan"])
        XCTAssertEqual(document.areas.map(\.number), [1, 2, nil])
        XCTAssertEqual(
            document.areas[0].indikators.map(\.text), ["Tim kerja", "Rencana kerja", "Tim kerja"], "row 6 is not next to rows 1–2")
        XCTAssertEqual(
            document.areas[0].indikators.map { $0.actions.map(\.langkahAksi) }, [["Langkah 1", "Langkah 2"], ["Langkah 3"], ["Langkah 6"]])
        let first = document.areas[0].indikators[0].actions[0]
        XCTAssertEqual(
            first,
            PlanDocument.Action(
                langkahAksi: "Langkah 1", buktiFisik: ["Bukti 1"], targetWaktu: "Januari 2025", pic: nil, realisasiPercent: nil))
        XCTAssertEqual(document.areas[0].indikators[2].actions[0].realisasiPercent, 50)
        XCTAssertTrue(document.showRealisasi)
        XCTAssertEqual(document.headTitle, "Kepala Balai Contoh")
        XCTAssertEqual(document.narrative, .defaults(unitName: "Balai Contoh", instansiName: nil, year: 2025))
        XCTAssertEqual(document.target, .wbk)
        XCTAssertNil(document.timKerja)
        XCTAssertEqual(document.targetPrioritas, [])
    }

    func testImportWithoutRealisasiHidesTheColumn() {
        let document = PlanDocument(importResult: result([row(1, .standard(3), "Pola mutasi")]), unitName: "Balai Contoh", year: 2025)
        XCTAssertFalse(document.showRealisasi)
        XCTAssertEqual(document.areas.map(\.name), ["Penataan Sistem Manajemen SDM Aparatur"])
    }

    func testDefaultNarrativeNamesTheUnitAndTheAgency() {
        let narrative = PlanNarrative.defaults(unitName: "Balai Contoh", instansiName: "Kementerian Contoh", year: 2025)
        let sections = [
            narrative.kataPengantar, narrative.latarBelakang, narrative.maksudTujuan, narrative.pencanangan, narrative.prosesPembangunan,
            narrative.monitoringEvaluasi, narrative.penutup, narrative.mekanismeTimKerja, narrative.mekanismeAgenPerubahan,
        ]
        for section in sections {
            XCTAssertTrue(section.contains("Balai Contoh"), section)
            XCTAssertFalse(section.contains("\n\n\n"), "paragraphs are separated by one blank line")
        }
        XCTAssertTrue(narrative.latarBelakang.contains("Balai Contoh di lingkungan Kementerian Contoh"))
        XCTAssertEqual(narrative.pengertianUmum.first?.term, "Zona Integritas (ZI)")
        XCTAssertFalse(
            PlanNarrative.defaults(unitName: "Balai Contoh", instansiName: nil, year: 2025).latarBelakang.contains("di lingkungan"))
    }

    func testDasarHukumFollowTheRegulationsInForceInThePlanYear() {
        func cites(_ year: Int, _ regulation: String) -> Bool {
            PlanNarrative.defaults(unitName: "Balai", instansiName: nil, year: year).dasarHukum.contains { $0.contains(regulation) }
        }
        XCTAssertTrue(cites(2021, "Nomor 52 Tahun 2014"))
        XCTAssertTrue(
            cites(2021, "diubah dengan Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 10 Tahun 2019"))
        XCTAssertFalse(cites(2021, "Nomor 90 Tahun 2021"))
        XCTAssertTrue(cites(2023, "Nomor 90 Tahun 2021"))
        XCTAssertTrue(cites(2023, "Nomor 25 Tahun 2020"))
        XCTAssertFalse(cites(2023, "Nomor 5 Tahun 2024"))
        XCTAssertTrue(cites(2025, "Nomor 5 Tahun 2024"))
        XCTAssertFalse(cites(2025, "Nomor 25 Tahun 2020"))
        XCTAssertTrue(cites(2025, "Nomor 81 Tahun 2010"))
        XCTAssertFalse(cites(2026, "Nomor 81 Tahun 2010"))
        for year in [2016, 2021, 2023, 2025, 2027] {
            let list = PlanNarrative.defaults(unitName: "Balai", instansiName: nil, year: year).dasarHukum
            XCTAssertEqual(
                list.first,
                "Undang-Undang Nomor 28 Tahun 1999 tentang Penyelenggara Negara yang Bersih dan Bebas dari Korupsi, Kolusi, dan Nepotisme;")
            XCTAssertTrue(list.dropLast().allSatisfy { $0.hasSuffix(";") }, "\(year)")
            XCTAssertTrue(list.last?.hasSuffix(".") == true, "\(year)")
        }
    }

    func testIndonesianDates() {
        XCTAssertEqual(IndonesianDate.format(CalendarDate(year: 2025, month: 1, day: 1)!), "1 Januari 2025")
        XCTAssertEqual(IndonesianDate.format(CalendarDate(year: 2026, month: 11, day: 22)!), "22 November 2026")
        XCTAssertEqual(IndonesianDate.format(CalendarDate(year: 2024, month: 2, day: 29)!), "29 Februari 2024")
        XCTAssertEqual(IndonesianDate.format(CalendarDate(year: 2024, month: 12, day: 31)!), "31 Desember 2024")
    }

    func testIndonesianNumbersAndRomanNumerals() {
        XCTAssertEqual(IndonesianNumber.percent(75), "75%")
        XCTAssertEqual(IndonesianNumber.percent(37.5), "37,5%")
        XCTAssertEqual(IndonesianNumber.percent(0.05), "0,05%")
        XCTAssertEqual(IndonesianNumber.share(2, of: 3), "66,67%")
        XCTAssertEqual(IndonesianNumber.share(0, of: 0), "-")
        XCTAssertEqual(IndonesianNumber.percent(-1.5), "-1,5%")
        XCTAssertEqual(IndonesianNumber.percent(-0.004), "0%")
        XCTAssertEqual(IndonesianNumber.percent(.nan), "-")
        XCTAssertEqual(IndonesianNumber.percent(.infinity), "-")
        XCTAssertEqual((1...7).map(RomanNumeral.string), ["I", "II", "III", "IV", "V", "VI", "VII"])
        XCTAssertEqual(RomanNumeral.string(49), "XLIX")
    }

    func testBenchmarkSampleSpreadsTheActionsOverSixAreas() {
        let document = PlanDocumentBenchmark.sample(actions: 150)
        let actions = document.areas.flatMap(\.indikators).flatMap(\.actions)
        XCTAssertEqual(actions.count, 150)
        XCTAssertEqual(document.areas.count, 6)
        XCTAssertEqual(document.areas.map(\.indikators.count), [5, 5, 5, 5, 5, 5])
        XCTAssertTrue(document.areas.flatMap(\.indikators).allSatisfy { $0.actions.count == 5 })
        XCTAssertTrue(actions.allSatisfy { $0.buktiFisik.count == 3 && $0.targetWaktu != nil && $0.pic != nil })
        XCTAssertTrue(document.timKerja!.members.allSatisfy { $0.nip?.count == 18 })
        XCTAssertEqual(PlanDocumentBenchmark.sample(actions: 7).areas.flatMap(\.indikators).flatMap(\.actions).count, 7)
        XCTAssertEqual(PlanDocumentBenchmark.sample(actions: 31).areas.flatMap(\.indikators).flatMap(\.actions).count, 31)
        XCTAssertEqual(PlanDocumentBenchmark.sample(actions: 0).areas.flatMap(\.indikators).count, 0)
        XCTAssertEqual(PlanDocumentBenchmark.sample(actions: 150), PlanDocumentBenchmark.sample(actions: 150))
    }
}
