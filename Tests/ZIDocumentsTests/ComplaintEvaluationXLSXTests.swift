import XCTest
import ZICore
@testable import ZIDocuments

final class ComplaintEvaluationXLSXTests: XCTestCase {
    private func read(_ evaluation: ComplaintEvaluation) throws -> XLSXSheetContents {
        try XLSXReader().read(XLSXWriter.write(ComplaintEvaluationXLSX.workbook(evaluation, names: TestNames.indonesian))).sheet(
            named: "Evaluasi")
    }

    private func row(_ sheet: XLSXSheetContents, _ number: Int) -> [XLSXValue?] {
        (1...4).map { sheet[CellReference(row: number, column: $0)]?.value }
    }

    func testTitleRowsThenAFrozenHeader() throws {
        let sheet = ComplaintEvaluationXLSX.sheet(ComplaintFixtures.evaluation(), names: TestNames.indonesian)
        XCTAssertEqual(sheet.frozenRows, 5)
        XCTAssertEqual(sheet.printSetup?.repeatedRows, 5...5)
        XCTAssertEqual(
            sheet.rows.count, 37, "4 title rows, header, received, 8 channels, 3 kinds, 3 services, 7 statuses, 7 timeliness, 3 LKE")
        let contents = try read(ComplaintFixtures.evaluation())
        XCTAssertEqual(row(contents, 1)[0], .text("EVALUASI PENANGANAN PENGADUAN MASYARAKAT"))
        XCTAssertEqual(row(contents, 2)[0], .text("Balai Contoh"))
        XCTAssertEqual(row(contents, 3)[0], .text("Periode Triwulan III 2026 (1 Juli 2026 s.d. 30 September 2026)"))
        XCTAssertEqual(row(contents, 5), [.text("BAGIAN"), .text("URAIAN"), .text("JUMLAH"), .text("PERSENTASE")])
    }

    func testEveryFigureIsANumberCell() throws {
        let sheet = try read(ComplaintFixtures.evaluation())
        XCTAssertEqual(row(sheet, 6), [.text("Ringkasan"), .text("Pengaduan diterima"), .number(12), nil])
        XCTAssertEqual(row(sheet, 7), [.text("Kanal"), .text("Formulir web"), .number(5), .number(5.0 / 12)])
        XCTAssertEqual(sheet[CellReference(row: 7, column: 4)]?.isPercentage, true)
        XCTAssertEqual(row(sheet, 8), [.text("Kanal"), .text("Surel"), .number(0), .number(0)])
        XCTAssertEqual(row(sheet, 14), [.text("Kanal"), .text("SP4N-LAPOR!"), .number(3), .number(0.25)])
        XCTAssertEqual(row(sheet, 17), [.text("Jenis"), .text("Permintaan informasi"), .number(1), .number(1.0 / 12)])
        XCTAssertEqual(row(sheet, 20), [.text("Layanan"), .text("Tanpa kategori"), .number(2), .number(2.0 / 12)])
        XCTAssertEqual(row(sheet, 21), [.text("Status"), .text("Diterima"), .number(1), .number(1.0 / 12)])
        XCTAssertEqual(row(sheet, 28), [.text("Verifikasi"), .text("Diverifikasi dan diteruskan tepat waktu"), .number(8), .number(0.8)])
        XCTAssertEqual(row(sheet, 30), [.text("Penyelesaian"), .text("Selesai tepat waktu"), .number(5), .number(5.0 / 6)])
        XCTAssertEqual(row(sheet, 31), [.text("Penyelesaian"), .text("Selesai terlambat"), .number(1), .number(1.0 / 6)])
        XCTAssertEqual(row(sheet, 32), [.text("Penyelesaian"), .text("Rata-rata waktu penyelesaian (hari kerja)"), .number(4.5), nil])
        XCTAssertEqual(row(sheet, 33), [.text("Penyelesaian"), .text("Waktu penyelesaian terlama (hari kerja)"), .number(9), nil])
        XCTAssertEqual(row(sheet, 34), [.text("Penyelesaian"), .text("Belum selesai dan melewati batas waktu"), .number(2), nil])
        XCTAssertEqual(
            row(sheet, 35), [.text("Masukan LKE"), .text("Jumlah pengaduan masyarakat yang harus ditindaklanjuti"), .number(9), nil])
        XCTAssertEqual(
            row(sheet, 37), [.text("Masukan LKE"), .text("Jumlah pengaduan masyarakat yang selesai ditindaklanjuti"), .number(6), nil])
        XCTAssertNil(sheet[CellReference(row: 38, column: 1)])
    }

    func testAnEmptyPeriodHasZerosAndNoShares() throws {
        let sheet = try read(ComplaintFixtures.emptyEvaluation())
        XCTAssertEqual(row(sheet, 6), [.text("Ringkasan"), .text("Pengaduan diterima"), .number(0), nil])
        XCTAssertEqual(row(sheet, 7), [.text("Kanal"), .text("Formulir web"), .number(0), nil])
        XCTAssertEqual(row(sheet, 17), [.text("Jenis"), .text("Permintaan informasi"), .number(0), nil])
        XCTAssertEqual(row(sheet, 18)[0], .text("Status"), "no service rows")
        XCTAssertEqual(row(sheet, 25), [.text("Verifikasi"), .text("Diverifikasi dan diteruskan tepat waktu"), .number(0), nil])
        XCTAssertEqual(row(sheet, 27), [.text("Penyelesaian"), .text("Selesai tepat waktu"), .number(0), nil])
        XCTAssertEqual(row(sheet, 29), [.text("Penyelesaian"), .text("Rata-rata waktu penyelesaian (hari kerja)"), nil, nil])
        XCTAssertEqual(row(sheet, 31), [.text("Penyelesaian"), .text("Belum selesai dan melewati batas waktu"), .number(1), nil])
    }

    func testEvaluationAndRegisterShareAWorkbook() throws {
        let workbook = XLSXWorkbook(sheets: [
            ComplaintEvaluationXLSX.sheet(ComplaintFixtures.evaluation(), names: TestNames.indonesian),
            ComplaintRegisterXLSX.sheet(ComplaintFixtures.rows(), names: TestNames.indonesian),
        ])
        let contents = try XLSXReader().read(XLSXWriter.write(workbook))
        XCTAssertEqual(contents.sheets.map(\.name), ["Evaluasi", "Pengaduan"])
    }
}
