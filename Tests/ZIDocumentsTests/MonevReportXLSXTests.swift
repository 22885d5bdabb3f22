import XCTest
@testable import ZIDocuments

final class MonevReportXLSXTests: XCTestCase {
    func testWorkbookHasARowPerActionAndPerFinding() throws {
        let workbook = MonevReportXLSX.workbook(MonevReportFixtures.sample())
        XCTAssertEqual(workbook.sheets.map(\.name), ["Realisasi", "Tindak Lanjut"])
        let realisasi = workbook.sheets[0]
        let tindakLanjut = workbook.sheets[1]
        XCTAssertEqual(realisasi.rows.count, 4)
        XCTAssertEqual(tindakLanjut.rows.count, 3)
        for sheet in workbook.sheets {
            XCTAssertTrue(sheet.rows[0].cells.allSatisfy { $0?.style.isBold == true }, "\(sheet.name) header is bold")
            XCTAssertEqual(sheet.columns.count, sheet.rows[0].cells.count, "\(sheet.name) sets every column width")
            XCTAssertEqual(sheet.frozenRows, 1)
            XCTAssertEqual(sheet.printSetup?.repeatedRows, 1...1)
        }
    }

    func testWrittenWorkbookReadsBack() throws {
        let data = try XLSXWriter.write(MonevReportXLSX.workbook(MonevReportFixtures.sample()))
        let contents = try XLSXReader().read(data)
        let realisasi = try contents.sheet(named: "Realisasi")
        let tindakLanjut = try contents.sheet(named: "Tindak Lanjut")
        func row(_ sheet: XLSXSheetContents, _ number: Int, columns: Int) -> [String] {
            (1...columns).map { sheet[CellReference(row: number, column: $0)]?.value.description ?? "" }
        }
        XCTAssertEqual(
            row(realisasi, 1, columns: 9),
            ["NO", "AREA", "INDIKATOR", "LANGKAH AKSI", "TARGET WAKTU", "PIC", "% REALISASI", "LAPORAN", "STATUS"])
        XCTAssertEqual(
            row(realisasi, 3, columns: 9),
            [
                "2", "Manajemen Perubahan", "Tim kerja telah dibentuk", "Menyosialisasikan SK Tim Kerja",
                "Februari 2025", "", "0.5", "", "Terlambat",
            ])
        XCTAssertEqual(realisasi[CellReference(row: 3, column: 7)]?.isPercentage, true)
        XCTAssertEqual(row(realisasi, 4, columns: 9)[6], "", "no realisasi: empty cell")
        XCTAssertNil(realisasi[CellReference(row: 5, column: 1)])
        XCTAssertEqual(
            row(tindakLanjut, 1, columns: 7),
            ["NO", "TANGGAL RAPAT", "TEMUAN", "TINDAK LANJUT", "PENANGGUNG JAWAB", "BATAS WAKTU", "STATUS"])
        XCTAssertEqual(
            row(tindakLanjut, 2, columns: 7),
            [
                "1", "12 Maret 2025", "Sosialisasi SK terlambat", "Jadwalkan ulang sosialisasi",
                "Ketua Tim Kerja", "15 April 2025", "Belum selesai",
            ])
        XCTAssertEqual(
            row(tindakLanjut, 3, columns: 7),
            ["2", "12 Maret 2025", "Bukti gratifikasi belum diunggah", "Unggah daftar hadir", "", "", "Selesai"])
        XCTAssertNil(tindakLanjut[CellReference(row: 4, column: 1)])
    }

    func testEmptyPeriodHasOnlyTheHeaders() throws {
        let workbook = MonevReportXLSX.workbook(MonevReportFixtures.empty())
        XCTAssertEqual(workbook.sheets.map(\.rows.count), [1, 1])
        XCTAssertNoThrow(try XLSXWriter.write(workbook))
    }
}
