import XCTest
import ZICore
@testable import ZIDocuments

final class ComplaintEvaluationDOCXTests: XCTestCase {
    func testPackageIsCompleteWellFormedAndDeterministic() throws {
        let data = try ComplaintEvaluationDOCX.render(ComplaintFixtures.evaluation(), names: TestNames.indonesian)
        try PlanDocumentFixtures.assertWellFormedPackage(data)
        try PlanDocumentFixtures.assertWellFormedPackage(
            ComplaintEvaluationDOCX.render(ComplaintFixtures.emptyEvaluation(), names: TestNames.indonesian))
        XCTAssertEqual(data, try ComplaintEvaluationDOCX.render(ComplaintFixtures.evaluation(), names: TestNames.indonesian))
    }

    func testTextHasTheSummaryAndEveryBreakdown() throws {
        let text = try PlanDocumentFixtures.text(
            ComplaintEvaluationDOCX.render(ComplaintFixtures.evaluation(), names: TestNames.indonesian))
        for expected in [
            "EVALUASI PENANGANAN\nPENGADUAN MASYARAKAT\n", "BALAI CONTOH\n",
            "Periode Triwulan III 2026 (1 Juli 2026 s.d. 30 September 2026)\n", "Tanggal evaluasi: 5 Oktober 2026\n",
            "Pada periode Triwulan III 2026, Balai Contoh menerima 12 pengaduan masyarakat. Sebanyak 6 pengaduan telah selesai, "
                + "5 di antaranya tepat waktu (83,33%). Sebanyak 2 pengaduan belum selesai dan telah melewati batas waktu.\n",
            "1. Menurut Kanal\nKANAL\nJUMLAH\nPERSENTASE\nFormulir web\n5\n41,67%\nSurel\n0\n0%\nWhatsApp\n4\n33,33%\n",
            "SP4N-LAPOR!\n3\n25%\nJumlah\n12\n100%\n",
            "2. Menurut Jenis\nJENIS\nJUMLAH\nPERSENTASE\nPengaduan\n8\n66,67%\nAspirasi\n3\n25%\nPermintaan informasi\n1\n8,33%\n",
            "3. Menurut Layanan\nLAYANAN\nJUMLAH\nPERSENTASE\nLayanan Pengujian\n7\n58,33%\n",
            "4. Menurut Status\nSTATUS\nJUMLAH\nPERSENTASE\nDiterima\n1\n8,33%\nDiverifikasi\n0\n0%\n",
            "Selesai\n6\n50%\nDitolak\n2\n16,67%\nDialihkan\n1\n8,33%\nJumlah\n12\n100%\n",
        ] {
            XCTAssertTrue(text.contains(expected), "missing \(expected)")
        }
    }

    func testTimelinessAndLKEInputs() throws {
        let data = try ComplaintEvaluationDOCX.render(ComplaintFixtures.evaluation(), names: TestNames.indonesian)
        let text = try PlanDocumentFixtures.text(data)
        for expected in [
            "C. Waktu Penyelesaian\n",
            "URAIAN\nNILAI\nPERSENTASE\nDiverifikasi dan diteruskan tepat waktu\n8\n80%\nDiverifikasi dan diteruskan terlambat\n2\n20%\n"
                + "Selesai tepat waktu\n5\n83,33%\nSelesai terlambat\n1\n16,67%\n"
                + "Rata-rata waktu penyelesaian (hari kerja)\n4,5\n-\nWaktu penyelesaian terlama (hari kerja)\n9\n-\n"
                + "Belum selesai dan melewati batas waktu\n2\n-\n",
            "D. Masukan LKE\n",
            "URAIAN\nJUMLAH\nJumlah pengaduan masyarakat yang harus ditindaklanjuti\n9\nJumlah pengaduan masyarakat yang sedang diproses\n2\n"
                + "Jumlah pengaduan masyarakat yang selesai ditindaklanjuti\n6\n",
            "E. Penutup\n",
        ] {
            XCTAssertTrue(text.contains(expected), "missing \(expected)")
        }
        let elements = try PlanDocumentFixtures.elements(data)
        XCTAssertEqual(elements.count { $0.name == "w:tbl" }, 6, "4 breakdowns, timeliness, LKE")
        XCTAssertEqual(elements.filter { $0.name == "w:pgSz" }.map { $0.attributes["w:orient"] }, [nil])
    }

    func testEmptyPeriodSaysSo() throws {
        let data = try ComplaintEvaluationDOCX.render(ComplaintFixtures.emptyEvaluation(), names: TestNames.indonesian)
        let text = try PlanDocumentFixtures.text(data)
        for expected in [
            "Tidak ada pengaduan yang diterima pada periode ini. Sebanyak 1 pengaduan belum selesai dan telah melewati batas waktu.\n",
            "Tidak ada rincian menurut kanal, jenis, layanan, dan status karena tidak ada pengaduan yang diterima.\n",
            "Selesai tepat waktu\n0\n-\n", "Rata-rata waktu penyelesaian (hari kerja)\n-\n-\n",
            "Jumlah pengaduan masyarakat yang harus ditindaklanjuti\n0\n",
        ] {
            XCTAssertTrue(text.contains(expected), "missing \(expected)")
        }
        XCTAssertFalse(text.contains("Menurut Kanal"))
        XCTAssertEqual(try PlanDocumentFixtures.elements(data).count { $0.name == "w:tbl" }, 2)
    }

    func testServicesNotRecordedSaySo() throws {
        var evaluation = ComplaintFixtures.evaluation()
        evaluation.byService = []
        let text = try PlanDocumentFixtures.text(ComplaintEvaluationDOCX.render(evaluation, names: TestNames.indonesian))
        XCTAssertTrue(text.contains("3. Menurut Layanan\nBelum ada pengaduan yang dicatat menurut layanan.\n4. Menurut Status\n"))
    }
}
