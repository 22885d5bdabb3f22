import XCTest
import ZICore
@testable import ZIDocuments

final class SKMReportXLSXTests: XCTestCase {
    private func read(_ report: SKMReport) throws -> XLSXWorkbookContents {
        try XLSXReader().read(XLSXWriter.write(SKMReportXLSX.workbook(report, names: TestNames.indonesian)))
    }

    private func row(_ sheet: XLSXSheetContents, _ number: Int, columns: Int) -> [XLSXValue?] {
        (1...columns).map { sheet[CellReference(row: number, column: $0)]?.value }
    }

    func testWorkbookHasFourSheetsWithFrozenBoldHeaders() throws {
        let workbook = SKMReportXLSX.workbook(try SKMReportFixtures.sample(), names: TestNames.indonesian)
        XCTAssertEqual(workbook.sheets.map(\.name), ["Ringkasan", "Unsur", "Profil", "Tindak Lanjut"])
        XCTAssertEqual(workbook.sheets.map(\.rows.count), [4, 28, 8, 2], "2 services + all; 3 × 9 elements; 7 categories; 1 follow-up")
        for sheet in workbook.sheets {
            XCTAssertTrue(sheet.rows[0].cells.allSatisfy { $0?.style.isBold == true }, "\(sheet.name) header is bold")
            XCTAssertEqual(sheet.columns.count, sheet.rows[0].cells.count, "\(sheet.name) sets every column width")
            XCTAssertEqual(sheet.frozenRows, 1)
        }
    }

    func testSummaryNumbersAreNumberCellsEqualToTheCalculator() throws {
        let report = try SKMReportFixtures.sample()
        let sheet = try read(report).sheet(named: "Ringkasan")
        XCTAssertEqual(row(sheet, 1, columns: 9).map { $0?.description }, SKMReportXLSX.ringkasanHeader)
        XCTAssertEqual(
            row(sheet, 2, columns: 9),
            [
                .number(1), .text("Layanan Pengujian Mutu"), .number(5), .number(5), .number(4),
                .number(3.25), .number(81.25), .text("B"), .text("Baik"),
            ])
        let informasi = try XCTUnwrap(report.services[1].result)
        XCTAssertEqual(
            row(sheet, 3, columns: 9),
            [
                .number(2), .text("Layanan Informasi"), .number(2), .number(2), .number(2),
                .number(informasi.ikm), .number(93.06), .text("A"), .text("Sangat Baik"),
            ])
        XCTAssertEqual(informasi.ikm, 67.0 / 18)
        XCTAssertEqual(
            row(sheet, 4, columns: 9),
            [
                nil, .text("Seluruh layanan"), .number(7), .number(7), .number(6),
                .number(184.0 / 54), .number(85.19), .text("B"), .text("Baik"),
            ])
    }

    func testElementRowsForAllServicesThenEachService() throws {
        let report = try SKMReportFixtures.sample()
        let sheet = try read(report).sheet(named: "Unsur")
        XCTAssertEqual(row(sheet, 1, columns: 6).map { $0?.description }, SKMReportXLSX.unsurHeader)
        XCTAssertEqual(
            row(sheet, 4, columns: 6),
            [
                .text("Seluruh layanan"), .text("U3"), .text("Waktu Penyelesaian"),
                .number(17.0 / 6), .number(17.0 / 54), .text("Ya"),
            ])
        XCTAssertEqual(
            row(sheet, 5, columns: 6), [.text("Seluruh layanan"), .text("U4"), .text("Biaya/Tarif"), .number(4), .number(24.0 / 54), nil])
        let pengujian = try XCTUnwrap(report.services[0].result)
        XCTAssertEqual(
            row(sheet, 18, columns: 6),
            [
                .text("Layanan Pengujian Mutu"), .text("U8"), .text("Penanganan Pengaduan, Saran dan Masukan"),
                .number(2.5), .number(try XCTUnwrap(pengujian.weightedNRR[.u8])), .text("Ya"),
            ])
        XCTAssertEqual(row(sheet, 28, columns: 2), [.text("Layanan Informasi"), .text("U9")])
    }

    func testProfileSharesArePercentagesOfTheirGroup() throws {
        let sheet = try read(try SKMReportFixtures.sample()).sheet(named: "Profil")
        XCTAssertEqual(row(sheet, 2, columns: 4), [.text("Usia"), .text("18–24 tahun"), .number(1), .number(1.0 / 6)])
        XCTAssertEqual(sheet[CellReference(row: 2, column: 4)]?.isPercentage, true)
        XCTAssertEqual(row(sheet, 5, columns: 4), [.text("Jenis Kelamin"), .text("Laki-laki"), .number(4), .number(4.0 / 6)])
        XCTAssertEqual(row(sheet, 7, columns: 4), [.text("Pekerjaan"), .text("PNS"), .number(1), .number(1.0 / 6)], "no education rows")
    }

    func testFollowUpRow() throws {
        let sheet = try read(try SKMReportFixtures.sample()).sheet(named: "Tindak Lanjut")
        XCTAssertEqual(
            row(sheet, 2, columns: 8).map { $0?.description },
            [
                "1", "U8", "Penanganan Pengaduan, Saran dan Masukan", "Respons pengaduan lambat", "Menetapkan petugas piket pengaduan",
                "Tim Dumas", "Triwulan IV 2026", "Direncanakan",
            ])
    }

    func testEmptyPeriodHasOnlyTheHeaders() throws {
        let workbook = SKMReportXLSX.workbook(try SKMReportFixtures.empty(), names: TestNames.indonesian)
        XCTAssertEqual(workbook.sheets.map(\.rows.count), [1, 1, 1, 1])
        XCTAssertNoThrow(try XLSXWriter.write(workbook))
    }
}
