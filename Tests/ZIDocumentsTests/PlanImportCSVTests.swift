import XCTest
@testable import ZIDocuments

/// Reading CSV files: quoting, separators, line endings, byte-order mark, encoding.
final class PlanImportCSVTests: XCTestCase {
    private let header = "Indikator,Langkah Aksi,Bukti Fisik,Target Waktu"

    func testQuotedCellsHoldSeparatorsLineBreaksAndQuotes() throws {
        let csv =
            "Area,\(header)\n"
            + "Manajemen Perubahan,\"Tim kerja, SK\",\"Menyusun \"\"SOP\"\" tim\nMenetapkan SK\",\"1. SOP\n2. SK\",Januari 2025\n"
            + "Manajemen Perubahan,Agen perubahan,Menetapkan agen,SK,Februari 2025\n"
        let result = try PlanTableImport.parse(csv: Data(csv.utf8))

        XCTAssertEqual(result.problems, [])
        XCTAssertEqual(result.rows.map(\.indikator), ["Tim kerja, SK", "Agen perubahan"])
        XCTAssertEqual(result.rows[0].langkahAksi, "Menyusun \"SOP\" tim\nMenetapkan SK")
        XCTAssertEqual(result.rows[0].buktiFisik, ["SOP", "SK"])
        XCTAssertEqual(result.rows.map(\.sourceRow), [2, 3], "a quoted line break does not start a new row")
    }

    func testSemicolonSeparatorIsDetected() throws {
        let csv =
            "Area;\(header.replacing(",", with: ";"));% Realisasi\nSDM;Pola mutasi;Menyusun pola mutasi, menetapkan SK;SK mutasi;Maret 2025;75,5\n"
        let result = try PlanTableImport.parse(csv: Data(csv.utf8))

        XCTAssertEqual(result.rows.count, 1)
        XCTAssertEqual(result.rows[0].area, .standard(3))
        XCTAssertEqual(result.rows[0].langkahAksi, "Menyusun pola mutasi, menetapkan SK")
        XCTAssertEqual(result.rows[0].realisasiPercent, 75.5)
    }

    func testTabSeparatorIsDetected() throws {
        let csv = "Area\tIndikator\tLangkah Aksi\tTarget Waktu\nPengawasan\tGratifikasi, UPG\tMembentuk UPG\tJanuari 2025\n"
        let result = try PlanTableImport.parse(csv: Data(csv.utf8))

        XCTAssertEqual(result.rows.map(\.indikator), ["Gratifikasi, UPG"])
    }

    func testByteOrderMarkAndLineEndings() throws {
        for newline in ["\n", "\r\n", "\r"] {
            let lines = [
                "Area,\(header)", "Pengawasan,WBS,Membangun WBS,Laporan WBS,Juni 2025", "", "Pengawasan,WBS,Evaluasi WBS,Laporan,Juli 2025",
            ]
            let data = Data([0xEF, 0xBB, 0xBF]) + Data((lines.joined(separator: newline) + newline).utf8)
            let result = try PlanTableImport.parse(csv: data)

            XCTAssertEqual(result.headerRow, 1, "the byte-order mark is not part of the first header")
            XCTAssertEqual(result.rows.map(\.sourceRow), [2, 4], "line ending \(newline.debugDescription)")
            XCTAssertEqual(result.skippedEmptyRows, 1)
            XCTAssertEqual(result.rows.map(\.targetWaktu), ["Juni 2025", "Juli 2025"], "no carriage return left in a cell")
        }
    }

    func testUnclosedQuoteNamesItsRow() {
        let csv = "Area,\(header)\nPengawasan,WBS,\"Membangun WBS,Laporan,Juni 2025\n"
        XCTAssertThrowsError(try PlanTableImport.parse(csv: Data(csv.utf8))) { error in
            XCTAssertEqual(error as? PlanImportError, .file(.unclosedQuote(row: 2)))
        }
    }

    func testTextAfterAClosingQuoteIsKept() throws {
        XCTAssertEqual(try CSVParser.records("\"a\"b,c\nd\"e\",f", separator: ","), [["ab", "c"], ["d\"e\"", "f"]])
    }

    func testNonUTF8IsRefused() {
        let latin1 = Data("Indikator,Langkah Aksi,Target Waktu\nPengaduan,Menyusun SOP,Januari\n".utf8) + Data([0xE9, 0x0A])
        XCTAssertThrowsError(try PlanTableImport.parse(csv: latin1)) { error in
            XCTAssertEqual(error as? PlanImportError, .file(.notUTF8))
            XCTAssertTrue(String(describing: error).contains("UTF-8"))
        }
    }

    func testEmptyFile() {
        for csv in ["", "\n\n", ",,,\n"] {
            XCTAssertThrowsError(try PlanTableImport.parse(csv: Data(csv.utf8))) { error in
                XCTAssertEqual(error as? PlanImportError, .file(.empty), csv.debugDescription)
            }
        }
    }
}
