import XCTest

@testable import ZIDocuments

/// Real plans head their columns in many ways: "dan"/"&" between words, English names, words
/// after the name, a row of column numbers under the header. Each is read, none refused whole.
final class PlanHeaderVariantTests: XCTestCase {
    private func rows(_ header: String, _ extra: String = "") throws -> PlanImportResult {
        let csv = header + "\n" + extra + "Manajemen Perubahan,Tim kerja dibentuk,Menyusun SK tim,SK tim,Januari 2026\n"
        return try PlanTableImport.parse(csv: Data(csv.utf8))
    }

    func testConnectorWordsAndPunctuationDoNotMatter() throws {
        for deadline in ["Target dan Waktu", "Target & Waktu", "TARGET/WAKTU", "Waktu Pelaksanaan", "Jadwal Pelaksanaan", "Jangka Waktu"] {
            let result = try rows("Area,Indikator,Langkah Aksi,Bukti Fisik,\(deadline)")
            XCTAssertEqual(result.rows.first?.targetWaktu, "Januari 2026", deadline)
        }
    }

    func testEnglishHeaders() throws {
        let result = try rows("Change Area,Indicator,Action,Evidence,Deadline")
        XCTAssertEqual(result.rows.first?.langkahAksi, "Menyusun SK tim")
        XCTAssertEqual(result.rows.first?.buktiFisik, ["SK tim"])
        XCTAssertEqual(result.rows.first?.targetWaktu, "Januari 2026")
        for deadline in ["Timeline", "Due Date", "Schedule", "Time Frame"] {
            XCTAssertEqual(try rows("Area,Indicator,Action Plan,Output,\(deadline)").rows.first?.targetWaktu, "Januari 2026", deadline)
        }
    }

    func testARowOfColumnNumbersUnderTheHeaderIsSkipped() throws {
        let result = try rows("Area,Indikator,Langkah Aksi,Bukti Fisik,Target Waktu", "(1),(2),(3),(4),(5)\n")
        XCTAssertEqual(result.rows.count, 1)
        XCTAssertEqual(result.rows.first?.indikator, "Tim kerja dibentuk")
        let plain = try rows("Area,Indikator,Langkah Aksi,Bukti Fisik,Target Waktu", "1,2,3,4,5\n")
        XCTAssertEqual(plain.rows.map(\.indikator), ["Tim kerja dibentuk"])
    }
}
