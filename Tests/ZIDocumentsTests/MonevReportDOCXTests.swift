import XCTest
@testable import ZIDocuments

final class MonevReportDOCXTests: XCTestCase {
    func testPackageIsCompleteWellFormedAndDeterministic() throws {
        let data = try MonevReportDOCX.render(MonevReportFixtures.sample())
        try PlanDocumentFixtures.assertWellFormedPackage(data)
        try PlanDocumentFixtures.assertWellFormedPackage(MonevReportDOCX.render(MonevReportFixtures.empty()))
        XCTAssertEqual(data, try MonevReportDOCX.render(MonevReportFixtures.sample()))
    }

    func testTextHasTheSummaryTheActionsAndEveryFinding() throws {
        let report = MonevReportFixtures.sample()
        let text = try PlanDocumentFixtures.text(MonevReportDOCX.render(report))
        for expected in [
            "LAPORAN MONITORING DAN EVALUASI\nPEMBANGUNAN ZONA INTEGRITAS\n", "BALAI CONTOH\n",
            "Periode Triwulan I 2025 (1 Januari 2025 s.d. 31 Maret 2025)\n", "A. Ringkasan\n", "B. Realisasi Rencana Aksi\n",
            "C. Rapat Monitoring dan Evaluasi\n", "D. Penutup\n",
            "Rencana aksi yang telah selesai\n1\n33,33%\n", "Tindak lanjut yang telah selesai\n1\n50%\n",
            "1 dari 3 rencana aksi yang jatuh tempo telah selesai (33,33%)",
            "MANAJEMEN PERUBAHAN\n", "PENGUATAN PENGAWASAN\n",
            "1. Rapat tanggal 12 Maret 2025\nPimpinan hadir: Ya\nPeserta: Kepala Balai, Ketua Tim Kerja, Koordinator Area\nNotulen:\n",
            "1.\tPercepat sosialisasi.\n",
            "TEMUAN\nTINDAK LANJUT\nPENANGGUNG JAWAB\nBATAS WAKTU\nSTATUS\n",
            "Sosialisasi SK terlambat\nJadwalkan ulang sosialisasi\nKetua Tim Kerja\n15 April 2025\nBelum selesai\n",
            "Bukti gratifikasi belum diunggah\nUnggah daftar hadir\n-\n-\nSelesai\n",
            "2. Rapat tanggal 28 Maret 2025\nPimpinan hadir: Tidak\nPeserta: -\nNotulen:\n-\nTemuan dan tindak lanjut:\nTidak ada temuan.\n",
        ] {
            XCTAssertTrue(text.contains(expected), "missing \(expected)")
        }
        for action in report.actions {
            XCTAssertTrue(text.contains(action.langkahAksi + "\n"), action.langkahAksi)
        }
        XCTAssertTrue(text.contains("Menyosialisasikan SK Tim Kerja\nFebruari 2025\n-\n50%\n-\nTerlambat\n"))
    }

    func testRealisasiTableIsLandscapeWithMergedIndikatorCells() throws {
        let elements = try PlanDocumentFixtures.elements(MonevReportDOCX.render(MonevReportFixtures.sample()))
        XCTAssertEqual(elements.filter { $0.name == "w:pgSz" }.map { $0.attributes["w:orient"] }, [nil, "landscape", nil])
        XCTAssertEqual(elements.filter { $0.name == "w:gridSpan" }.map { $0.attributes["w:val"] }, ["8", "8"], "one group row per area")
        XCTAssertEqual(elements.filter { $0.name == "w:vMerge" }.map { $0.attributes["w:val"] ?? "continue" }, ["restart", "continue"])
        XCTAssertEqual(elements.count { $0.name == "w:tbl" }, 3, "summary, realisasi, findings of the first meeting")
    }

    func testEmptyPeriodSaysSo() throws {
        let text = try PlanDocumentFixtures.text(MonevReportDOCX.render(MonevReportFixtures.empty()))
        XCTAssertTrue(text.contains("Tidak ada rencana aksi yang dilaporkan pada periode ini."))
        XCTAssertTrue(text.contains("Belum ada rapat monitoring dan evaluasi pada periode ini."))
        XCTAssertTrue(text.contains("Rencana aksi yang telah selesai\n0\n-\n"))
    }
}
