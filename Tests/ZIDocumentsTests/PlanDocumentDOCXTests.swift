import Foundation
import XCTest
import ZICore
@testable import ZIDocuments

final class PlanDocumentDOCXTests: XCTestCase {
    func testPackageIsCompleteAndWellFormed() throws {
        try PlanDocumentFixtures.assertWellFormedPackage(PlanDocumentDOCX.render(PlanDocumentFixtures.sample()))
        try PlanDocumentFixtures.assertWellFormedPackage(PlanDocumentDOCX.render(PlanDocumentFixtures.empty()))
    }

    func testTextHasEveryChapterAreaIndikatorAndAction() throws {
        let document = PlanDocumentFixtures.sample()
        let text = try PlanDocumentFixtures.text(PlanDocumentDOCX.render(document))
        let lines = Set(text.components(separatedBy: "\n"))
        let headings = [
            "DOKUMEN RENCANA KERJA", "PEMBANGUNAN ZONA INTEGRITAS", "MENUJU WILAYAH BEBAS DARI KORUPSI (WBK)", "BALAI CONTOH",
            "KEMENTERIAN CONTOH", "TAHUN 2025", "KATA PENGANTAR", "BAB I", "PENDAHULUAN", "A. Latar Belakang", "B. Dasar Hukum",
            "C. Maksud dan Tujuan", "D. Pengertian Umum", "BAB II", "PROGRAM KERJA PEMBANGUNAN ZONA INTEGRITAS",
            "A. Pencanangan Pembangunan Zona Integritas", "B. Proses Pembangunan Zona Integritas", "BAB III",
            "RENCANA AKSI PEMBANGUNAN ZONA INTEGRITAS TAHUN 2025", "BAB IV", "MONITORING DAN EVALUASI", "BAB V", "PENUTUP",
            "LAMPIRAN I", "MEKANISME PENETAPAN TIM KERJA PEMBANGUNAN ZONA INTEGRITAS", "LAMPIRAN II", "MEKANISME PENETAPAN AGEN PERUBAHAN",
            "LAMPIRAN III", "TARGET PRIORITAS PEMBANGUNAN ZONA INTEGRITAS TAHUN 2025",
        ]
        let areaRows = ["I. MANAJEMEN PERUBAHAN", "II. PENGUATAN PENGAWASAN", "III. PENGEMBANGAN PROGRAM DAN KEMITRAAN"]
        for line in headings + areaRows {
            XCTAssertTrue(lines.contains(line), "missing line \(line)")
        }
        for indikator in document.areas.flatMap(\.indikators) {
            XCTAssertTrue(lines.contains(indikator.text), "missing indikator \(indikator.text)")
            for action in indikator.actions {
                for line in action.langkahAksi.components(separatedBy: "\n") {
                    XCTAssertTrue(lines.contains(line), "missing langkah aksi line \(line)")
                }
                for bukti in action.buktiFisik {
                    XCTAssertTrue(lines.contains("•\t" + bukti), "bukti fisik \(bukti) is not a bulleted paragraph of its own")
                }
            }
        }
        XCTAssertTrue(lines.contains("(LKE A.I.1.i.a)"))
        XCTAssertTrue(text.contains("1.\tUndang-Undang Nomor 28 Tahun 1999"), "dasar hukum numbered")
        XCTAssertTrue(text.contains("1.\tZona Integritas (ZI) adalah instansi pemerintah"), "pengertian umum numbered")
        XCTAssertTrue(lines.contains("1.\tPembentukan Tim Zona Integritas"), "target prioritas numbered")
    }

    func testActionTableHasARepeatedHeaderAreaRowsAndMergedIndikatorCells() throws {
        let elements = try PlanDocumentFixtures.elements(PlanDocumentDOCX.render(PlanDocumentFixtures.sample()))
        let text = try PlanDocumentFixtures.text(PlanDocumentDOCX.render(PlanDocumentFixtures.sample()))
        XCTAssertEqual(elements.count { $0.name == "w:tbl" }, 3, "the action table and two team tables")
        XCTAssertEqual(elements.count { $0.name == "w:tblHeader" }, 3, "every table repeats its header")
        XCTAssertTrue(text.contains("NO\nINDIKATOR\nLANGKAH AKSI\nBUKTI FISIK\nTARGET WAKTU\nPIC\n% REALISASI\n"))
        let spans = elements.filter { $0.name == "w:gridSpan" }.map { $0.attributes["w:val"] }
        XCTAssertEqual(spans, ["7", "7", "7"], "one row spanning all columns per area")
        // The first indikator has three actions: its number and text start a merge that two rows continue.
        let merges = elements.filter { $0.name == "w:vMerge" }.map { $0.attributes["w:val"] ?? "continue" }
        XCTAssertEqual(merges, ["restart", "restart", "continue", "continue", "continue", "continue"])
        XCTAssertTrue(
            text.contains("Menyosialisasikan SK Tim Kerja\n•\tDaftar hadir sosialisasi\n-\n-\n37,5%\n"), "empty target waktu and PIC show -"
        )
        XCTAssertTrue(text.contains("Mengevaluasi susunan tim\n-\nDesember 2025\nKetua Tim\n-\n"), "no bukti fisik, no realisasi: -")
    }

    func testWithoutRealisasiTheTableHasSixColumns() throws {
        let data = try PlanDocumentDOCX.render(PlanDocumentFixtures.sample(showRealisasi: false))
        let elements = try PlanDocumentFixtures.elements(data)
        XCTAssertFalse(try PlanDocumentFixtures.text(data).contains("REALISASI"))
        XCTAssertEqual(Set(elements.filter { $0.name == "w:gridSpan" }.map { $0.attributes["w:val"] }), ["6"])
        let firstGrid = elements.drop { $0.name != "w:tblGrid" }.dropFirst().prefix { $0.name == "w:gridCol" }
        XCTAssertEqual(firstGrid.count, 6)
        XCTAssertEqual(
            firstGrid.compactMap { Int($0.attributes["w:w"] ?? "") }.reduce(0, +), 16838 - 2 * 1134,
            "the table fills the landscape text width")
    }

