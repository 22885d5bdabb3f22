import XCTest
@testable import ZIDocuments

/// Opens the complaint evaluation's DOCX and the register and evaluation workbook in
/// LibreOffice (headless), when it is installed, and reads their text back.
final class ComplaintLibreOfficeTests: LibreOfficeTestCase {
    func testLibreOfficeReadsTheEvaluationDocument() throws {
        let text = try office.convertToText(
            ComplaintEvaluationDOCX.render(ComplaintFixtures.evaluation(), names: TestNames.indonesian), fileName: "evaluasi.docx",
            to: LibreOffice.plainText)
        XCTAssertTrue(text.contains("BALAI CONTOH"))
        XCTAssertTrue(text.contains("SP4N-LAPOR!"))
        XCTAssertTrue(text.contains("Jumlah pengaduan masyarakat yang harus ditindaklanjuti"))
    }

    func testLibreOfficeReadsTheEvaluationAndRegisterSheets() throws {
        let workbook = XLSXWorkbook(sheets: [
            ComplaintEvaluationXLSX.sheet(ComplaintFixtures.evaluation(), names: TestNames.indonesian),
            ComplaintRegisterXLSX.sheet(ComplaintFixtures.rows(), names: TestNames.indonesian),
        ])
        let files = try office.convert(
            XLSXWriter.write(workbook), fileName: "pengaduan.xlsx",
            to: "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1")
        let evaluasi = String(decoding: try XCTUnwrap(files["pengaduan-Evaluasi.csv"], "files: \(files.keys.sorted())"), as: UTF8.self)
        let pengaduan = String(decoding: try XCTUnwrap(files["pengaduan-Pengaduan.csv"], "files: \(files.keys.sorted())"), as: UTF8.self)
        XCTAssertTrue(evaluasi.hasPrefix("EVALUASI PENANGANAN PENGADUAN MASYARAKAT"))
        XCTAssertTrue(evaluasi.contains("Ringkasan,Pengaduan diterima,12,"))
        XCTAssertTrue(pengaduan.hasPrefix("NO,NOMOR PELACAKAN,TANGGAL DITERIMA,KANAL"))
        XCTAssertTrue(pengaduan.contains("2026/000001"))
        XCTAssertTrue(pengaduan.contains("2026,Formulir web"), "a date, in the locale's format:\n\(pengaduan)")
        XCTAssertFalse(pengaduan.contains("46204"), "a date cell, not its serial number")
        XCTAssertTrue(pengaduan.contains("\"=HYPERLINK(\"\"http://contoh\"\")\""), "the title stays text:\n\(pengaduan)")
    }
}
