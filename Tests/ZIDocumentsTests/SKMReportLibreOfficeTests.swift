import XCTest
@testable import ZIDocuments

/// Opens the SKM report's DOCX and XLSX in LibreOffice (headless), when it is installed, and
/// reads their text back: a real word processor and spreadsheet accept the files.
final class SKMReportLibreOfficeTests: LibreOfficeTestCase {
    func testLibreOfficeReadsTheSKMReport() throws {
        let text = try office.convertToText(
            SKMReportDOCX.render(try SKMReportFixtures.sample(), names: TestNames.indonesian), fileName: "skm.docx",
            to: LibreOffice.plainText)
        XCTAssertTrue(text.contains("BALAI CONTOH"))
        XCTAssertTrue(text.contains("Layanan Pengujian Mutu"))
        XCTAssertTrue(text.contains("85,19"))
        XCTAssertTrue(text.contains("Menetapkan petugas piket pengaduan"))
    }

    func testLibreOfficeReadsEverySheetOfTheSKMWorkbook() throws {
        let data = try XLSXWriter.write(SKMReportXLSX.workbook(try SKMReportFixtures.sample(), names: TestNames.indonesian))
        let files = try office.convert(
            data, fileName: "skm.xlsx", to: "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1")
        func sheet(_ name: String) throws -> String {
            String(decoding: try XCTUnwrap(files["skm-\(name).csv"], "files: \(files.keys.sorted())"), as: UTF8.self)
        }
        XCTAssertTrue(
            try sheet("Ringkasan").hasPrefix("NO,JENIS LAYANAN,POPULASI,SAMPEL MINIMAL,RESPONDEN,IKM,NILAI KONVERSI,MUTU,KINERJA"))
        XCTAssertTrue(try sheet("Ringkasan").contains("1,Layanan Pengujian Mutu,5,5,4,3.25,81.25,B,Baik"))
        XCTAssertTrue(try sheet("Unsur").contains("Seluruh layanan,U3,Waktu Penyelesaian"))
        XCTAssertTrue(try sheet("Profil").contains("Usia,18–24 tahun,1"))
        XCTAssertTrue(try sheet("Tindak Lanjut").contains("Menetapkan petugas piket pengaduan"))
    }
}
