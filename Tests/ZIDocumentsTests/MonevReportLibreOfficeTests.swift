import XCTest
@testable import ZIDocuments

/// Opens the monev report's DOCX and XLSX in LibreOffice (headless), when it is installed, and
/// reads their text back: a real word processor and spreadsheet accept the files.
final class MonevReportLibreOfficeTests: LibreOfficeTestCase {
    func testLibreOfficeReadsTheMonevReport() throws {
        let report = MonevReportFixtures.sample()
        let text = try office.convertToText(MonevReportDOCX.render(report), fileName: "monev.docx", to: LibreOffice.plainText)
        XCTAssertTrue(text.contains("BALAI CONTOH"))
        XCTAssertTrue(text.contains("Menyosialisasikan SK Tim Kerja"))
        XCTAssertTrue(text.contains("Sosialisasi SK terlambat"))
        XCTAssertTrue(text.contains("Pimpinan hadir: Tidak"))
    }

    func testLibreOfficeReadsBothSheetsOfTheMonevWorkbook() throws {
        let data = try XLSXWriter.write(MonevReportXLSX.workbook(MonevReportFixtures.sample()))
        // Field 12 = -1 exports every sheet, each to <name>-<sheet>.csv (LibreOffice 7.2 and later).
        let files = try office.convert(
            data, fileName: "monev.xlsx", to: "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1")
        let realisasi = String(decoding: try XCTUnwrap(files["monev-Realisasi.csv"], "files: \(files.keys.sorted())"), as: UTF8.self)
        let tindakLanjut = String(decoding: try XCTUnwrap(files["monev-Tindak Lanjut.csv"], "files: \(files.keys.sorted())"), as: UTF8.self)
        XCTAssertTrue(realisasi.hasPrefix("NO,AREA,INDIKATOR,LANGKAH AKSI,TARGET WAKTU,PIC,% REALISASI,LAPORAN,STATUS"))
        XCTAssertTrue(realisasi.contains("Menyosialisasikan SK Tim Kerja"))
        XCTAssertTrue(tindakLanjut.hasPrefix("NO,TANGGAL RAPAT,TEMUAN,TINDAK LANJUT,PENANGGUNG JAWAB,BATAS WAKTU,STATUS"))
        XCTAssertTrue(tindakLanjut.contains("Bukti gratifikasi belum diunggah"))
    }
}