    func testTheActionTableSitsInALandscapeSectionBetweenPortraitOnes() throws {
        let elements = try PlanDocumentFixtures.elements(PlanDocumentDOCX.render(PlanDocumentFixtures.sample()))
        let sizes = elements.filter { $0.name == "w:pgSz" }.map(\.attributes)
        XCTAssertEqual(sizes.count, 3)
        XCTAssertEqual(sizes[0], ["w:w": "11906", "w:h": "16838"])
        XCTAssertEqual(sizes[1], ["w:w": "16838", "w:h": "11906", "w:orient": "landscape"])
        XCTAssertEqual(sizes[2], ["w:w": "11906", "w:h": "16838"], "the document's final section is portrait")
        let names = elements.map(\.name)
        let sections = names.indices.filter { names[$0] == "w:sectPr" }
        let tables = names.indices.filter { names[$0] == "w:tbl" }
        XCTAssertTrue(sections[0] < tables[0] && tables[0] < sections[1], "the action table ends the landscape section")
        XCTAssertTrue(tables.dropFirst().allSatisfy { $0 > sections[1] }, "the team tables are in the last, portrait section")
        XCTAssertEqual(names.last, "w:pgMar", "the final sectPr closes the body")
    }

    func testEachChapterStartsOnANewPage() throws {
        let elements = try PlanDocumentFixtures.elements(PlanDocumentDOCX.render(PlanDocumentFixtures.sample()))
        // Portrait: Kata Pengantar, Bab I, Bab II after the cover; Bab V and three appendices after Bab IV.
        XCTAssertEqual(elements.count { $0.name == "w:pageBreakBefore" }, 7)
    }

    func testSignatureAndDatesAreWrittenInIndonesian() throws {
        let text = try PlanDocumentFixtures.text(PlanDocumentDOCX.render(PlanDocumentFixtures.sample()))
        XCTAssertTrue(
            text.contains("Bogor, 22 November 2026\nKepala Balai Contoh,\n\n\n\nDr. Andi Contoh, M.Si.\nNIP. 196910291996031001\n"))
        XCTAssertTrue(text.contains("Ditetapkan dengan Surat Keputusan Nomor 12/KPTS/2025 tanggal 6 Januari 2025."))
        XCTAssertTrue(text.contains("NO\nNAMA\nNIP\nPERAN\n1\nBudi Santoso\n197203151998031001\nKetua\n2\nRina Kartika\n-\n"))
    }

    func testWhatIsMissingIsMarkedRatherThanLeftOut() throws {
        let data = try PlanDocumentDOCX.render(PlanDocumentFixtures.empty())
        let text = try PlanDocumentFixtures.text(data)
        XCTAssertEqual(try PlanDocumentFixtures.elements(data).count { $0.name == "w:tbl" }, 0)
        XCTAssertTrue(text.contains("Belum ada rencana aksi."))
        // Dasar hukum, pengertian umum, both teams and the target prioritas.
        XCTAssertEqual(text.components(separatedBy: "Belum ditetapkan.").count - 1, 5)
        XCTAssertTrue(
            text.contains(
                "...................., .................... 2025\nKepala Balai Contoh,\n\n\n\n....................\nNIP. ....................\n"
            ))
        XCTAssertFalse(text.contains("Ditetapkan dengan Surat Keputusan"))
    }

    func testTextIsEscapedAndForbiddenCharactersAreDropped() throws {
        let hostile = "<script>alert(\"x\")</script> & 'kutip' \u{1}\u{FFFE}akhir"
        var document = PlanDocumentFixtures.sample()
        document.unitName = hostile
        document.headName = hostile
        document.narrative.latarBelakang = hostile
        document.areas[0].name = hostile
        document.areas[0].indikators[0].text = hostile
        document.areas[0].indikators[0].actions[0].langkahAksi = hostile
        document.areas[0].indikators[0].actions[0].buktiFisik = [hostile]
        document.timKerja?.members[0].role = hostile
        document.targetPrioritas = [hostile]
        let data = try PlanDocumentDOCX.render(document)
        try PlanDocumentFixtures.assertWellFormedPackage(data)
        let text = try PlanDocumentFixtures.text(data)
        let expected = "<script>alert(\"x\")</script> & 'kutip' akhir"
        XCTAssertGreaterThanOrEqual(text.components(separatedBy: expected).count - 1, 8)
        XCTAssertFalse(text.contains("\u{1}"))
        let core = String(decoding: try XCTUnwrap(PlanDocumentFixtures.parts(data)["docProps/core.xml"]), as: UTF8.self)
        XCTAssertTrue(core.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;kutip&apos; akhir"))
    }

    func testRenderingIsDeterministic() throws {
        let document = PlanDocumentBenchmark.sample(actions: 40)
        XCTAssertEqual(try PlanDocumentDOCX.render(document), try PlanDocumentDOCX.render(document))
    }

    func testTheCoverNamesTheTargetPredicate() throws {
        var document = PlanDocumentFixtures.sample()
        document.target = .wbbm
        let text = try PlanDocumentFixtures.text(PlanDocumentDOCX.render(document))
        XCTAssertTrue(text.contains("MENUJU WILAYAH BIROKRASI BERSIH DAN MELAYANI (WBBM)\n"))
    }
}
