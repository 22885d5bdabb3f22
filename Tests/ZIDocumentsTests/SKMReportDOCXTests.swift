import XCTest
import ZICore
@testable import ZIDocuments

final class SKMReportDOCXTests: XCTestCase {
    func testPackageIsCompleteWellFormedAndDeterministic() throws {
        let data = try SKMReportDOCX.render(try SKMReportFixtures.sample(), names: TestNames.indonesian)
        try PlanDocumentFixtures.assertWellFormedPackage(data)
        try PlanDocumentFixtures.assertWellFormedPackage(SKMReportDOCX.render(try SKMReportFixtures.empty(), names: TestNames.indonesian))
        XCTAssertEqual(data, try SKMReportDOCX.render(try SKMReportFixtures.sample(), names: TestNames.indonesian))
    }

    func testSummaryTablesHaveEveryServiceAndAllServices() throws {
        let text = try PlanDocumentFixtures.text(SKMReportDOCX.render(try SKMReportFixtures.sample(), names: TestNames.indonesian))
        for expected in [
            "LAPORAN HASIL\nSURVEI KEPUASAN MASYARAKAT\n", "BALAI CONTOH\n", "Periode Triwulan III 2026\n",
            "Tanggal laporan: 22 November 2026\n", "A. Ringkasan Hasil\n",
            "mencakup 2 jenis layanan. Nilai IKM 85,19 — mutu pelayanan B (Baik), 6 responden.\n",
            "NO\nJENIS LAYANAN\nRESPONDEN\nIKM\nNILAI KONVERSI\nMUTU PELAYANAN\n",
            "1\nLayanan Pengujian Mutu\n4\n3,2500\n81,25\nB (Baik)\n2\nLayanan Informasi\n2\n3,7222\n93,06\nA (Sangat Baik)\n"
                + "\nSeluruh layanan\n6\n3,4074\n85,19\nB (Baik)\n",
            "NO\nJENIS LAYANAN\nPOPULASI\nSAMPEL MINIMAL\nRESPONDEN\nKETERANGAN\n",
            "1\nLayanan Pengujian Mutu\n5\n5\n4\nBelum memenuhi\n2\nLayanan Informasi\n2\n2\n2\nMemenuhi\n"
                + "\nSeluruh layanan\n7\n7\n6\nBelum memenuhi\n",
        ] {
            XCTAssertTrue(text.contains(expected), "missing \(expected)")
        }
    }

    func testAnUnknownPopulationHasNoMinimumSample() throws {
        var report = try SKMReportFixtures.sample()
        report.services[1].population = nil
        XCTAssertNil(report.totalPopulation)
        let text = try PlanDocumentFixtures.text(SKMReportDOCX.render(report, names: TestNames.indonesian))
        XCTAssertTrue(text.contains("2\nLayanan Informasi\n-\n-\n2\n-\n\nSeluruh layanan\n-\n-\n6\n-\n"))
    }

    func testElementTablesMarkTheLowestElements() throws {
        let text = try PlanDocumentFixtures.text(SKMReportDOCX.render(try SKMReportFixtures.sample(), names: TestNames.indonesian))
        for expected in [
            "B. Nilai per Unsur Pelayanan\n",
            "yang ditindaklanjuti lebih dahulu: U3 Waktu Penyelesaian (NRR 2,83), U8 Penanganan Pengaduan, Saran dan Masukan (NRR 2,83).\n",
            "Seluruh layanan\nKODE\nUNSUR PELAYANAN\nNRR\nNRR TERTIMBANG\nKETERANGAN\nU1\nPersyaratan\n3,50\n0,3889\n\n",
            "U3\nWaktu Penyelesaian\n2,83\n0,3148\nTerendah\nU4\nBiaya/Tarif\n4,00\n0,4444\n\n",
            "U8\nPenanganan Pengaduan, Saran dan Masukan\n2,83\n0,3148\nTerendah\n",
            "\nIKM (jumlah NRR tertimbang)\n\n3,4074\nKonversi 85,19\n",
            "1. Layanan Pengujian Mutu\n", "U8\nPenanganan Pengaduan, Saran dan Masukan\n2,50\n0,2778\nTerendah\n",
            "\nIKM (jumlah NRR tertimbang)\n\n3,2500\nKonversi 81,25\n",
            "2. Layanan Informasi\n", "U3\nWaktu Penyelesaian\n3,00\n0,3333\nTerendah\n",
        ] {
            XCTAssertTrue(text.contains(expected), "missing \(expected)")
        }
    }

    func testProfileAndFollowUpTables() throws {
        let text = try PlanDocumentFixtures.text(SKMReportDOCX.render(try SKMReportFixtures.sample(), names: TestNames.indonesian))
        for expected in [
            "C. Profil Responden\n1. Usia\nUSIA\nJUMLAH\nPERSENTASE\n18–24 tahun\n1\n16,67%\n25–34 tahun\n3\n50%\n35–44 tahun\n2\n33,33%\nJumlah\n6\n100%\n",
            "2. Jenis Kelamin\nJENIS KELAMIN\nJUMLAH\nPERSENTASE\nLaki-laki\n4\n66,67%\n",
            "3. Pendidikan\nBelum ada data pendidikan responden.\n4. Pekerjaan\n",
            "D. Rencana Tindak Lanjut\n",
            "1\nU8 Penanganan Pengaduan, Saran dan Masukan\nRespons pengaduan lambat\nMenetapkan petugas piket pengaduan\nTim Dumas\nTriwulan IV 2026\nDirencanakan\n",
            "Unsur dengan nilai terendah yang belum memiliki rencana tindak lanjut: U3 Waktu Penyelesaian.\n",
            "E. Penutup\n",
        ] {
            XCTAssertTrue(text.contains(expected), "missing \(expected)")
        }
    }

    func testFollowUpTableIsLandscapeAndEveryTableIsThere() throws {
        let elements = try PlanDocumentFixtures.elements(SKMReportDOCX.render(try SKMReportFixtures.sample(), names: TestNames.indonesian))
        XCTAssertEqual(elements.filter { $0.name == "w:pgSz" }.map { $0.attributes["w:orient"] }, [nil, "landscape"])
        XCTAssertEqual(elements.count { $0.name == "w:tbl" }, 9, "results, sample, 3 element tables, 3 profile tables, follow-up")
    }

    func testEmptyPeriodSaysSoInEveryPart() throws {
        let data = try SKMReportDOCX.render(try SKMReportFixtures.empty(), names: TestNames.indonesian)
        let text = try PlanDocumentFixtures.text(data)
        for expected in [
            "Belum ada responden Survei Kepuasan Masyarakat pada periode ini.",
            "Belum ada nilai unsur pelayanan karena belum ada responden.",
            "Belum ada data profil responden pada periode ini.",
            "Belum ada rencana tindak lanjut hasil survei pada periode ini.",
        ] {
            XCTAssertTrue(text.contains(expected), "missing \(expected)")
        }
        XCTAssertFalse(text.contains("belum memiliki rencana tindak lanjut"))
        XCTAssertEqual(try PlanDocumentFixtures.elements(data).count { $0.name == "w:tbl" }, 0)
    }
}
